"""The demo NGO register in every language (needs the project and its demo)."""

import csv
import html as html_lib
import io
import json
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.html import strip_tags
from wagtail.models import Locale

from portal_demo.content import ngos as demo_ngos
from portal_demo.content.data import ngos as data
from registry_pages.models import ActivityField, NGOEntryPage, NGORegisterPage

pytestmark = pytest.mark.django_db
LANGUAGES = ("bg", "pl", "uk", "en")
# 15, plus one for the record's metryczka of a version published without the workflow (its author is
# read from the live revision; a version approved through the workflow costs none): the demo publishes
# some translations directly.
QUERY_BUDGET = 16


def entry_budget(language):
    """16 queries per entry page, in every language (see QUERY_BUDGET)."""
    return QUERY_BUDGET


def _locale(language):
    return Locale.objects.get(language_code=language)


def _register(language):
    return NGORegisterPage.objects.live().get(locale=_locale(language))


def _entries(language):
    return NGOEntryPage.objects.live().filter(locale=_locale(language), alias_of__isnull=True).order_by("path")


def _capfirst(text):
    return text[:1].upper() + text[1:]


def _paragraphs(rich_text):
    return [html_lib.unescape(strip_tags(p)).strip() for p in re.findall(r"<p[^>]*>(.*?)</p>", rich_text, re.S)]


def test_twelve_organisations_in_six_translated_fields():
    assert len(data.NGOS) >= 12
    used = {key for spec in data.NGOS for key in spec["fields"]}
    assert len(used) >= 5
    assert {spec["legal_form"] for spec in data.NGOS} >= {"association", "foundation", "community_centre", "religious"}
    consents = [spec["consent"] for spec in data.NGOS]
    assert any(consents) and not all(consents)
    assert any(address for spec in data.NGOS for *_rest, address in spec["activities"])
    for language in LANGUAGES:
        names = set(ActivityField.objects.filter(locale=_locale(language)).values_list("name", flat=True))
        assert {name.in_language(language) for name, _description in data.FIELDS.values()} <= names


@pytest.mark.parametrize("language", LANGUAGES)
def test_register_and_entries_in_each_language(client, language):
    register = _register(language)
    assert register.show_in_menus and register.title == data.REGISTER["title"].in_language(language)
    entries = list(_entries(language))
    assert len(entries) == len(data.NGOS)
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(register.url)
    assert response.status_code == 200 and len(ctx.captured_queries) <= QUERY_BUDGET, len(ctx.captured_queries)
    page_html = html_lib.unescape(response.content.decode())
    assert f'<html lang="{language}">' in page_html
    assert all(entry.title in page_html for entry in entries)
    field = ActivityField.objects.get(locale=_locale(language), name=data.FIELDS["culture"][0].in_language(language))
    filtered = client.get(register.url, {"field": field.pk}).content.decode()
    expected = [s for s in data.NGOS if "culture" in s["fields"]]
    assert len(re.findall(r'<h3><a href=', filtered)) == len(expected)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_field_renders_translated_and_consent_is_honoured(client, language):
    specs = {spec["name"].in_language(language): spec for spec in data.NGOS}
    for entry in _entries(language):
        spec = specs[entry.title]  # the title is the translation, not a copy of the Bulgarian
        with CaptureQueriesContext(connection) as ctx:
            response = client.get(entry.url)
        assert response.status_code == 200 and len(ctx.captured_queries) <= entry_budget(language), entry.url
        html = html_lib.unescape(response.content.decode())
        expected = [entry.title, entry.registration_number, spec["seat_address"].in_language(language),
                    _capfirst(spec["head_title"].in_language(language)), spec["email"]]
        expected += [data.FIELDS[key][0].in_language(language) for key in spec["fields"]]
        for key in ("goals", "achievements", "cooperation"):
            expected += _paragraphs(spec[key].in_language(language))
        for title, description, address in spec["activities"]:
            expected += [title.in_language(language), description.in_language(language)]
            if address:
                expected.append(address.in_language(language))
        if spec["short_name"]:
            expected.append(spec["short_name"].in_language(language))
        if spec["website"]:
            expected.append(spec["website"])
        for text in expected:
            assert text in html, (entry.url, text)
        name = demo_ngos.person_name(spec["head_name"], language)
        assert entry.head_name == name
        if spec["consent"]:
            assert name in html and spec["phone"] in html
        else:
            assert name not in html and spec["phone"] not in html
        if language != "bg":
            assert spec["goals"].bg not in response.content.decode()


@pytest.mark.parametrize("language", LANGUAGES)
def test_open_data_in_each_language(client, language):
    register = _register(language)
    response = client.get(register.url + "export.csv")
    assert response["Content-Disposition"] == f'attachment; filename="{register.slug}-{language}.csv"'
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert len(rows) == len(data.NGOS)
    text = response.content.decode("utf-8-sig")
    for spec in data.NGOS:
        if not spec["consent"]:
            assert demo_ngos.person_name(spec["head_name"], language) not in text and spec["phone"] not in text
    payload = json.loads(client.get(register.url + "export.json").content)
    assert payload["language"] == language and len(payload["items"]) == len(data.NGOS)
    assert sum(1 for item in payload["items"] if item["head_name"] is None) == sum(1 for s in data.NGOS if not s["consent"])


def test_loading_again_changes_nothing(site_root):
    before = (NGOEntryPage.objects.count(), ActivityField.objects.count(), NGORegisterPage.objects.count())
    counts = demo_ngos.load(site_root, log=lambda *_: None)
    assert (NGOEntryPage.objects.count(), ActivityField.objects.count(), NGORegisterPage.objects.count()) == before
    assert counts["NGO register entries"] == 4 * len(data.NGOS)
