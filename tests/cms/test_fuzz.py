"""Fuzz suite: hostile query strings and bodies on every public URL and the admin reports; never a 5xx.

Every URL pattern of the project is walked (`support_fuzz_targets.py`) and requested
with generated parameters: NUL and control characters, lone quotes and FTS
syntax, huge and malformed numbers, long strings, Cyrillic / Latin / diacritics
mixed, raw and broken percent-encoding, repeated keys. The admin reports and
their `?export=csv|xlsx` are requested as a logged-in secretary.

Reproducible: hypothesis runs derandomized (a fixed seed) with the
`portal-fuzz` profile and a bounded number of examples
(`PORTAL_FUZZ_EXAMPLES`, default below), so it takes well under a minute per
database. Each test prints how many requests it sent.
"""

import os
import time
from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.cms.support_fuzz_targets import Target, admin_targets, public_targets

settings.register_profile(
    "portal-fuzz",
    derandomize=True,  # the same examples on every run and in CI
    database=None,
    deadline=None,
    max_examples=int(os.environ.get("PORTAL_FUZZ_EXAMPLES", "200")),
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
    print_blob=True,
)
FUZZ = settings.get_profile("portal-fuzz")

# ---- values ------------------------------------------------------------------------------------

SPECIALS = [
    "\x00", "a\x00b", "\x00\x00", "'", '"', '"unterminated', "it's", "\"'\"", "NEAR(", "a NEAR b", "*", "a*", "^", "-",
    "OR", "AND NOT", "NOT", ":", "title:x", "(", ")", "{}", "[", "\\", "%", ";", "--", "/*", "\x01\x02\x1f\x7f",
    "\u200b", "\u202e", "\ufeff", "\U0001d518", "\ud7ff", "   ", "\t\n\r", "<script>", "&amp;", "=", "+",
]
NUMBERS = [
    "99999999999999999999999", "-99999999999999999999999", "9223372036854775808", "2147483648", "-1", "0", "1",
    "1e999", "1E999999999", "NaN", "inf", "\u00b2", "\u0661\u0662", "0x10", "+5", " 7 ", "1.5", "9" * 400, "",
]
WORDS = [
    "удостоверение", "наследници", "zaświadczenie", "довідка", "ѝ", "Ґанок", "dovidka", "São Tomé", "Łódź",
    "İstanbul", "ß", "ﬁ", "Ελλάδα", "日本", "مرحبا", "é\u0301", "ſ",
]
LITERAL = st.sampled_from(SPECIALS + NUMBERS + WORDS)
TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=30)
LONG = st.builds(lambda piece, count: piece * count, st.sampled_from(["a", "ж", "é ", "\"'", "\x00", "1"]),
                 st.integers(min_value=150, max_value=5000))
NUMBER = st.one_of(st.sampled_from(NUMBERS), st.integers(min_value=-(10**30), max_value=10**30).map(str))
VALUE = st.one_of(LITERAL, NUMBER, TEXT, LONG, st.lists(st.one_of(LITERAL, TEXT), min_size=2, max_size=4).map(" ".join))
# Broken or unusual percent-encoding, put into the query string as it is.
RAW = st.sampled_from(["%", "%0", "%ZZ", "%00", "%C0%AF", "%FF%FE", "%E2%82", "%25", "+", "%2B", "&&", "==", ";"])


@st.composite
def query_string(draw, names):
    keys = st.one_of(st.sampled_from(names), TEXT.filter(bool)) if names else TEXT.filter(bool)
    pairs = draw(st.lists(st.tuples(keys, VALUE), max_size=5))
    if pairs and draw(st.booleans()):  # a key repeated with another value
        pairs.append((pairs[0][0], draw(VALUE)))
    parts = [f"{quote(k, safe='')}={quote(v, safe='')}" for k, v in pairs]
    if draw(st.booleans()):
        parts.insert(draw(st.integers(0, len(parts))), draw(st.sampled_from(names or ("q",))) + "=" + draw(RAW))
    return "&".join(parts)


# ---- requests ----------------------------------------------------------------------------------

class Sent:
    count = 0


PROBE = []


def request(client, target: Target, query: str = "", body: dict | None = None):
    Sent.count += 1
    if os.environ.get("FUZZ_PROBE"):
        try:
            client.raise_request_exception = False
            return _request(client, target, query, body)
        except AssertionError as e:
            PROBE.append(str(e)[:300])
            return None
    return _request(client, target, query, body)


def _request(client, target, query, body):
    if target.method == "POST":
        response = client.post(target.path + (f"?{query}" if query else ""), body or {})
    else:
        response = client.get(target.path + (f"?{query}" if query else ""))
    assert response.status_code < 500, f"{target} ?{query!r} body={body!r} → {response.status_code}"
    if target.path.startswith("/api/"):  # API errors are JSON, never a redirect to an HTML page
        assert response.status_code < 300 or response["Content-Type"].startswith("application/json"), (
            f"{target} ?{query!r} → {response.status_code} {response['Content-Type']}")
    return response


def report(capsys, label, started, count):
    with capsys.disabled():
        if PROBE:  # FUZZ_PROBE=1: every failing request of the test, instead of stopping at the first
            print("\n".join(sorted(set(PROBE))))
            PROBE.clear()
        print(f"\n[fuzz] {label}: {count} requests in {time.monotonic() - started:.1f} s")


@pytest.fixture(scope="module")
def targets(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        return public_targets()


@pytest.fixture
def secretary_client(client, secretary):
    client.force_login(secretary)
    return client


# NUL, quotes and a long string in one value; a huge number; a Unicode digit int() refuses; spaces only.
HOSTILE = ["жж" * 500 + "a\x00\"b'", "99999999999999999999999", "\u00b2", "   "]


@pytest.mark.django_db
def test_every_public_url_answers_hostile_parameters_without_a_server_error(client, targets, capsys):
    """Each URL with every hostile value in every parameter it reads (round robin: one request per
    value), plus an unknown key."""
    started, before = time.monotonic(), Sent.count
    for target in targets:
        names = target.params or ("q",)
        for shift in range(len(HOSTILE)):
            values = {name: HOSTILE[(i + shift) % len(HOSTILE)] for i, name in enumerate(names)}
            query = "&".join(f"{name}={quote(value, safe='')}" for name, value in values.items())
            query += f"&x{quote(HOSTILE[shift], safe='')}=1"
            request(client, target, query, values if target.method == "POST" else None)
    report(capsys, f"{len(targets)} public URLs × {len(HOSTILE)} hostile queries", started, Sent.count - before)


@pytest.mark.django_db
def test_generated_requests_on_public_urls_never_answer_a_server_error(client, targets, capsys):
    started, before = time.monotonic(), Sent.count

    @FUZZ
    @given(data=st.data())
    def run(data):
        target = data.draw(st.sampled_from(targets), label="target")
        query = data.draw(query_string(target.params), label="query")
        body = None
        if target.method == "POST":
            body = data.draw(st.dictionaries(st.sampled_from(target.params), VALUE, max_size=len(target.params)))
        request(client, target, query, body)

    run()
    report(capsys, "generated public requests", started, Sent.count - before)


@pytest.mark.django_db
def test_generated_requests_on_admin_reports_and_exports_never_answer_a_server_error(secretary_client, capsys):
    started, before = time.monotonic(), Sent.count
    reports = admin_targets()
    for target in reports:
        for export in ("", "csv", "xlsx"):
            request(secretary_client, target, f"export={export}" if export else "")

    @settings(FUZZ, max_examples=max(FUZZ.max_examples // 5, 20))  # admin pages are the slowest
    @given(data=st.data())
    def run(data):
        target = data.draw(st.sampled_from(reports), label="report")
        query = data.draw(query_string(target.params), label="query")
        export = data.draw(st.sampled_from(["", "csv", "xlsx"]), label="export")
        request(secretary_client, target, "&".join(p for p in (query, f"export={export}" if export else "") if p))

    run()
    report(capsys, f"{len(reports)} admin reports", started, Sent.count - before)


def test_the_walk_covers_every_url_pattern_of_the_project(targets):
    """A URL pattern the fuzz suite does not know fails `public_targets()` (the fixture) outright."""
    paths = {target.path for target in targets}
    assert any(path.startswith("/api/v2/pages/") for path in paths)
    assert {"/sitemap.xml", "/robots.txt"} <= paths
    assert any(path.endswith("/search/suggest") for path in paths)
    assert any(path.endswith(("export.csv", "export.csv/")) for path in paths)
    assert any(target.method == "POST" and "feedback" in target.path for target in targets)


def test_an_url_pattern_the_suite_does_not_know_fails_the_walk():
    from django.urls import path

    from tests.cms.support_fuzz_targets import UncoveredPattern, _walk

    with pytest.raises(UncoveredPattern, match="new-public-view/"):
        _walk([path("new-public-view/", lambda request: None)], [])
