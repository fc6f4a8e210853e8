"""Admin hooks of the publication workflow.

* the "co-signature not required" entry in page history (custom log action);
* the workflow and step names in the history's messages in the reader's language
  (`names.py`);
* the "Pages in moderation" report (exportable);
* "Submit translation for approval" for synced translations, which
  wagtail-localize's translation editor lacks, with the translation's progress;
  while a string is not translated it is not offered (a link to the translation
  editor says how far it is instead), and the page editor's and the snippet
  editor's submit actions are refused (`before_edit_page` / `before_edit_snippet`);
* the author's dashboard panel of pages sent back for changes;
* "Submit translation for approval" also in the listings of the moderated
  directory snippets (departments, positions, categories, fields of activity);
* the reviewer's path (`reviewing.py`): the step's actions first in the editors'
  action menus, "Awaiting your review" first on the dashboard, steps in words;
* the completeness gate's other doors: "Publish" in wagtail-localize's translation
  editor (admins included) and the listing's bulk "Publish" refuse a page the gate
  refuses; the explorer listing reads what the completeness tag and the translation
  buttons need in its one query (`construct_explorer_page_queryset`).

wagtail-localize's own views are narrowed in `localize.py`.
"""

from django.contrib import messages
from django.contrib.admin.utils import quote
from django.shortcuts import redirect
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import ListingButton
from wagtail.models import Page

from registry_pages.adapters.localize_listing import (
    annotate_listing,
    listing_state,
    replace_localize_listing_hook,
)
from registry_pages.adapters.wagtail import WORKFLOW_LOG_ACTIONS, show_log_titles
from registry_pages.workflow import admin_views, names, reviewing
from registry_pages.workflow.completeness import (
    Progress,
    progress_of,
    synced_translation,
)
from registry_pages.workflow.content import (
    checklist_for,
    listing_annotations,
    listing_checklist,
)
from registry_pages.workflow.models import SKIP_LOG_ACTION
from registry_pages.workflow.setup import MODERATED_SNIPPETS
from registry_pages.workflow.translation import can_submit, refusal


@hooks.register("register_log_actions")
def register_workflow_log_actions(actions):
    actions.register_action(
        SKIP_LOG_ACTION,
        _("Co-signature not required"),
        _("Co-signature not required (skipped: the page does not involve spending)"),
    )


@hooks.register("register_log_actions", order=100)  # after Wagtail's own
def show_workflow_names_in_history(actions):
    # "Approved at 'Secretary review'. Next step 'Mayor approval'" in the reader's language.
    show_log_titles(actions, WORKFLOW_LOG_ACTIONS, names.shown)


@hooks.register("register_admin_urls")
def register_workflow_urls():
    urls = [
        path("report/", admin_views.InModerationReportView.as_view(), name="report"),
        path(
            "report/results/",
            admin_views.InModerationReportView.as_view(results_only=True),
            name="report_results",
        ),
        path("submit-translation/<int:page_id>/", admin_views.submit_translation, name="submit_translation"),
        path(
            "submit-translation/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
            admin_views.submit_snippet_translation,
            name="submit_snippet_translation",
        ),
    ]
    return [path("publication-workflow/", include((urls, "registry_pages_workflow")))]


@hooks.register("register_reports_menu_item")
def register_in_moderation_report():
    return MenuItem(
        _("Pages in moderation"),
        reverse("registry_pages_workflow:report"),
        name="pages-in-moderation",
        icon_name="tasks",
        order=810,
    )


def _submit_or_translate_button(progress, submit_url, edit_url, checklist=None):
    """The button "Submit translation for approval (8 of 8 strings translated)"; while a
    string is missing, no submit but "Translation incomplete (6 of 8 strings translated)",
    leading to the translation editor; while the page lacks content it must have, no
    submit but "Page incomplete (Completeness 3/5 — missing: …)"."""
    if not progress.complete:
        label = _("Translation incomplete (%(progress)s): translate the rest") % {"progress": progress}
        return ListingButton(label, edit_url, priority=55, icon_name="warning")
    if checklist is not None and not checklist.complete:
        label = _("Page incomplete (%(checklist)s)") % {"checklist": checklist}
        return ListingButton(label, edit_url, priority=55, icon_name="warning")
    label = _("Submit translation for approval (%(progress)s)") % {"progress": progress}
    return ListingButton(label, submit_url, priority=55, icon_name="resubmit")


def submit_translation_buttons(page, user, view_name=None, next_url=None):
    if page.is_root():
        return
    row = listing_state(page)  # an explorer row: everything is in its annotations
    if row is not None:
        if row.translation_id is None or not can_submit(page, user, has_workflow=row.workflow_id is not None):
            return
        progress = Progress(translated=row.translated, total=row.segments)
        checklist = listing_checklist(page)  # from the row's annotations, or None
    else:
        translation = synced_translation(page)
        if translation is None or not can_submit(page, user):
            return
        progress = progress_of(translation)
        checklist = checklist_for(page)
    url = reverse("registry_pages_workflow:submit_translation", args=[page.pk])
    yield _submit_or_translate_button(progress, url, reverse("wagtailadmin_pages:edit", args=[page.pk]), checklist)


hooks.register("register_page_header_buttons", submit_translation_buttons)
hooks.register("register_page_listing_more_buttons", submit_translation_buttons)


@hooks.register("construct_explorer_page_queryset")
def annotate_explorer_rows(parent_page, pages, request):
    """The explorer's rows carry what the translation buttons read (no query per row)."""
    replace_localize_listing_hook()
    return annotate_listing(pages)


@hooks.register("register_snippet_listing_buttons")
def submit_snippet_translation_buttons(snippet, user, next_url=None):
    """The same button on the listing of a moderated snippet whose row is a synced translation
    (its edit view is wagtail-localize's translation editor, which has no submit action)."""
    if not isinstance(snippet, MODERATED_SNIPPETS):
        return
    translation = synced_translation(snippet)
    if translation is None or not can_submit(snippet, user):
        return
    meta = snippet._meta
    url = reverse(
        "registry_pages_workflow:submit_snippet_translation", args=[meta.app_label, meta.model_name, quote(snippet.pk)]
    )
    yield _submit_or_translate_button(progress_of(translation), url, AdminURLFinder().get_edit_url(snippet) or url)


# The editors' "Submit to <workflow>" (and "Restart workflow") on a page or a snippet,
# and "Publish" in wagtail-localize's translation editor (posted as action=publish,
# offered to whoever may publish, admins included). For a synced translation
# wagtail-localize's own `before_edit_*` hooks answer the request with its translation
# editor; these run first (order=-1), whatever comes after. What the page editor's form
# posts is checked by the form itself (workflow/forms.py).
SUBMIT_ACTIONS = ("action-submit", "action-restart-workflow")
LOCALIZE_PUBLISH = "publish"


def refuse_incomplete_submission(request, obj):
    """Answer a submit or publish action on a synced translation the gate refuses (strings
    not translated, content missing) with the refusal; nothing changes."""
    if request.method != "POST":
        return None
    publishing = request.POST.get("action") == LOCALIZE_PUBLISH
    if not publishing and not any(request.POST.get(name) for name in SUBMIT_ACTIONS):
        return None
    if synced_translation(obj) is None:
        return None  # the page editor: its form checks the content it posts
    error = refusal(obj)
    if error is not None:
        admin_views.refuse_submission(request, error, request.path)
        return redirect(request.path)
    return None


hooks.register("before_edit_page", refuse_incomplete_submission, order=-1)
hooks.register("before_edit_snippet", refuse_incomplete_submission, order=-1)


@hooks.register("before_bulk_action")
def refuse_incomplete_bulk_publish(request, action_type, objects, action_class_instance):
    """The listing's bulk "Publish" (with or without the subpages) publishes nothing while one
    of the pages is refused by the gate; the message names the page and what it lacks."""
    if action_type != "publish" or not objects or not isinstance(objects[0], Page):
        return None
    pages = list(objects)
    if request.POST.get("include_descendants"):
        for page in objects:
            pages.extend(page.get_descendants().not_live())  # the ones Wagtail publishes with it
    for page in pages:
        error = refusal(page.specific)
        if error is not None:
            messages.error(request, f"{page.get_admin_display_title()}: {error}")
            return redirect(getattr(action_class_instance, "next_url", None) or reverse("wagtailadmin_home"))
    return None


@hooks.register("construct_explorer_page_queryset")
def annotate_completeness(parent_page, pages, request):
    """The explorer listing's rows come with their StreamFields deferred: annotate what the
    completeness tag of the child types reads, so that no row asks again."""
    annotations = listing_annotations(type(parent_page).allowed_subpage_models())
    return pages.annotate(**annotations) if annotations else pages


@hooks.register("construct_homepage_panels")
def add_needs_changes_panel(request, panels):
    panels.append(admin_views.NeedsChangesPanel(request.user))


hooks.register("construct_page_action_menu", reviewing.review_actions_first)
hooks.register("construct_snippet_action_menu", reviewing.review_actions_first)
hooks.register("construct_homepage_panels", reviewing.put_review_queue_first)
