"""A half-translated page or snippet does not go live (issue 16).

A synced translation is submitted, and approved, only when every string has a
translation; a string that needs none counts once the editor enters the source
text itself. Refused at each door: our "Submit translation for approval", the
page and snippet editors' submit action, and the approval of a task already
running whose translation lost strings when its source changed. The reviewer
sees the progress. (registry_pages/workflow/completeness.py)
"""

import json

import pytest
from django.contrib.messages import get_messages
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart
from django.urls import reverse
from django.utils import translation as i18n
from django.utils.html import escape
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.models import Page, WorkflowState
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringSegment, Translation, TranslationSource

from registry_pages.models import Department
from registry_pages.workflow.completeness import (
    Progress,
    cannot_approve_message,
    cannot_submit_message,
    reviewer_line,
    translation_progress,
)
from registry_pages.workflow.models import IncompleteTranslation
from tests.registry_pages.services.support import department
from tests.registry_pages.workflow.support import (
    as_user,
    current_task_state,
    draft_page,
    reload,
    step_name,
    submit,
    superuser,
    workflow_action,
)

pytestmark = pytest.mark.django_db

# The source page's strings: title, slug, SEO title, search description.
SOURCE_FIELDS = {"seo_title": "Такса за удостоверение", "search_description": "Удостоверение за наследници, 5 лв."}


def _speaks(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


def _polish(site_root, locales):
    if not site_root.has_translation(locales["pl"]):
        site_root.copy_for_translation(locales["pl"])
    return locales["pl"]


def _live_source(site_root, owner, slug="t-half-source"):
    page = draft_page(site_root, owner, title="Удостоверение за наследници", slug=slug, **SOURCE_FIELDS)
    page.get_latest_revision().publish(skip_permission_checks=True)
    return reload(page)


def _translate(obj, locale, contexts=None, same_as_source=()):
    """A synced translation of `obj` into `locale`, the strings of `contexts` translated (all when None),
    those of `same_as_source` given the source text itself, the others left untranslated."""
    source, _ = TranslationSource.update_or_create_from_instance(obj)
    translation, _ = Translation.objects.get_or_create(source=source, target_locale=locale, defaults={"enabled": True})
    po = translation.export_po()
    for entry in po:
        if contexts is None or entry.msgctxt in contexts:
            entry.msgstr = f"pl-{entry.msgid}" if entry.msgctxt == "slug" else f"PL {entry.msgid}"
        elif entry.msgctxt in same_as_source:
            entry.msgstr = entry.msgid
    translation.import_po(po, translation_type="manual", tool_name="test")
    return translation


def _half_translated_page(site_root, locales, owner):
    """A Polish draft translation with only its title translated (1 of 4 strings)."""
    source = _live_source(site_root, owner)
    translation = _translate(source, _polish(site_root, locales), contexts={"title"})
    translation.save_target(user=owner, publish=False)
    return source, translation, reload(source.get_translation(locales["pl"]))


def _messages(response):
    return [(m.level_tag, str(m)) for m in get_messages(response.wsgi_request)]


def _expected(message_function, progress, language):
    with i18n.override(language):
        return escape(message_function(progress))


def _submit_url(page):
    return reverse("registry_pages_workflow:submit_translation", args=[page.pk])


# -- the measure ------------------------------------------------------------------------------


def test_progress_counts_the_translated_strings(site_root, locales, pr_expert):
    source, _translation, page = _half_translated_page(site_root, locales, pr_expert)
    progress = translation_progress(page)
    assert progress == Progress(translated=1, total=4)
    assert (progress.missing, progress.complete) == (3, False)
    assert translation_progress(source) is None  # the original is no translation
    with i18n.override("en"):
        assert reviewer_line(progress) == "Translation: 1 of 4 strings translated"
    with i18n.override("bg"):
        assert "1" in str(progress) and "4" in str(progress) and "translated" not in str(progress)


def test_same_as_source_counts_as_translated_when_entered_in_the_editor(client, site_root, locales, pr_expert):
    """The editor types the source text itself as the translation (a legal act number, a name)."""
    _source, translation, page = _half_translated_page(site_root, locales, pr_expert)
    as_user(client, pr_expert)
    for segment in StringSegment.objects.filter(source=translation.source).exclude(context__path="title"):
        url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
        body = encode_multipart(BOUNDARY, {"value": segment.string.data})
        assert client.put(url, body, content_type=MULTIPART_CONTENT).status_code in (200, 201)
    assert translation_progress(page) == Progress(translated=4, total=4)
    client.post(_submit_url(page))
    assert step_name(page) == "Secretary review"


# -- door 1: "Submit translation for approval" (workflow/admin_views.py) ---------------------


def test_our_submit_view_refuses_a_half_translated_page(client, site_root, locales, pr_expert):
    _source, _translation, page = _half_translated_page(site_root, locales, pr_expert)
    as_user(client, _speaks(pr_expert, "pl"))
    revision = page.get_latest_revision()
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])

    screen = client.get(_submit_url(page)).content.decode()
    assert 'data-translated="1" data-total="4"' in screen
    assert _expected(cannot_submit_message, Progress(1, 4), "pl") in screen
    assert 'method="post"' not in screen.split("<main", 1)[-1] and edit_url in screen  # no submit, the way to the editor

    response = client.post(_submit_url(page))
    assert response.status_code == 302 and response["Location"] == edit_url
    [(level, text)] = _messages(response)
    assert level == "error" and _expected(cannot_submit_message, Progress(1, 4), "pl") in text
    with i18n.override("en"):
        assert "3 of 4 strings are not translated" in cannot_submit_message(Progress(1, 4))
        assert "source text itself" in cannot_submit_message(Progress(1, 4))
    after = reload(page)
    assert not after.workflow_in_progress and not after.live
    assert after.get_latest_revision().pk == revision.pk  # nothing changed


def test_the_button_shows_progress_and_offers_submit_only_when_complete(client, site_root, locales, pr_expert):
    source, _translation, page = _half_translated_page(site_root, locales, pr_expert)
    as_user(client, _speaks(pr_expert, "en"))
    header = reverse("wagtailadmin_explore", args=[page.pk])
    html = client.get(header).content.decode()
    assert "Translation incomplete (1 of 4 strings translated): translate the rest" in html
    assert _submit_url(page) not in html

    _translate(source, locales["pl"])
    html = client.get(header).content.decode()
    assert "Submit translation for approval (4 of 4 strings translated)" in html
    assert _submit_url(page) in html


# -- door 2: the page editor's "Submit to Publication approval" ---------------------------------


@pytest.mark.parametrize("action", ["action-submit", "action-restart-workflow"])
def test_the_page_editor_submit_action_is_refused(client, site_root, locales, pr_expert, action):
    _source, _translation, page = _half_translated_page(site_root, locales, pr_expert)
    as_user(client, _speaks(pr_expert, "uk"))
    response = submit(client, page, **{action: "1"})
    assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_pages:edit", args=[page.pk])
    [(level, text)] = _messages(response)
    assert level == "error" and _expected(cannot_submit_message, Progress(1, 4), "uk") in text
    assert not reload(page).workflow_in_progress
    assert not WorkflowState.objects.filter(object_id=str(page.pk)).exists()


# -- door 3: the approval of a running task whose translation lost strings ---------------------


def _submitted_complete_translation(client, site_root, locales, pr_expert):
    source = _live_source(site_root, pr_expert)
    translation = _translate(source, _polish(site_root, locales))
    translation.save_target(user=pr_expert, publish=False)
    page = reload(source.get_translation(locales["pl"]))
    as_user(client, pr_expert).post(_submit_url(page))
    assert step_name(page) == "Secretary review"
    return source, translation, page


def test_approval_is_refused_when_the_source_changed_and_strings_are_missing(
    client, site_root, locales, pr_expert, secretary, mayor
):
    source, translation, page = _submitted_complete_translation(client, site_root, locales, pr_expert)
    workflow_action(as_user(client, secretary), page, "approve")
    assert step_name(page) == "Mayor approval"

    # The source changes and the translation is synced: a new string has no translation.
    source.specific.search_description = "Удостоверение за наследници, 5 евро."
    source.specific.save_revision(user=pr_expert).publish(skip_permission_checks=True)
    translation.source.update_from_db()
    assert translation_progress(page) == Progress(translated=3, total=4)

    task_state = current_task_state(page)
    task = task_state.task.specific
    assert [name for name, _label, _modal in task.get_actions(page, mayor)] == ["reject"]

    as_user(client, _speaks(mayor, "bg"))
    response = workflow_action(client, page, "approve")  # not offered; posted anyway
    assert response.status_code == 403 or (response.status_code == 302 and response["Location"] == "/admin/")
    with pytest.raises(IncompleteTranslation):
        task.on_action(task_state, mayor, "approve")
    after = reload(page)
    assert not after.live and step_name(page) == "Mayor approval"
    assert current_task_state(page).pk == task_state.pk

    # The reviewer is told why, on the "Request changes" screen.
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "reject", task_state.pk])
    html = json.loads(client.get(url).content)["html"]
    with i18n.override("bg"):
        assert escape(reviewer_line(Progress(3, 4))) in html
    assert _expected(cannot_approve_message, Progress(3, 4), "bg") in html


def test_a_complete_translation_goes_live_and_the_reviewer_sees_its_progress(
    client, site_root, locales, pr_expert, secretary, mayor
):
    _source, _translation, page = _submitted_complete_translation(client, site_root, locales, pr_expert)
    as_user(client, _speaks(secretary, "pl"))
    report = client.get(reverse("registry_pages_workflow:report")).content.decode()
    with i18n.override("pl"):
        assert escape(str(Progress(4, 4))) in report
    task_state = current_task_state(page)
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])
    html = json.loads(client.get(url).content)["html"]
    with i18n.override("pl"):
        assert escape(reviewer_line(Progress(4, 4))) in html
    workflow_action(client, page, "approve")
    workflow_action(as_user(client, mayor), page, "approve")
    after = Page.objects.get(pk=page.pk)
    assert after.live and after.title == "PL Удостоверение за наследници"


# -- door 4: "Publish" in wagtail-localize's translation editor, for those who may publish ----------


def test_an_admin_cannot_publish_a_half_translated_page_from_the_translation_editor(client, site_root, locales, pr_expert):
    _source, _translation, page = _half_translated_page(site_root, locales, pr_expert)
    as_user(client, _speaks(superuser(), "bg"))
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    response = client.post(edit_url, {"action": "publish"})
    assert response.status_code == 302 and response["Location"] == edit_url
    [(level, text)] = _messages(response)
    assert level == "error" and _expected(cannot_submit_message, Progress(1, 4), "bg") in text
    assert not reload(page).live


# -- snippets -----------------------------------------------------------------------------------


def test_a_half_translated_snippet_is_refused_and_a_complete_one_passes(client, locales, pr_expert):
    dept = department()
    translation = _translate(dept, locales["pl"], contexts={"name"})
    translation.save_target(user=pr_expert, publish=False)
    polish = Department.objects.get(pk=dept.get_translation(locales["pl"]).pk)
    progress = translation_progress(polish)
    assert progress.translated == 1 and progress.total > 1
    as_user(client, _speaks(pr_expert, "pl"))

    url = reverse("registry_pages_workflow:submit_snippet_translation", args=["registry_pages", "department", polish.pk])
    response = client.post(url)
    [(level, text)] = _messages(response)
    assert level == "error" and _expected(cannot_submit_message, progress, "pl") in text
    edit_url = AdminURLFinder().get_edit_url(polish)
    response = client.post(edit_url, {"action-submit": "1"})
    assert response.status_code == 302 and not Department.objects.get(pk=polish.pk).workflow_in_progress
    listing = client.get(reverse(Department.snippet_viewset.get_url_name("list_results")) + "?locale=pl")
    assert url not in listing.content.decode()

    _translate(dept, locales["pl"], contexts={"name"}, same_as_source=set(_contexts(translation)) - {"name"})
    assert translation_progress(polish).complete
    assert url in client.get(reverse(Department.snippet_viewset.get_url_name("list_results")) + "?locale=pl").content.decode()
    client.post(url)
    assert Department.objects.get(pk=polish.pk).workflow_in_progress


def _contexts(translation):
    return [entry.msgctxt for entry in translation.export_po()]
