"""Admin: the feedback report (per service and quarter, CSV/XLSX) and comment moderation."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, StatusTagColumn
from wagtail.admin.views.reports import ReportView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import Locale
from wagtail.permission_policies import ModelPermissionPolicy

from registry_pages.core.spreadsheets import SafeSpreadsheetExportMixin
from registry_pages.feedback.results import quarterly_results
from registry_pages.models import ServiceFeedback


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
        Column("comments", label=_("Comments")),
    ]

    def get_queryset(self):
        return quarterly_results(Locale.get_default().pk)


class FeedbackPermissionPolicy(ModelPermissionPolicy):
    """Feedback comes from citizens only: nobody adds it in the admin."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class FeedbackModerationViewSet(ModelViewSet):
    """Approve or reject comments; only approved ones are public."""

    model = ServiceFeedback
    icon = "comment"
    menu_label = _("Feedback comments")
    add_to_admin_menu = True
    menu_order = 290
    url_prefix = "service-feedback"
    form_fields = ["status"]
    list_display = [
        "comment",
        Column("page", label=_("Service card"), accessor="page.title"),
        "helpful",
        "language",
        "created_at",
        StatusTagColumn("status", label=_("Comment status"), accessor="get_status_display", primary=lambda o: o.status == "approved"),
    ]
    list_filter = ["status", "helpful", "language", "created_at"]
    search_fields = ["comment"]
    ordering = ["-created_at"]
    inspect_view_enabled = True

    def get_queryset(self, request):
        return ServiceFeedback.objects.exclude(comment="").select_related("page")
