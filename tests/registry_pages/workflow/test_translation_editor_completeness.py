"""Above wagtail-localize's translation editor: what the page still lacks in each language,
a summary left in the source language included (workflow/language_completeness.py)."""

import html as html_text
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation as i18n
from django.utils.translation import gettext
from wagtail_localize.models import Translation, TranslationSource

from registry_pages.models import ServiceCardPage
from registry_pages.workflow.language_completeness import completeness_by_language
from tests.registry_pages.services.support import card, catalogue, category, department
from tests.registry_pages.workflow.support import as_user
from tests.registry_pages.workflow.test_translation_completeness import (
    _polish,
    _speaks,
    _translate,
)

pytestmark = pytest.mark.django_db


def _translate_all_but(obj, locale, prefix):
    """A synced translation of `obj` with every string translated except those under the field `prefix`."""
    source, _ = TranslationSource.update_or_create_from_instance(obj)
    translation, _ = Translation.objects.get_or_create(source=source, target_locale=locale, defaults={"enabled": True})
    contexts = {entry.msgctxt for entry in translation.export_po() if not entry.msgctxt.startswith(prefix)}
    return _translate(obj, locale, contexts=contexts)


@pytest.fixture
def versions(site_root, locales, pr_expert):
    """A complete card in bg; its Polish synced translation with the summary not translated;
    its Ukrainian copy with the summary emptied."""
    index = catalogue(site_root)
    pl = _polish(site_root, locales)
    _translate(index, pl).save_target(user=pr_expert, publish=False)
    source = card(index, "Удостоверение за наследници", category("Гражданско състояние"),
                  in_person_department=department())
    _translate_all_but(source, pl, "summary").save_target(user=pr_expert, publish=False)
    ukrainian = source.copy_for_translation(locales["uk"], copy_parents=True)
    ukrainian.summary = ""
    ukrainian.save_revision(clean=False)
    return source, ServiceCardPage.objects.get(translation_key=source.translation_key, locale=pl)


def _section(client, page):
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    text = html_text.unescape(response.content.decode())
    start = text.find("data-translation-completeness")
    assert start >= 0, "no completeness above the translation editor"
    return text[start:text.find("</section>", start)]


def _row(section, language):
    match = re.search(rf'<tr data-language="{language}".*?</tr>', section, re.S)
    return re.sub(r"\s+", " ", match.group(0)) if match else ""


@pytest.mark.parametrize("language", ["pl", "uk", "bg"])
def test_the_translation_editor_shows_what_each_language_still_lacks(client, versions, pr_expert, language):
    source, polish = versions
    as_user(client, _speaks(pr_expert, language))
    section = _section(client, polish)
    with i18n.override(language):
        summary = gettext("summary")
        assert gettext("Completeness by language") in section
        not_translated = gettext("%(item)s — not translated") % {"item": summary}
        incomplete, complete = gettext("Incomplete"), gettext("Complete")
    assert "not translated" not in not_translated or language == "en"  # really in the editor's language
    pl_row = _row(section, "pl")
    assert 'aria-current="true"' in pl_row and f"{incomplete} 5/6" in pl_row and not_translated in pl_row
    uk_row = _row(section, "uk")
    assert f"{incomplete} 5/6" in uk_row and summary in uk_row and not_translated not in uk_row
    assert f"{complete} 6/6" in _row(section, "bg")


def test_once_the_summary_is_translated_the_translation_is_complete(client, versions, pr_expert):
    source, polish = versions
    _translate(source, polish.locale).save_target(user=pr_expert, publish=False)
    as_user(client, _speaks(pr_expert, "en"))
    row = _row(_section(client, polish), "pl")
    assert "Complete 6/6" in row and "not translated" not in row


def test_the_languages_cost_a_bounded_number_of_queries_each(versions):
    _source, polish = versions
    with CaptureQueriesContext(connection) as captured:
        rows = completeness_by_language(ServiceCardPage.objects.get(pk=polish.pk))
    assert [row.locale.language_code for row in rows] == ["pl", "bg", "uk"]
    # the versions, then each one's latest revision and what its checklist reads (measured: 25 for 3)
    assert len(captured) <= 2 + 9 * len(rows), [q["sql"] for q in captured.captured_queries]


def test_a_page_without_a_checklist_shows_nothing(site_root, locales, pr_expert):
    assert completeness_by_language(site_root) == []
