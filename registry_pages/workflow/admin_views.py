"""Admin views of the publication workflow: the moderation report, the
"submit translation for approval" action and the author's dashboard panel."""

from django.contrib import messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin import messages as wagtail_messages
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn, UserColumn
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page, WorkflowState, get_default_page_content_type

from registry_pages.core.reports import DecoratedRowsMixin
from registry_pages.core.spreadsheets import SafeSpreadsheetExportMixin
from registry_pages.workflow.completeness import (
    progress_by_object,
    translation_progress,
)
from registry_pages.workflow.setup import moderated_snippets
from registry_pages.workflow.translation import (
    CannotSubmit,
    can_edit,
    can_submit,
    refusal,
    submit_for_approval,
)


def _page_states(**filters):
    return (
        WorkflowState.objects.filter(base_content_type=get_default_page_content_type(), **filters)
        .select_related("requested_by", "current_task_state", "current_task_state__task", "workflow")
        .order_by("current_task_state__started_at")
    )


def _attach_pages(states):
    states = list(states)
    pages = Page.objects.filter(pk__in=[int(s.object_id) for s in states]).select_related("locale")
    by_id = {str(p.pk): p for p in pages}
    now = timezone.now()
    for state in states:
        state.moderated_page = by_id.get(state.object_id)
        started = state.current_task_state.started_at if state.current_task_state else state.created_at
        state.waiting_days = (now - started).days
        # str(): the step named in the reader's language (workflow/names.py), in the CSV too
        state.step = str(state.current_task_state.task.name) if state.current_task_state else ""
        state.page_title = state.moderated_page.get_admin_display_title() if state.moderated_page else ""
        state.language = state.moderated_page.locale.get_display_name() if state.moderated_page else ""
        state.step_started_at = started
    return [s for s in states if s.moderated_page is not None]


class InModerationReportView(DecoratedRowsMixin, SafeSpreadsheetExportMixin, ReportView):
    """Pages waiting for approval: language, translation progress, step, waiting time,
    submitter (CSV/XLSX export)."""

    page_title = gettext_lazy("Pages in moderation")
    header_icon = "tasks"
    index_url_name = "registry_pages_workflow:report"
    index_results_url_name = "registry_pages_workflow:report_results"
    export_filename = "pages-in-moderation"
    list_export = [
        "page_title", "language", "translation", "step", "step_started_at", "waiting_days", "requested_by", "created_at"
    ]
    export_headings = {
        "page_title": gettext_lazy("Page"),
        "language": gettext_lazy("Language"),
        "translation": gettext_lazy("Translation"),
        "step": gettext_lazy("Step"),
        "step_started_at": gettext_lazy("At this step since"),
        "waiting_days": gettext_lazy("Waiting (days)"),
        "requested_by": gettext_lazy("Submitted by"),
        "created_at": gettext_lazy("Submitted at"),
    }

    @property
    def columns(self):
        return [
            TitleColumn("page_title", label=_("Page"), get_url=lambda s: _edit_url(s.moderated_page)),
            Column("language", label=_("Language")),
            Column("translation", label=_("Translation")),
            Column("step", label=_("Step")),
            DateColumn("step_started_at", label=_("At this step since")),
            Column("waiting_days", label=_("Waiting (days)")),
            UserColumn("requested_by", label=_("Submitted by")),
        ]

    def get_queryset(self):
        return _page_states(status=WorkflowState.STATUS_IN_PROGRESS)

    def decorate_paginated_queryset(self, object_list):
        states = _attach_pages(object_list)
        progress = progress_by_object([s.moderated_page for s in states])
        for state in states:
            # The reviewer sees how far a synced translation is translated ("8 of 8 strings translated").
            found = progress.get(state.moderated_page.pk)
            state.translation = str(found) if found is not None else "—"
        return states


def _edit_url(page):
    from django.urls import reverse

    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def submit_translation(request, page_id):
    """GET: confirm; POST: save the translation as a draft and start the workflow."""
    page = get_object_or_404(Page, pk=page_id).specific
    return _submit_translation(request, page, page.get_admin_display_title(), _edit_url(page))


def submit_snippet_translation(request, app_label, model_name, pk):
    """The same for a moderated snippet (department, position, category, field of activity)."""
    model = next(
        (m for m in moderated_snippets() if (m._meta.app_label, m._meta.model_name) == (app_label, model_name)), None
    )
    if model is None:
        raise Http404
    snippet = get_object_or_404(model, pk=unquote(pk))
    return _submit_translation(request, snippet, str(snippet), AdminURLFinder().get_edit_url(snippet) or "/admin/")


def refuse_submission(request, error, edit_url):
    """The message of a refused submission; for an incomplete translation, with a
    button to the translation editor (the object's edit view)."""
    incomplete = error.progress is not None or error.checklist is not None
    buttons = [wagtail_messages.button(edit_url, _("Open the translation editor"))] if incomplete else None
    wagtail_messages.error(request, str(error), buttons=buttons)


def _submit_translation(request, obj, title, edit_url):
    if not can_edit(obj, request.user):
        raise PermissionDenied
    next_url = get_valid_next_url_from_request(request) or edit_url
    if request.method == "POST":
        try:
            submit_for_approval(obj, request.user)
        except CannotSubmit as error:
            refuse_submission(request, error, edit_url)
            incomplete = error.progress is not None or error.checklist is not None
            return redirect(edit_url if incomplete else next_url)
        messages.success(request, _("'%(title)s' has been submitted for approval.") % {"title": title})
        return redirect(next_url)
    progress = translation_progress(obj)
    error = refusal(obj)
    return TemplateResponse(
        request,
        "registry_pages/admin/submit_translation.html",
        {
            "page": obj,
            "title": title,
            "can_submit": can_submit(obj, request.user) and error is None,
            "progress": progress,
            "refusal": str(error) if error is not None else "",
            "edit_url": edit_url,
            "next": next_url,
        },
    )


class NeedsChangesPanel(Component):
    """Dashboard: the author's pages sent back for changes, with the reviewer's comment."""

    name = "registry_needs_changes"
    template_name = "registry_pages/admin/needs_changes_panel.html"
    order = 205

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        states = _attach_pages(
            _page_states(status=WorkflowState.STATUS_NEEDS_CHANGES, requested_by=self.user).select_related(
                "current_task_state__finished_by"
            )
        )
        return {"states": states, "request": parent_context.get("request")}
