"""Reception days: when citizens can meet the mayor and other officials in person.

One page lists reception hours by position — weekly (the mayor on Friday
afternoon, a deputy mayor on Tuesday and on Friday with different hours),
monthly on the n-th weekday ("the first Tuesday of the month"), or by
appointment only with a place or phone to sign up; hours may be missing
when the municipality publishes none. Each official's next reception is
computed from today and the country's public holidays. Office, cashier and
department opening hours sit beside them (`office_hours.py`). The page and offers the same schedule as a calendar feed and as open
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
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from registry_pages.core.calendar import WorkingDayCalendar, get_calendar, site_country
from registry_pages.core.page_views import build
from registry_pages.core.pages import RegistryBasePage, registry_edit_handler
from registry_pages.directory.models import Position
from registry_pages.directory.public import with_public_positions
from registry_pages.directory.responsibility import load_responsibility
from registry_pages.opendata.routes import OpenDataRoutesMixin
from registry_pages.receptions.office_hours import OfficeHoursBlock
from registry_pages.receptions.patterns import (
    FREQUENCY_CHOICES,
    WEEK_OF_MONTH_CHOICES,
    pattern_label,
)
from registry_pages.receptions.schedule import (
    APPOINTMENT,
    MONTHLY,
    WEEKLY,
    NextReception,
    next_reception,
)

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

    @property
    def sign_up(self) -> str:
        """Where or how to book, from the first slot that says so."""
        return next((slot.sign_up for slot in self.slots if slot.sign_up), "")


class ReceptionDaysPage(OpenDataRoutesMixin, RegistryBasePage):
    """The officials' reception days, with their calendar feed and open data."""


    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link", "ul"],
        help_text=_("How to book an appointment, where the rooms are, what to bring."),
    )

    office_hours = StreamField(
        [("hours", OfficeHoursBlock())],
        verbose_name=_("Office hours"),
        blank=True,
        help_text=_("Opening hours of the office, the cashier or a department, shown beside the receptions."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        InlinePanel("slots", heading=_("Reception hours"), label=_("reception hours"), min_num=0),
        FieldPanel("office_hours", heading=_("Office hours")),
    ]
    edit_handler = registry_edit_handler(content_panels)
    search_fields = RegistryBasePage.search_fields + [
        index.SearchField("intro"),
        index.RelatedFields("slots", [index.SearchField("official_name"), index.SearchField("room")]),
    ]
    api_fields = RegistryBasePage.api_fields + [APIField("intro"), APIField("slots"), APIField("office_hours")]
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

    def office_hours_rows(self) -> list:
        return [block.value for block in self.office_hours or []]

    def schedule(self, request=None):
        """(now, country, groups) as seen by a visitor right now."""
        now = local_now()
        country = site_country(self, request)
        return now, country, self.groups(now.date(), now.time().replace(tzinfo=None), country)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        now, _country, context["groups"] = self.schedule(request)
        context["today"] = now.date()
        context["office_hours"] = self.office_hours_rows()
        load_responsibility(self)
        return context

    # --- downloads ------------------------------------------------------------

    @path("calendar.ics/", name="calendar")
    def calendar_feed(self, request):
        return build(self, "calendar_ics", request)


class ReceptionSlot(TranslatableMixin, Orderable):
    """One reception: a position on a weekday (every week, or the n-th of the month)
    between two times, in a room — or by appointment only, with where to sign up.

    Translatable, so its position follows the page into each language and
    the name, room, sign-up and note can be written for each language.
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
    frequency = models.CharField(_("how often"), max_length=12, choices=FREQUENCY_CHOICES, default=WEEKLY)
    week_of_month = models.SmallIntegerField(
        _("which week of the month"),
        choices=WEEK_OF_MONTH_CHOICES,
        null=True,
        blank=True,
        help_text=_("For a monthly reception: e.g. first for \u201cthe first Monday of the month\u201d."),
    )
    weekday = models.PositiveSmallIntegerField(_("day"), choices=sorted(WEEKDAYS.items()), null=True, blank=True)
    time_from = models.TimeField(_("from"), null=True, blank=True)
    time_to = models.TimeField(_("to"), null=True, blank=True)
    room = models.CharField(_("room"), max_length=100, blank=True)
    by_appointment = models.BooleanField(
        _("by appointment only"), default=False, help_text=_("Citizens must book in advance.")
    )
    sign_up = models.CharField(
        _("where to sign up"),
        max_length=255,
        blank=True,
        help_text=_("A room, an office or a phone number where citizens book, e.g. room 12, tel. 600 10."),
    )
    note = models.CharField(_("note"), max_length=255, blank=True, help_text=_("E.g. an off-site reception."))

    panels = [
        FieldRowPanel([FieldPanel("position"), FieldPanel("official_name")]),
        FieldRowPanel([FieldPanel("frequency"), FieldPanel("week_of_month"), FieldPanel("weekday")]),
        FieldRowPanel([FieldPanel("time_from"), FieldPanel("time_to"), FieldPanel("room")]),
        FieldRowPanel([FieldPanel("by_appointment"), FieldPanel("sign_up")]),
        FieldPanel("note"),
    ]
    api_fields = [
        APIField("position"),
        APIField("official"),
        APIField("frequency"),
        APIField("week_of_month"),
        APIField("weekday"),
        APIField("pattern"),
        APIField("time_from"),
        APIField("time_to"),
        APIField("room"),
        APIField("by_appointment"),
        APIField("sign_up"),
        APIField("note"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order"]
        verbose_name = _("reception hours")
        verbose_name_plural = _("reception hours")
        constraints = [
            models.CheckConstraint(
                condition=Q(time_from__isnull=True) | Q(time_to__isnull=True) | Q(time_from__lt=F("time_to")),
                name="reception_slot_from_before_to",
            )
        ]

    def __str__(self):
        hours = f" {self.time_from:%H:%M}–{self.time_to:%H:%M}" if self.time_from and self.time_to else ""
        return f"{self.official} – {self.pattern}{hours}"

    def clean(self):
        super().clean()
        errors = {}
        if self.time_from and self.time_to and self.time_from >= self.time_to:
            errors["time_to"] = _("The reception must end after it starts.")
        elif bool(self.time_from) != bool(self.time_to):
            errors["time_to" if self.time_from else "time_from"] = _(
                "Give both times, or neither when the hours are not published."
            )
        if self.frequency != APPOINTMENT and self.weekday is None:
            errors["weekday"] = _("Choose the day, or choose \u201cby appointment, no fixed day\u201d.")
        if self.frequency == MONTHLY and self.week_of_month is None:
            errors["week_of_month"] = _("Choose which week of the month, e.g. first.")
        if self.frequency == APPOINTMENT:
            self.by_appointment = True
        if self.frequency != MONTHLY:
            self.week_of_month = None
        if errors:
            raise ValidationError(errors)

    @property
    def pattern(self) -> str:
        """"Tuesday", "first Monday of the month" or "by appointment", in the active language."""
        return pattern_label(self.frequency, self.weekday, self.week_of_month)

    @property
    def has_hours(self) -> bool:
        return bool(self.time_from and self.time_to)

    @property
    def official(self) -> str:
        if self.official_name:
            return self.official_name
        return self.position.holder_name if self.position_id and self.position else ""

