"""A translation goes through the same steps and is not live before the mayor approves."""

import pytest
from django.urls import reverse
from wagtail.models import Page
from wagtail_localize.models import Translation, TranslationSource

from tests.registry_pages.workflow.support import (
    as_user,
    current_task_state,
    draft_page,
    reload,
    step_name,
)


def _translate_strings(page, locale, title):
    source, _ = TranslationSource.update_or_create_from_instance(page)
    translation, _ = Translation.objects.get_or_create(source=source, target_locale=locale, defaults={"enabled": True})
    po = translation.export_po()
    for entry in po:
        entry.msgstr = title if entry.msgctxt == "title" else entry.msgid
    translation.import_po(po, translation_type="manual", tool_name="test")
    return translation


def _approved_source(site_root, pr_expert, secretary, mayor, title):
    page = draft_page(site_root, pr_expert, title=title)
    page.get_workflow().start(page, pr_expert)
    current_task_state(page).approve(user=secretary)
    current_task_state(page).approve(user=mayor)
    return reload(page)


@pytest.mark.django_db
def test_translation_goes_through_the_workflow(client, site_root, locales, pr_expert, secretary, mayor):
    target = locales["pl"] if site_root.locale.language_code != "pl" else locales["en"]
    if not site_root.has_translation(target):
        site_root.copy_for_translation(target)
    source = _approved_source(site_root, pr_expert, secretary, mayor, "Обявление")
    assert source.live

    translation = _translate_strings(source, target, "Ogłoszenie")
    translation.save_target(user=pr_expert, publish=False)  # what "Translate this page" does with our settings
    page = source.get_translation(target)
    assert not page.live

    as_user(client, pr_expert)
    url = reverse("registry_pages_workflow:submit_translation", args=[page.pk])
    assert client.get(url).status_code == 200
    client.post(url)
    assert step_name(page) == "Secretary review"
    current_task_state(page).approve(user=secretary)
    assert not reload(page).live and step_name(page) == "Mayor approval"
    current_task_state(page).approve(user=mayor)
    page = reload(page)
    assert page.live and page.title == "Ogłoszenie"

    # A correction of the live translation stays a draft until approved again.
    _translate_strings(source, target, "Ogłoszenie (poprawione)")
    client.post(url)
    assert Page.objects.get(pk=page.pk).title == "Ogłoszenie"  # public text unchanged
    assert step_name(page) == "Secretary review"
    current_task_state(page).approve(user=secretary)
    assert Page.objects.get(pk=page.pk).title == "Ogłoszenie"
    current_task_state(page).approve(user=mayor)
    assert Page.objects.get(pk=page.pk).title == "Ogłoszenie (poprawione)"


@pytest.mark.django_db
def test_sync_cannot_publish_for_a_pr_expert(
    client, site_root, locales, pr_expert, secretary, mayor, django_capture_on_commit_callbacks
):
    target = locales["uk"]
    if not site_root.has_translation(target):
        site_root.copy_for_translation(target)
    source = _approved_source(site_root, pr_expert, secretary, mayor, "Синхрон")
    translation = _translate_strings(source, target, "Синхрон uk")
    translation.save_target(user=pr_expert, publish=False)
    as_user(client, pr_expert)
    url = reverse("wagtail_localize:update_translations", args=[translation.source_id])
    with django_capture_on_commit_callbacks(execute=True):  # wagtail-localize publishes on commit
        client.post(url, {"publish_translations": "on"})
    assert not source.get_translation(target).live


@pytest.mark.django_db
def test_submit_translation_needs_edit_permission(client, site_root, locales, pr_expert, mayor):
    page = draft_page(site_root, pr_expert, title="Not a translation")
    as_user(client, mayor)
    response = client.post(reverse("registry_pages_workflow:submit_translation", args=[page.pk]))
    assert response.status_code in (302, 403) and not reload(page).workflow_in_progress
