"""The demo catalogue of services is complete, consistent and really in four languages.

The data is loaded into pages by the demo loader; a mistake here (a missing
translation, a department that does not exist, a fee that is not a number)
would only show up as a broken demo, so it is caught here without a database.
"""

import datetime
import re
from decimal import Decimal, InvalidOperation

import pytest

from portal_demo.content import directory
from portal_demo.content.data.services import CATEGORIES, INDEX, SERVICES
from portal_demo.content.text import T

LANGUAGES = ("bg", "pl", "uk", "en")
SERVICE_KEYS = {
    "slug", "category", "title", "summary", "who_may_apply", "legal_basis", "documents", "fees", "processing",
    "in_person", "department", "contact", "online_url", "payment_url", "by_post", "result", "appeal", "related",
}
T_FIELDS = ("title", "summary", "who_may_apply", "in_person", "result", "appeal")
CYRILLIC = re.compile(r"[А-Яа-яЁёЇїІіЄєҐґЪъ]")
UKRAINIAN_ONLY = re.compile(r"[ЇїІіЄєҐґ]")
BULGARIAN_ONLY = re.compile(r"[Ъъ]")
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def _texts(value, path="data"):
    """Every T in a nested structure of dicts and lists, with where it was found."""
    if isinstance(value, T):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _texts(item, f"{path}.{key}")
    elif isinstance(value, (list, tuple)):
        for i, item in enumerate(value):
            yield from _texts(item, f"{path}[{i}]")


def _ids(services):
    return [s["slug"] for s in services]


def test_catalogue_size():
    assert len(SERVICES) >= 25
    assert len(CATEGORIES) >= 5
    used = {s["category"] for s in SERVICES}
    assert used == set(CATEGORIES), "every category has services and every service a known category"
    for key in CATEGORIES:
        # reports and public information: two services, as in many municipalities' catalogues
        assert sum(s["category"] == key for s in SERVICES) >= 2, f"category {key} has fewer than 2 services"


def test_index_and_categories_schema():
    assert set(INDEX) == {"title", "intro", "slug"}
    assert isinstance(INDEX["title"], T) and isinstance(INDEX["intro"], T)
    assert SLUG.match(INDEX["slug"])
    for key, category in CATEGORIES.items():
        assert SLUG.match(key.replace("_", "-")), key
        assert set(category) == {"name", "description"}
        assert isinstance(category["name"], T) and isinstance(category["description"], T)


def test_slugs_are_ascii_and_unique():
    slugs = _ids(SERVICES)
    assert len(slugs) == len(set(slugs))
    for slug in slugs:
        assert SLUG.match(slug), slug


@pytest.mark.parametrize("service", SERVICES, ids=_ids(SERVICES))
def test_service_schema(service):
    assert set(service) == SERVICE_KEYS
    for field in T_FIELDS:
        assert isinstance(service[field], T), field
    assert service["by_post"] is None or isinstance(service["by_post"], T)
    assert service["department"] in directory.DEPARTMENTS
    assert service["contact"] in directory.POSITIONS
    for field in ("online_url", "payment_url"):
        assert service[field] == "" or service[field].startswith("https://"), field
    if service["online_url"]:
        assert service["online_url"].startswith("https://e-uslugi.belorechie.example/")


@pytest.mark.parametrize("service", SERVICES, ids=_ids(SERVICES))
def test_legal_basis(service):
    assert service["legal_basis"], "every service names at least one legal act"
    for law in service["legal_basis"]:
        assert set(law) == {"title", "number", "date", "issuer", "url"}
        assert isinstance(law["title"], T)
        assert isinstance(law["number"], str)
        assert law["issuer"] is None or isinstance(law["issuer"], T)
        assert law["url"] == "" or law["url"].startswith("https://")
        if law["date"]:
            assert datetime.date.fromisoformat(law["date"]) <= datetime.date.today()


@pytest.mark.parametrize("service", SERVICES, ids=_ids(SERVICES))
def test_documents_fees_and_processing(service):
    for document in service["documents"]:
        assert set(document) == {"name", "note", "form"}
        assert isinstance(document["name"], T)
        assert document["note"] is None or isinstance(document["note"], T)
        assert isinstance(document["form"], bool)
    assert service["fees"], "a free service says so with an amount of 0"
    for fee in service["fees"]:
        assert set(fee) == {"variant", "amount", "currency", "note"}
        assert isinstance(fee["variant"], T)
        try:
            amount = Decimal(fee["amount"])
        except InvalidOperation:
            pytest.fail(f"amount {fee['amount']!r} is not a number")
        assert amount >= 0 and amount == amount.quantize(Decimal("0.01"))
        assert fee["currency"] in {"BGN", "EUR"}
        assert fee["note"] is None or isinstance(fee["note"], T)
    assert service["processing"]
    for step in service["processing"]:
        assert set(step) == {"variant", "days", "working_days", "note"}
        assert isinstance(step["variant"], T)
        assert isinstance(step["days"], int) and not isinstance(step["days"], bool) and 0 < step["days"] <= 120
        assert isinstance(step["working_days"], bool)
        assert step["note"] is None or isinstance(step["note"], T)


@pytest.mark.parametrize("service", SERVICES, ids=_ids(SERVICES))
def test_related_services_exist(service):
    slugs = set(_ids(SERVICES))
    assert service["slug"] not in service["related"]
    assert len(service["related"]) == len(set(service["related"]))
    for slug in service["related"]:
        assert slug in slugs, f"{service['slug']} relates to unknown {slug}"


def test_every_text_is_written_in_four_languages():
    problems = []
    for path, text in _texts({"index": INDEX, "categories": CATEGORIES, "services": SERVICES}):
        values = {code: getattr(text, code) for code in LANGUAGES}
        for code, value in values.items():
            if not isinstance(value, str) or not value.strip():
                problems.append(f"{path}: empty {code}")
        for code in ("pl", "uk", "en"):
            if values[code].strip() == values["bg"].strip():
                problems.append(f"{path}: {code} equals bg")
        for code in ("pl", "en"):
            if CYRILLIC.search(values[code]):
                problems.append(f"{path}: Cyrillic letters in {code}: {values[code][:60]}")
        for code in ("bg", "uk"):
            if not CYRILLIC.search(values[code]):
                problems.append(f"{path}: {code} is not in Cyrillic")
        if UKRAINIAN_ONLY.search(values["bg"]):
            problems.append(f"{path}: Ukrainian letters in bg: {values['bg'][:60]}")
        if BULGARIAN_ONLY.search(values["uk"]):
            problems.append(f"{path}: Bulgarian ъ in uk: {values['uk'][:60]}")
    assert not problems, "\n".join(problems)


def test_titles_are_distinct_in_every_language():
    for code in LANGUAGES:
        titles = [getattr(s["title"], code).casefold() for s in SERVICES]
        assert len(titles) == len(set(titles)), code


def test_the_public_information_request_is_filed_under_public_information_not_environment():
    card = next(s for s in SERVICES if s["slug"] == "public-information-request")
    assert card["category"] == "requests_information"
    category = CATEGORIES[card["category"]]
    assert "информация" in category["name"].bg and "informacj" in category["name"].pl.lower()
    environment = CATEGORIES["environment_transport"]["description"]
    assert "public information" not in environment.en and "обществена информация" not in environment.bg
