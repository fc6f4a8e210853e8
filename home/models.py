"""The portal's home page: the search, what citizens most often need (home/top_tasks.py) and the way into each register."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from home import top_tasks
from home.section_blurbs import with_blurbs
from registry_pages.core.json_ld import organization_json_ld
from registry_pages.core.search_terms import extra_search_terms


class HomePage(Page):
    """One per language tree. Its sections are its live children shown in menus."""

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link", "ul"],
        help_text=_("A short welcome: what citizens find on this portal."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("extra_search_terms")]
    api_fields = [APIField("intro")]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def extra_search_terms(self) -> str:
        return extra_search_terms(self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["json_ld"] = organization_json_ld(self, request)
        context["sections"] = with_blurbs(self.get_children().live().public().in_menu())  # title, url, description only: no .specific() (one query per page type)
        context["top_services"] = top_tasks.top_services(self.locale)
        context["receptions"] = top_tasks.next_receptions(self.locale, request)
        context["changes"] = top_tasks.latest_changes(self.locale)
        context["plan_progress"] = top_tasks.plan_progress(self.locale)
        return context
