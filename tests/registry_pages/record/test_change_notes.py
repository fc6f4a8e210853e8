"""The change note: required when a published page goes for approval again, shown in its history,
never a text to translate."""

import pytest
from django.utils import translation as i18n
from django.utils.html import escape
from django.utils.translation import gettext

from registry_pages.models import ChangeNote, ServiceCardPage
from tests.registry_pages.record.support import approved_version
from tests.registry_pages.services.support import card, catalogue, category, department
from tests.registry_pages.services.test_card_completeness import post_editor
from tests.registry_pages.workflow.support import as_user, current_task_state, step_name

pytestmark = pytest.mark.django_db

NOTE_MISSING = ("Write a short change note: this page has been published before, and its public history says "
                "what each new version changes.")


@pytest.fixture
def published_card(site_root, pr_expert, secretary, mayor):
    page = card(catalogue(site_root), "Удостоверение за семейно положение", category("Гражданско състояние"),
                live=False, in_person_department=department())
    return approved_version(page, pr_expert, secretary, mayor)


@pytest.mark.parametrize("language", ["bg", "pl", "uk"])
def test_a_published_page_is_not_submitted_without_a_note(client, published_card, pr_expert, language):
    pr_expert.wagtail_userprofile.preferred_language = language
    pr_expert.wagtail_userprofile.save()
    as_user(client, pr_expert)
    response = post_editor(client, published_card, "action-submit", summary="Нов текст.")
    assert response.status_code == 200
    with i18n.override(language):
        message = gettext(NOTE_MISSING)
    assert message != NOTE_MISSING and escape(message) in response.content.decode()
    assert step_name(published_card) is None and not ChangeNote.objects.exists()


def test_the_note_goes_with_the_version_into_the_public_history(client, published_card, pr_expert, secretary, mayor):
    as_user(client, pr_expert)
    response = post_editor(client, published_card, "action-submit", summary="Нов текст.",
                           change_note="Срокът е съкратен на три дни.")
    assert response.status_code == 302 and step_name(published_card) is not None
    current_task_state(published_card).approve(user=secretary)
    current_task_state(published_card).approve(user=mayor)
    client.logout()
    html = client.get(published_card.url + "history/").content.decode()
    assert "Срокът е съкратен на три дни." in html
    assert "Нов текст." in ServiceCardPage.objects.get(pk=published_card.pk).summary


def test_a_first_submission_needs_no_note_and_the_editor_sees_the_pending_one(client, site_root, pr_expert):
    page = card(catalogue(site_root), "Скица", category("Устройство"), live=False, in_person_department=department())
    as_user(client, pr_expert)
    assert post_editor(client, page, "action-submit").status_code == 302
    published = ServiceCardPage.objects.get(pk=page.pk)
    ChangeNote.objects.create(page=published, revision=published.latest_revision, text="Поправена такса.")
    html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert "Поправена такса.</textarea>" in html


def test_the_note_is_not_a_segment_to_translate(published_card):
    from wagtail_localize.segments.extract import extract_segments

    segments = extract_segments(published_card)
    assert all(getattr(s, "path", "") != "change_note" for s in segments)
