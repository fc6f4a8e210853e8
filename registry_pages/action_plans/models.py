"""Action plans: numbered items, optionally under themes of up to three levels, each with owners and a deadline.

A plan ("План за ефективно и прозрачно управление", 2026) is adopted by an
act, owned by a body and grouped into numbered themes ("1. Transparency …").
Themes are optional inline rows of the plan that keep the number the plan gives them,
with a level (direction → goal → task) so a plan of four levels keeps its outline;
the tasks are child pages (`ActionItemPage`, in `items.py`), so each has
its own address, history and approval like any published page. The plan page
lists the items by theme with filters by owner and status, a progress chart,
and offers the deadlines as calendar feeds and the items as open data.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import OuterRef, Subquery
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from registry_pages.core.blocks import LegalActBlock
from registry_pages.core.page_views import BuiltContextMixin, build
from registry_pages.core.pages import (
    RegistryBasePage,
    SingleTypeChildrenMixin,
    registry_edit_handler,
)
from registry_pages.opendata.routes import OpenDataRoutesMixin

__all__ = ["ActionPlanPage", "ActionPlanTheme", "ThemeLevel"]


class ActionPlanPage(BuiltContextMixin, OpenDataRoutesMixin, SingleTypeChildrenMixin, RegistryBasePage):
    """One action plan for a period; its children are the action items."""


    period_start = models.PositiveSmallIntegerField(
        _("from year"), help_text=_("Months written without a year (“м. март”) fall in this year.")
    )
    period_end = models.PositiveSmallIntegerField(_("to year"), null=True, blank=True)
    adopting_act = StreamField(
        [("act", LegalActBlock())],
        verbose_name=_("adopted by"),
        blank=True,
        max_num=1,
        help_text=_("The decision or order that adopted the plan: number, date and the body that adopted it."),
    )
    owning_body = models.CharField(
        _("owned by"), max_length=255, blank=True, help_text=_("The body responsible for the plan as a whole.")
    )
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link", "ul", "ol"])

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("period_start"), FieldPanel("period_end")], heading=_("Period")),
        FieldPanel("adopting_act"),
        FieldPanel("owning_body"),
        FieldPanel("intro"),
        InlinePanel("themes", heading=_("Themes (optional: a plan numbered 1, 2, 3 has none)"), label=_("theme"),
                    min_num=0),
    ]
    edit_handler = registry_edit_handler(content_panels)
    search_fields = RegistryBasePage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("owning_body"),
        index.FilterField("period_start"),
        index.RelatedFields("themes", [index.SearchField("title")]),
    ]
    api_fields = RegistryBasePage.api_fields + [
        APIField("period_start"),
        APIField("period_end"),
        APIField("adopting_act"),
        APIField("owning_body"),
        APIField("intro"),
        APIField("themes"),
    ]
    override_translatable_fields = [SynchronizedField("period_start"), SynchronizedField("period_end")]
    subpage_types = ["registry_pages.ActionItemPage"]

    class Meta:
        verbose_name = _("action plan")
        verbose_name_plural = _("action plans")

    def clean(self):
        super().clean()
        if self.period_end and self.period_start and self.period_end < self.period_start:
            raise ValidationError({"period_end": _("The plan cannot end before it starts.")})

    def single_type_children(self, model):
        """An item is read with its theme's title, so the item page needs no query for it."""
        theme = ActionPlanTheme.objects.filter(plan_id=self.pk, number=OuterRef("theme_number")).values("title")[:1]
        return super().single_type_children(model).annotate(theme_title=Subquery(theme))

    @property
    def period(self) -> str:
        if self.period_end and self.period_end != self.period_start:
            return f"{self.period_start}–{self.period_end}"
        return str(self.period_start or "")

    @property
    def adopted_on(self):
        """The date of the adopting act, if given (the start of tasks set in days)."""
        for block in self.adopting_act or []:
            return block.value.get("date")
        return None

    # --- downloads ------------------------------------------------------------

    @path("deadlines.ics/", name="deadlines")
    def deadlines_feed(self, request):
        return build(self, "deadlines_ics", request)

    @path("deadlines/<int:position_id>.ics/", name="owner_deadlines")
    def owner_deadlines_feed(self, request, position_id):
        return build(self, "deadlines_ics", request, position_id=position_id)


class ThemeLevel(models.IntegerChoices):
    """How deep a heading of the plan sits: a plan of four levels has directions, goals and tasks
    above its measures (the items); a plan of themes and items uses level 1 only."""

    DIRECTION = 1, _("Theme or direction")
    GOAL = 2, _("Goal")
    TASK = 3, _("Task")


class ActionPlanTheme(TranslatableMixin, Orderable):
    """A numbered heading of the plan ("1. Transparency in the administration's work"), at a level:
    the rows in order form the plan's outline (direction → goal → task), the items hang under the last."""

    plan = ParentalKey(ActionPlanPage, on_delete=models.CASCADE, related_name="themes")
    number = models.CharField(_("number"), max_length=20, help_text=_("As the plan writes it, e.g. 1, 1.2 or IV."))
    title = models.CharField(_("title"), max_length=500)
    level = models.PositiveSmallIntegerField(_("level"), choices=ThemeLevel.choices, default=ThemeLevel.DIRECTION)

    panels = [FieldRowPanel([FieldPanel("number"), FieldPanel("title"), FieldPanel("level")])]
    api_fields = [APIField("number"), APIField("title"), APIField("level")]
    override_translatable_fields = [SynchronizedField("number"), SynchronizedField("level")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order"]
        verbose_name = _("theme")
        verbose_name_plural = _("themes")

    def __str__(self):
        return f"{self.number}. {self.title}"
