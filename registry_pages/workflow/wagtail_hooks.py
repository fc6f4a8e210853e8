"""Admin hooks of the publication workflow.

* the "co-signature not required" entry in page history (custom log action);
* the "Pages in moderation" report (exportable);
* "Submit translation for approval" for synced translations, which
  wagtail-localize's translation editor lacks;
* the author's dashboard panel of pages sent back for changes;
* "Submit translation for approval" also in the listings of the moderated
  directory snippets (departments, positions, categories, fields of activity).

wagtail-localize's own views are narrowed in `localize.py`.
"""

from django.contrib.admin.utils import quote
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import ListingButton

from registry_pages.workflow import admin_views
from registry_pages.workflow.models import SKIP_LOG_ACTION
from registry_pages.workflow.setup import MODERATED_SNIPPETS
from registry_pages.workflow.translation import can_submit, synced_translation


@hooks.register("register_log_actions")
def register_workflow_log_actions(actions):
    actions.register_action(
        SKIP_LOG_ACTION,
        _("Co-signature not required"),
        _("Co-signature not required (skipped: the page does not involve spending)"),
    )


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


def submit_translation_buttons(page, user, view_name=None, next_url=None):
    if page.is_root() or synced_translation(page) is None or not can_submit(page, user):
        return
    url = reverse("registry_pages_workflow:submit_translation", args=[page.pk])
    yield ListingButton(_("Submit translation for approval"), url, priority=55, icon_name="resubmit")


hooks.register("register_page_header_buttons", submit_translation_buttons)
hooks.register("register_page_listing_more_buttons", submit_translation_buttons)


@hooks.register("register_snippet_listing_buttons")
def submit_snippet_translation_buttons(snippet, user, next_url=None):
    """The same button on the listing of a moderated snippet whose row is a synced translation
    (its edit view is wagtail-localize's translation editor, which has no submit action)."""
    if not isinstance(snippet, MODERATED_SNIPPETS) or synced_translation(snippet) is None:
        return
    if not can_submit(snippet, user):
        return
    meta = snippet._meta
    url = reverse(
        "registry_pages_workflow:submit_snippet_translation", args=[meta.app_label, meta.model_name, quote(snippet.pk)]
    )
    yield ListingButton(_("Submit translation for approval"), url, priority=55, icon_name="resubmit")


@hooks.register("construct_homepage_panels")
def add_needs_changes_panel(request, panels):
    panels.append(admin_views.NeedsChangesPanel(request.user))
