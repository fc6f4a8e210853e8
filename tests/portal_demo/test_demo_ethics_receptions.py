"""The demo's ethics codes and reception days, in every language (needs the project and its demo)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from registry_pages.models import EthicsCodeIndexPage, EthicsCodePage, ReceptionDaysPage

pytestmark = pytest.mark.django_db
LANGUAGES = ("bg", "pl", "uk", "en")


def budget(language):
    """16 queries per public page, in every language: 15, plus one for the record's metryczka of a
    version published without the workflow (the demo publishes some translations directly)."""
    return 16


def _in(model, language):
    return model.objects.live().filter(locale=Locale.objects.get(language_code=language))


@pytest.mark.parametrize("language", LANGUAGES)
def test_two_codes_in_each_language_with_numbered_principles(client, language):
    index = _in(EthicsCodeIndexPage, language).get()
    codes = list(_in(EthicsCodePage, language).order_by("path"))
    assert len(codes) == 2
    html = client.get(index.url).content.decode()
    assert all(code.title in html for code in codes)
    employees, councillors = codes
    assert [s.number for s in employees.numbered_sections()] == ["1", "2", "3", "4"]
    assert all(len(s.rules) >= 3 for s in employees.numbered_sections())
    principles = councillors.numbered_sections()[1]
    assert [r.number for r in principles.rules] == ["2.1", "2.2", "2.3", "2.4", "2.5", "2.6"]
    with CaptureQueriesContext(connection) as ctx:
        html = client.get(councillors.url).content.decode()
    assert len(ctx.captured_queries) <= budget(language)
    assert f'<html lang="{language}">' in html and 'href="#section-2-6"' in html
    assert councillors.report_concern_url in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_reception_days_in_each_language(client, language):
    page = _in(ReceptionDaysPage, language).get()
    rows = page.slot_rows()
    assert len(rows) == 7 and all(row.position.locale_id == page.locale_id for row in rows)
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(page.url)
    assert response.status_code == 200 and len(ctx.captured_queries) <= budget(language)
    html = response.content.decode()
    assert html.count('<tbody class="reception-group">') == 5
    assert rows[0].position.title in html
    assert client.get(page.url + "calendar.ics").status_code == 200
