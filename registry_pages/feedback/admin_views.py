"""Admin: the feedback report (per service and quarter, CSV/XLSX) and comment moderation.

The report counts the comments of each service and quarter and links the count to
the comments themselves: the moderation listing, filtered to that service (in every
language) and quarter, paginated, with each comment's full text, its language and
status. The link is shown to whoever may read the comments (PR experts,
administrators: `view_servicefeedback`). The listing exports its comments too.
"""

import django_filters
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, StatusTagColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.views.reports import ReportView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import Locale
from wagtail.permission_policies import ModelPermissionPolicy

from registry_pages.core.spreadsheets import SafeSpreadsheetExportMixin
from registry_pages.feedback.results import Quarter, quarterly_results
from registry_pages.models import ServiceCardPage, ServiceFeedback

COMMENTS_URL_NAME = "service_feedback:index"


class CommentsColumn(Column):
    """The number of comments, linking to them when the user may read them."""

    cell_template_name = "registry_pages/admin/link_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        count = instance.comments
        context["text"] = ngettext("%(count)d comment", "%(count)d comments", count) % {"count": count}
        user = parent_context["request"].user
        if count and instance.card_id and user.has_perm("registry_pages.view_servicefeedback"):
            query = urlencode({"service": instance.card_id, "quarter": instance.quarter_label})
            context["url"] = f"{reverse(COMMENTS_URL_NAME)}?{query}"
        return context


class FeedbackReportView(SafeSpreadsheetExportMixin, ReportView):
    """Answers per service and quarter, counted across languages, named in the default language."""

    page_title = _("Service feedback")
    header_icon = "comment"
    index_url_name = "registry_pages_feedback:report"
    index_results_url_name = "registry_pages_feedback:report_results"
    export_filename = "service-feedback"
    list_export = ["quarter_label", "service", "helpful", "not_helpful", "total", "helpful_percent", "comments"]
    export_headings = {
        "quarter_label": _("Quarter"),
        "service": _("Service"),
        "helpful": _("Helpful"),
        "not_helpful": _("Not helpful"),
        "total": _("Answers"),
        "helpful_percent": _("Share helpful (%)"),
        "comments": _("Comments"),
    }
    columns = [
        Column("quarter_label", label=_("Quarter")),
        Column("service", label=_("Service")),
        Column("helpful", label=_("Helpful")),
        Column("not_helpful", label=_("Not helpful")),
        Column("total", label=_("Answers")),
        Column("helpful_percent", label=_("Share helpful (%)")),
        CommentsColumn("comments", label=_("Comments")),
    ]

    def get_queryset(self):
        return quarterly_results(Locale.get_default().pk)


class FeedbackPermissionPolicy(ModelPermissionPolicy):
    """Feedback comes from citizens only: nobody adds it in the admin."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class FeedbackFilterSet(WagtailFilterSet):
    """The moderation listing's filters, with the report's: a service (all its languages) and a quarter."""

    service = django_filters.ModelChoiceFilter(
        label=_("Service"), method="filter_service",
        queryset=lambda request: ServiceCardPage.objects.filter(locale=Locale.get_default()).order_by("title"),
    )
    quarter = django_filters.CharFilter(label=_("Quarter (e.g. 2026-Q1)"), method="filter_quarter")

    class Meta:
        model = ServiceFeedback
        fields = ["status", "helpful", "language", "created_at"]

    def filter_service(self, queryset, name, value):
        return queryset.filter(page__translation_key=value.translation_key) if value else queryset

    def filter_quarter(self, queryset, name, value):
        quarter = Quarter.parse(value)
        if quarter is None:
            return queryset
        start, end = quarter.bounds()
        return queryset.filter(created_at__gte=start, created_at__lt=end)


class FeedbackIndexView(SafeSpreadsheetExportMixin, IndexView):
    """The comments listing (answers without a comment are only counted, in the report); its
    CSV/XLSX export is formula-safe and starts with the UTF-8 mark."""

    def get_base_queryset(self):
        return super().get_base_queryset().exclude(comment="").select_related("page")


class FeedbackModerationViewSet(ModelViewSet):
    """Read, approve or reject comments; only approved ones are public."""

    model = ServiceFeedback
    icon = "comment"
    menu_label = _("Feedback comments")
    add_to_admin_menu = True
    menu_order = 290
    url_prefix = "service-feedback"
    index_view_class = FeedbackIndexView
    form_fields = ["status"]
    list_display = [
        "comment",
        Column("page", label=_("Service card"), accessor="page.title"),
        "helpful",
        "language",
        "created_at",
        StatusTagColumn("status", label=_("Comment status"), accessor="get_status_display", primary=lambda o: o.status == "approved"),
    ]
    filterset_class = FeedbackFilterSet
    list_export = ["created_at", "page.title", "language", "helpful", "comment", "get_status_display"]
    export_headings = {
        "created_at": _("received at"),
        "page.title": _("Service card"),
        "language": _("language"),
        "helpful": _("helpful"),
        "comment": _("comment"),
        "get_status_display": _("Comment status"),
    }
    export_filename = "service-feedback-comments"
    search_fields = ["comment"]
    ordering = ["-created_at"]
    inspect_view_enabled = True
