"""Admin: synonym sets as a (moderated) snippet, and the "searches with few results" report with its actions."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .learn import PrefilledSynonymCreateView, attach_phrase
from .models import SynonymSet
from .report import UnansweredQueriesReportView


class SynonymSetViewSet(SnippetViewSet):
    model = SynonymSet
    icon = "search"
    menu_label = _("Search synonyms")
    list_display = ["__str__", "note"]
    search_fields = ["terms"]
    add_view_class = PrefilledSynonymCreateView  # ?terms= from the report's "Add as synonym"


register_snippet(SynonymSetViewSet)


@hooks.register("register_admin_urls")
def register_search_report_urls():
    urls = [
        path("", UnansweredQueriesReportView.as_view(), name="unanswered"),
        path("results/", UnansweredQueriesReportView.as_view(results_only=True), name="unanswered_results"),
        path("attach/", attach_phrase, name="attach"),
    ]
    return [path("reports/searches-with-few-results/", include((urls, "search_reports")))]


@hooks.register("register_reports_menu_item")
def register_unanswered_report():
    return MenuItem(
        _("Searches with few results"),
        reverse("search_reports:unanswered"),
        name="searches-with-few-results",
        icon_name="search",
        order=820,
    )
