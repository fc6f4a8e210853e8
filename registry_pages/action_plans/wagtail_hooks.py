"""Admin hooks of action plans: the items report, the monthly summary, the dashboard panel, the deadline reading."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from registry_pages.action_plans.admin_views import (
    ActionItemsDuePanel,
    ActionItemsReportView,
    MonthlySummaryView,
    deadline_reading_view,
)


@hooks.register("register_admin_urls")
def register_action_plan_urls():
    urls = [
        path("report/", ActionItemsReportView.as_view(), name="report"),
        path("report/results/", ActionItemsReportView.as_view(results_only=True), name="report_results"),
        path("monthly/", MonthlySummaryView.as_view(), name="monthly"),
        path("deadline-reading/", deadline_reading_view, name="deadline_reading"),
    ]
    return [path("action-items/", include((urls, "registry_pages_action_plans")))]


@hooks.register("register_reports_menu_item")
def register_action_items_report():
    return MenuItem(_("Action items"), reverse("registry_pages_action_plans:report"), name="action-items",
                    icon_name="tasks", order=820)


@hooks.register("register_reports_menu_item")
def register_monthly_summary():
    return MenuItem(_("Action items: monthly summary"), reverse("registry_pages_action_plans:monthly"),
                    name="action-items-monthly", icon_name="date", order=821)


@hooks.register("construct_homepage_panels")
def add_action_items_panel(request, panels):
    panels.append(ActionItemsDuePanel(request.user))
