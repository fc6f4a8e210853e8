"""Admin hooks of the satisfaction feedback: report (Reports menu) and comment moderation."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permissions import register_permission_policy

from registry_pages.feedback.admin_views import (
    FeedbackModerationViewSet,
    FeedbackPermissionPolicy,
    FeedbackReportView,
)
from registry_pages.models import ServiceFeedback

register_permission_policy(ServiceFeedback, FeedbackPermissionPolicy(ServiceFeedback), exact_class=True)


@hooks.register("register_admin_urls")
def register_feedback_report_urls():
    urls = [
        path("report/", FeedbackReportView.as_view(), name="report"),
        path("report/results/", FeedbackReportView.as_view(results_only=True), name="report_results"),
    ]
    return [path("service-feedback-report/", include((urls, "registry_pages_feedback")))]


@hooks.register("register_reports_menu_item")
def register_feedback_report():
    return MenuItem(
        _("Service feedback"), reverse("registry_pages_feedback:report"), name="service-feedback", icon_name="comment", order=820
    )


@hooks.register("register_admin_viewset")
def register_feedback_moderation():
    return FeedbackModerationViewSet("service_feedback")
