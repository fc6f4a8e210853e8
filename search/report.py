"""Admin report: what citizens searched for and did not (or hardly) find.

Lists the most frequent queries with few results (at most FEW_RESULTS), by
language and period, so the PR expert can add a synonym set or a page:
each row links to both (`search/learn.py`).
Exportable as CSV and XLSX (Wagtail's ReportView).
"""

import datetime

import django_filters
from django.conf import settings
from django.db.models import Max, Min, Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView

from registry_pages.core.spreadsheets import SafeSpreadsheetExportMixin

from .learn import attach_url, synonym_url
from .models import SearchClickDay, SearchQueryDay

FEW_RESULTS = 3
PERIODS = {"7": 7, "30": 30, "90": 90, "365": 365}


class LearnActionsColumn(Column):
    """Per row: “Add as synonym” and “These words mean a page” (search/learn.py)."""

    cell_template_name = "search/admin/report_actions_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["synonym_url"] = synonym_url(instance["query"], instance["language"])
        context["attach_url"] = attach_url(instance["query"], instance["language"])
        return context


class OpenedColumn(Column):
    """The pages opened after the row's query (most opened first), read for all rows of the table at once."""

    cell_template_name = "search/admin/report_opened_cell.html"
    SHOWN = 3

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        table = parent_context["table"]
        if not hasattr(table, "_opened"):
            table._opened = opened_pages(list(table.data))
        context["opened"] = table._opened.get((instance["query"], instance["language"]), [])[: self.SHOWN]
        return context


def opened_pages(rows) -> dict:
    """(query, language) → [(page title, times opened)], one query for all rows."""
    if not rows:
        return {}
    queries = {row["query"] for row in rows}
    clicks = (
        SearchClickDay.objects.filter(query__in=queries)
        .values("query", "language", "page__title")
        .annotate(opened=Sum("clicks"))
        .order_by("-opened", "page__title")
    )
    found: dict = {}
    for row in clicks:
        found.setdefault((row["query"], row["language"]), []).append((row["page__title"], row["opened"]))
    return found


class UnansweredQueryFilterSet(WagtailFilterSet):
    language = django_filters.ChoiceFilter(label=_("Language"), choices=settings.WAGTAIL_CONTENT_LANGUAGES)
    period = django_filters.ChoiceFilter(
        label=_("Period"),
        method="filter_period",
        empty_label=_("All time"),
        choices=[
            ("7", _("Last 7 days")),
            ("30", _("Last 30 days")),
            ("90", _("Last 90 days")),
            ("365", _("Last year")),
        ],
    )

    def filter_period(self, queryset, name, value):
        days = PERIODS.get(value)
        if not days:
            return queryset
        return queryset.filter(date__gt=timezone.localdate() - datetime.timedelta(days=days))

    class Meta:
        model = SearchQueryDay
        fields = ["language", "period"]


class UnansweredQueriesReportView(SafeSpreadsheetExportMixin, ReportView):
    page_title = _("Searches with few results")
    header_icon = "search"
    index_url_name = "search_reports:unanswered"
    index_results_url_name = "search_reports:unanswered_results"
    filterset_class = UnansweredQueryFilterSet
    export_filename = "searches-with-few-results"
    list_export = ["query", "language", "asked", "results", "first_asked", "last_asked"]
    export_headings = {
        "query": _("Query"),
        "language": _("Language"),
        "asked": _("Times asked"),
        "results": _("Most results"),
        "first_asked": _("First asked"),
        "last_asked": _("Last asked"),
    }

    @property
    def columns(self):
        return [
            Column("query", label=_("Query")),
            Column("language", label=_("Language")),
            Column("asked", label=_("Times asked")),
            Column("results", label=_("Most results")),
            Column("last_asked", label=_("Last asked")),
            OpenedColumn("opened", label=_("Opened afterwards")),
            LearnActionsColumn("actions", label=_("Teach the search")),
        ]

    def get_queryset(self):
        return SearchQueryDay.objects.all()

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        return (
            queryset.values("query", "language")
            .annotate(asked=Sum("hits"), results=Max("results"), first_asked=Min("date"), last_asked=Max("date"))
            .filter(results__lte=FEW_RESULTS)
            .order_by("-asked", "query")
        )
