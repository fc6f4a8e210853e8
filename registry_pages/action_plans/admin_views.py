"""Admin views of action plans: the items report, the monthly summary, the dashboard panel,
the reading of a deadline as the editor types it."""

from __future__ import annotations

import datetime
from collections import defaultdict

import django_filters
from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.urls import reverse
from django.utils import formats
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET
from django.views.generic import TemplateView
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.admin.views.reports import ReportView
from wagtail.admin.widgets import AdminDateInput

from registry_pages.action_plans import listing
from registry_pages.action_plans.deadline_editing import reading_for, reading_lines
from registry_pages.action_plans.items import ActionItemPage, ActionItemStatus
from registry_pages.action_plans.listing import STATUS_FILTERS, STATUS_LABELS
from registry_pages.action_plans.models import ActionPlanPage
from registry_pages.action_plans.tracking import (
    annotate,
    held_position_keys,
    needing_attention,
    owned_by,
    sees_all_items,
    tracked_items,
    tracking_locale,
)
from registry_pages.core.params import int_param
from registry_pages.core.reports import DecoratedRowsMixin
from registry_pages.core.spreadsheets import SafeSpreadsheetExportMixin
from registry_pages.directory.models import Position


class DueDateColumn(Column):
    """The next due date itself (a deadline is a date, not "3 months ago"); a dash when there is none."""

    def get_value(self, instance):
        value = super().get_value(instance)
        return formats.date_format(value, "SHORT_DATE_FORMAT") if value else "—"


def _edit_url(item):
    return reverse("wagtailadmin_pages:edit", args=[item.pk])


def _computed(queryset, test):
    """Narrow the queryset to the items whose computed values pass `test` (due dates are not stored)."""
    items = annotate(tracked_items(queryset), listing.today())
    return queryset.filter(pk__in=[i.pk for i in items if test(i)])


class ActionItemFilterSet(WagtailFilterSet):
    plan = django_filters.ModelChoiceFilter(
        label=_("Plan"), queryset=lambda request: ActionPlanPage.objects.filter(locale=tracking_locale()),
        method="filter_plan",
    )
    owner = django_filters.ModelChoiceFilter(
        label=_("Owner"), queryset=lambda request: Position.objects.filter(locale=tracking_locale()),
        field_name="owners__position", distinct=True,
    )
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=[(s, STATUS_LABELS[s]) for s in STATUS_FILTERS], method="filter_status"
    )
    due_from = django_filters.DateFilter(label=_("Due from"), widget=AdminDateInput, method="filter_due_from")
    due_to = django_filters.DateFilter(label=_("Due until"), widget=AdminDateInput, method="filter_due_to")

    class Meta:
        model = ActionItemPage
        fields = ["plan", "owner", "status", "due_from", "due_to"]

    def filter_plan(self, queryset, name, value):
        return queryset.child_of(value) if value else queryset

    def filter_status(self, queryset, name, value):
        return _computed(queryset, lambda i: i.shown_status_value == value) if value else queryset

    def filter_due_from(self, queryset, name, value):
        return _computed(queryset, lambda i: i.due is not None and i.due >= value) if value else queryset

    def filter_due_to(self, queryset, name, value):
        return _computed(queryset, lambda i: i.due is not None and i.due <= value) if value else queryset


class ActionItemsReportView(DecoratedRowsMixin, SafeSpreadsheetExportMixin, ReportView):
    """Every published action item with plan, owners, deadline as written, next due date and
    status, on screen and in the CSV/XLSX export. Drafts are left out: the report lists what
    the municipality has committed to publicly (the dashboard panel and the reminders still
    follow drafts, see tracking.py)."""

    page_title = _("Action items")
    header_icon = "tasks"
    index_url_name = "registry_pages_action_plans:report"
    index_results_url_name = "registry_pages_action_plans:report_results"
    filterset_class = ActionItemFilterSet
    export_filename = "action-items"
    list_export = ["plan_title", "number", "title", "task", "owner_titles", "deadline_text", "due", "status_label",
                   "completed_on", "indicator", "implementation_method", "funding"]
    export_headings = {
        "plan_title": _("Plan"), "number": _("No."), "title": _("Title"), "task": _("Task"),
        "owner_titles": _("Owners"), "deadline_text": _("Deadline as written"), "due": _("Due date"),
        "status_label": _("Status"), "completed_on": _("Completed on"), "indicator": _("Indicator"),
        "implementation_method": _("Method of implementation"), "funding": _("Funding"),
    }

    @property
    def columns(self):
        return [
            Column("number", label=_("No.")),
            TitleColumn("title", label=_("Title"), get_url=_edit_url),
            Column("plan_title", label=_("Plan")),
            Column("owner_titles", label=_("Owners")),
            Column("deadline_text", label=_("Deadline as written")),
            DueDateColumn("due", label=_("Due date")),
            Column("status_label", label=_("Status")),
        ]

    def get_queryset(self):
        return ActionItemPage.objects.live().filter(locale=tracking_locale(), alias_of__isnull=True).order_by("path")

    def decorate_paginated_queryset(self, object_list):
        pks = [item.pk for item in object_list]
        items = {i.pk: i for i in annotate(tracked_items(ActionItemPage.objects.filter(pk__in=pks)), listing.today())}
        return [items[pk] for pk in pks if pk in items]


class MonthForm(forms.Form):
    month = forms.RegexField(regex=r"^\d{4}-\d{2}$", required=False, label=_("Month"),
                             widget=forms.TextInput(attrs={"type": "month"}))


def month_bounds(value: str | None, today: datetime.date) -> tuple[datetime.date, datetime.date]:
    if value:
        year, month = map(int, value.split("-"))
        if 1 <= month <= 12:
            first = datetime.date(year, month, 1)
        else:
            first = today.replace(day=1)
    else:
        first = today.replace(day=1)
    last = (first + datetime.timedelta(days=32)).replace(day=1) - datetime.timedelta(days=1)
    return first, last


def monthly_summary(items, first: datetime.date, last: datetime.date) -> dict:
    """Art. 32: items by owner, the items overdue at the month's end, the items closed in the month."""
    by_owner: dict = defaultdict(lambda: {"open": 0, "overdue": 0, "closed": 0, "total": 0})
    overdue = [i for i in items if not i.is_closed and i.due is not None and i.due < last]
    overdue_pks = {i.pk for i in overdue}
    closed = [i for i in items if i.status == ActionItemStatus.DONE and i.completed_on and first <= i.completed_on <= last]
    closed_pks = {i.pk for i in closed}
    for item in items:
        for position in item.positions[:1] or [None]:  # counted once, for the owner who organises the work
            row = by_owner[(position.title, position.pk) if position else ("–", 0)]
            row["total"] += 1
            row["open"] += not item.is_closed
            row["overdue"] += item.pk in overdue_pks
            row["closed"] += item.pk in closed_pks
    rows = [(title, counts) for (title, _pk), counts in sorted(by_owner.items())]
    return {"by_owner": rows, "overdue": overdue, "closed": closed}


class MonthlySummaryView(WagtailAdminTemplateMixin, TemplateView):
    page_title = _("Action items: monthly summary")
    header_icon = "date"
    template_name = "registry_pages/admin/action_monthly_summary.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = MonthForm(self.request.GET or None)
        month = form.cleaned_data["month"] if form.is_valid() else None
        first, last = month_bounds(month, listing.today())
        items = annotate(tracked_items(), last)
        context.update(form=form, first=first, last=last, **monthly_summary(items, first, last))
        return context


class ActionItemsDuePanel(Component):
    """Dashboard: open items overdue or due in 14 days that the user's positions own (all for overseers)."""

    name = "registry_action_items_due"
    template_name = "registry_pages/admin/action_items_panel.html"
    order = 210
    days = 14

    def __init__(self, user):
        self.user = user

    def items(self):
        today = listing.today()
        items = needing_attention(annotate(tracked_items(), today), today, self.days)
        if not sees_all_items(self.user):
            keys = held_position_keys(self.user)
            items = [i for i in items if owned_by(i, keys)]
        return sorted(items, key=lambda i: i.due)

    def get_context_data(self, parent_context):
        return {"items": self.items(), "days": self.days, "today": listing.today(),
                "report_url": reverse("registry_pages_action_plans:report")}


@require_GET
def deadline_reading_view(request):
    """The panel's lines for a deadline being typed (`?text=…&plan=<id>&language=…&assigned_on=YYYY-MM-DD`)."""
    plan = ActionPlanPage.objects.filter(pk=int_param(request.GET.get("plan")) or 0).first()
    if plan is not None:
        permissions = plan.permissions_for_user(request.user)
        if not (permissions.can_edit() or permissions.can_add_subpage()):
            raise PermissionDenied
    language = request.GET.get("language") or ""
    if language not in dict(settings.LANGUAGES):
        language = settings.LANGUAGE_CODE
    try:
        assigned_on = datetime.date.fromisoformat(request.GET.get("assigned_on") or "")
    except ValueError:
        assigned_on = None
    reading = reading_for(request.GET.get("text", "")[:255], language=language, plan=plan, assigned_on=assigned_on)
    return render(request, "registry_pages/admin/deadline_reading_lines.html", {"lines": reading_lines(reading)})
