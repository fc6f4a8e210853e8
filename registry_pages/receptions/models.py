"""Reception days: when citizens can meet the mayor and other officials in person.

One page lists weekly reception hours by position (the mayor on Friday
afternoon, a deputy mayor on Tuesday and on Friday with different hours),
with each official's next reception computed from today and the country's
public holidays, and offers the same schedule as a calendar feed and as open
data. Rows name the *position*, not a person, because officials change and
the position stays; the official's name is optional and falls back to the
position's current holder.
"""

from dataclasses import dataclass, field
from functools import lru_cache

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.dates import WEEKDAYS
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from registry_pages.core.calendar import WorkingDayCalendar, get_calendar, site_country
from registry_pages.core.page_views import build
from registry_pages.core.pages import RegistryBasePage, registry_edit_handler
from registry_pages.directory.models import Position
from registry_pages.directory.public import with_public_positions
from registry_pages.directory.responsibility import load_responsibility
from registry_pages.opendata.routes import OpenDataRoutesMixin
from registry_pages.receptions.schedule import NextReception, next_reception

__all__ = ["ReceptionDaysPage", "ReceptionSlot", "ReceptionGroup"]


def local_now():
    """Now in the site's time zone (settings.TIME_ZONE); tests replace it."""
    return timezone.localtime()


@lru_cache(maxsize=16)
def holiday_names(country: str, language: str) -> WorkingDayCalendar:
    """A calendar naming holidays in the page's language (cached per process)."""
    return WorkingDayCalendar(country, language)


@dataclass
class ReceptionGroup:
    """One official's rows: position, name and weekly slots, plus the next date."""

    position: Position
    official: str
    slots: list = field(default_factory=list)
    next: NextReception | None = None
    skipped_named: list = field(default_factory=list)

    @property
    def department(self):
        return self.position.department if self.position else None


class ReceptionDaysPage(OpenDataRoutesMixin, RegistryBasePage):
    """The officials' reception days, with their calendar feed and open data."""


    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link", "ul"],
        help_text=_("How to book an appointment, where the rooms are, what to bring."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        InlinePanel("slots", heading=_("Reception hours"), label=_("reception hours"), min_num=0),
    ]
    edit_handler = registry_edit_handler(content_panels)
    search_fields = RegistryBasePage.search_fields + [
        index.SearchField("intro"),
        index.RelatedFields("slots", [index.SearchField("official_name"), index.SearchField("room")]),
    ]
    api_fields = RegistryBasePage.api_fields + [APIField("intro"), APIField("slots")]
    subpage_types: list[str] = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("reception days")
        verbose_name_plural = _("reception days pages")

    # --- data -----------------------------------------------------------------

    def slot_rows(self) -> list["ReceptionSlot"]:
        """The rows, with positions shown in this page's language (two queries).

        Only approved positions are shown (an unapproved translation falls
        back to an approved one); a row whose position was never approved is
        left out, and so is a department not approved yet.
        """
        rows = list(self.slots.select_related("position__department").order_by("sort_order", "pk"))
        return with_public_positions(rows, self.locale_id)

    def groups(self, today=None, now=None, country="BG") -> list[ReceptionGroup]:
        """Rows grouped by official (position + name), each with the next reception."""
        groups: dict[tuple, ReceptionGroup] = {}
        for row in self.slot_rows():
            key = (row.position_id, row.official)
            if key not in groups:
                groups[key] = ReceptionGroup(position=row.position, official=row.official)
            groups[key].slots.append(row)
        result = list(groups.values())
        if today is not None:
            named = holiday_names(country, self.locale.language_code)
            calendar = get_calendar(country)
            for group in result:
                group.next = next_reception(group.slots, today, now, calendar.holiday_name)
                if group.next:
                    group.skipped_named = [(s.day, named.holiday_name(s.day) or s.name) for s in group.next.skipped]
        return result

    def schedule(self, request=None):
        """(now, country, groups) as seen by a visitor right now."""
        now = local_now()
        country = site_country(self, request)
        return now, country, self.groups(now.date(), now.time().replace(tzinfo=None), country)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        now, _country, context["groups"] = self.schedule(request)
        context["today"] = now.date()
        load_responsibility(self)
        return context

    # --- downloads ------------------------------------------------------------

    @path("calendar.ics/", name="calendar")
    def calendar_feed(self, request):
        return build(self, "calendar_ics", request)


class ReceptionSlot(TranslatableMixin, Orderable):
    """One weekly reception: a position on a weekday between two times, in a room.

    Translatable, so its position follows the page into each language and
    the name, room and note can be written for each language.
    """

    page = ParentalKey(ReceptionDaysPage, on_delete=models.CASCADE, related_name="slots")
    position = models.ForeignKey(
        Position, verbose_name=_("position"), on_delete=models.PROTECT, related_name="reception_slots"
    )
    official_name = models.CharField(
        _("official's name"),
        max_length=255,
        blank=True,
        help_text=_("Optional: leave empty to show the position's current holder."),
    )
    weekday = models.PositiveSmallIntegerField(_("day"), choices=sorted(WEEKDAYS.items()))
    time_from = models.TimeField(_("from"))
    time_to = models.TimeField(_("to"))
    room = models.CharField(_("room"), max_length=100, blank=True)
    by_appointment = models.BooleanField(
        _("by appointment only"), default=False, help_text=_("Citizens must book in advance.")
    )
    note = models.CharField(_("note"), max_length=255, blank=True, help_text=_("E.g. how to book, or an off-site reception."))

    panels = [
        FieldRowPanel([FieldPanel("position"), FieldPanel("official_name")]),
        FieldRowPanel([FieldPanel("weekday"), FieldPanel("time_from"), FieldPanel("time_to")]),
        FieldRowPanel([FieldPanel("room"), FieldPanel("by_appointment")]),
        FieldPanel("note"),
    ]
    api_fields = [
        APIField("position"),
        APIField("official"),
        APIField("weekday"),
        APIField("time_from"),
        APIField("time_to"),
        APIField("room"),
        APIField("by_appointment"),
        APIField("note"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order"]
        verbose_name = _("reception hours")
        verbose_name_plural = _("reception hours")
        constraints = [
            models.CheckConstraint(condition=Q(time_from__lt=F("time_to")), name="reception_slot_from_before_to")
        ]

    def __str__(self):
        return f"{self.official} – {self.get_weekday_display()} {self.time_from:%H:%M}–{self.time_to:%H:%M}"

    def clean(self):
        super().clean()
        if self.time_from and self.time_to and self.time_from >= self.time_to:
            raise ValidationError({"time_to": _("The reception must end after it starts.")})

    @property
    def official(self) -> str:
        if self.official_name:
            return self.official_name
        return self.position.holder_name if self.position_id and self.position else ""
