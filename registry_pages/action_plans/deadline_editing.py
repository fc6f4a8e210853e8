"""The editor's view of an action item's deadline: how it was read, and a new item due in the past refused.

Below the deadline field the editor sees what the portal read in it, in the
editor's language: the kind of deadline (for a season, which season and
its months), the date it falls due, whether that
date moved to the last working day before a weekend or a holiday, or that
nothing could be read (the text is then kept as written, with no due date,
reminder or overdue mark). The reading is of the text in the form, so it is
shown again after every save or refused save.

A *new* item whose deadline has already passed would be shown to citizens as
overdue on the day it is published; saving it is refused with the date, unless
it is created as done or cancelled (a plan entered after the fact).
"""

from __future__ import annotations

import calendar as month_calendar
import datetime
from dataclasses import dataclass

from django.conf import settings
from django.utils import formats, timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel

from registry_pages.action_plans.deadlines.parser import parse_deadline
from registry_pages.action_plans.deadlines.schedule import next_due_date
from registry_pages.action_plans.deadlines.types import (
    DeadlineKind,
    ParsedDeadline,
    Season,
)
from registry_pages.core.calendar import site_calendar
from registry_pages.core.page_slugs import RegistryPageForm

__all__ = ["DeadlineReading", "read_deadline", "reading_for", "reading_lines", "DeadlineReadingPanel", "ActionItemForm", "today"]

CLOSED = ("done", "cancelled")  # ActionItemStatus.DONE / CANCELLED (items.py imports this module)


def today() -> datetime.date:
    """Today in the site's time zone (tests replace it)."""
    return timezone.localdate()


@dataclass(frozen=True)
class DeadlineReading:
    """What the parser read in a deadline and the date it falls due, as the editor is told."""

    parsed: ParsedDeadline
    due: datetime.date | None
    period_end: datetime.date | None  # the month's (season's) last day, when the due date moved back from it
    needs_start: bool  # a deadline in working days with no start date (assigned on / the plan's act)
    past: bool
    plan_year: int | None = None

    @property
    def recognised(self) -> bool:
        return self.parsed.recognised

    @property
    def moved(self) -> bool:
        return self.period_end is not None and self.due is not None and self.period_end != self.due


def read_deadline(text, *, language, plan_year, start, on, working_days) -> DeadlineReading:
    """Read `text` as the item's page would (in `language`, months in `plan_year`) on the day `on`."""
    parsed = parse_deadline(text or "", language, plan_year)
    due = next_due_date(parsed, today=on, calendar=working_days, start=start, plan_year=plan_year)
    period_end = None
    if due is not None and parsed.kind in (
        DeadlineKind.MONTH, DeadlineKind.QUARTER, DeadlineKind.SEASON, DeadlineKind.RECURRING,
        DeadlineKind.HALF_YEAR, DeadlineKind.YEAR,
    ):
        period_end = due.replace(day=month_calendar.monthrange(due.year, due.month)[1])
    needs_start = parsed.kind == DeadlineKind.WORKING_DAYS and start is None
    return DeadlineReading(parsed, due, period_end, needs_start, past=due is not None and due < on, plan_year=plan_year)


def _date(day: datetime.date) -> str:
    return formats.date_format(day, "DATE_FORMAT")


def season_span(season: Season, year: int) -> tuple[datetime.date, datetime.date]:
    """The first and last day of `season` named by `year` (winter 2026: 1 Dec 2026 – end of Feb 2027)."""
    end_year = season.end_year(year)
    return (datetime.date(year, season.first_month, 1),
            datetime.date(end_year, season.last_month, month_calendar.monthrange(end_year, season.last_month)[1]))


def season_line(parsed: ParsedDeadline, plan_year: int | None) -> str:
    """The season read, with its months when the year is known: "spring 2026: 1 March 2026 – 31 May 2026"."""
    year = parsed.year or plan_year
    if year is None:
        return gettext("Season: %(season)s (no year known).") % {"season": parsed.season.label}
    start, end = season_span(parsed.season, year)
    years = f"{year}/{year + 1}" if parsed.season is Season.WINTER else str(year)
    return gettext("Season: %(season)s %(years)s, from %(start)s to %(end)s.") % {
        "season": parsed.season.label, "years": years, "start": _date(start), "end": _date(end),
    }


def reading_for(text, *, language, plan, assigned_on=None) -> DeadlineReading:
    """The reading of a deadline `text` of an item of `plan` (or of no plan yet), today."""
    plan_year = plan.period_start if plan is not None else None
    start = assigned_on or (plan.adopted_on if plan is not None else None)
    working_days = site_calendar(plan if plan is not None and plan.pk else None)
    return read_deadline(text, language=language, plan_year=plan_year, start=start, on=today(),
                         working_days=working_days)


def reading_of(item, plan) -> DeadlineReading:
    """The reading of `item`'s deadline text as it stands (saved or not), under `plan`."""
    language = item.locale.language_code if item.locale_id else settings.LANGUAGE_CODE
    return reading_for(item.deadline_text, language=language, plan=plan, assigned_on=item.assigned_on)


def reading_lines(reading: DeadlineReading) -> list[tuple[str, str]]:
    """(level, sentence) pairs: "info" for what was read, "warning" for what the editor should fix."""
    parsed, lines = reading.parsed, []
    if not reading.recognised:
        return [("warning", gettext(
            "This deadline was not recognised: it is shown as written, with no due date, reminder or overdue "
            "mark. Write e.g. “by the end of March”, “31.03.2026”, “quarterly”, “10 working days” or “permanent”."
        ))]
    if parsed.defaulted:
        lines.append(("info", gettext("No deadline written: 7 working days from the day the task was set (Art. 28).")))
    else:
        lines.append(("info", gettext("Read as: %(kind)s.") % {"kind": parsed.label}))
    if parsed.kind == DeadlineKind.SEASON:
        lines.append(("info", season_line(parsed, reading.plan_year)))
    if reading.needs_start:
        lines.append(("warning", gettext(
            "Days are counted from the day the task was set: fill in “assigned on” or the date of the act "
            "that adopted the plan, or no due date can be given."
        )))
    if reading.due is None and not reading.needs_start:
        if parsed.kind in (DeadlineKind.MONTH, DeadlineKind.QUARTER, DeadlineKind.HALF_YEAR, DeadlineKind.YEAR):
            lines.append(("warning", gettext("No year is known for this month: set the plan's year.")))
        elif parsed.kind == DeadlineKind.SEASON:
            lines.append(("warning", gettext("No year is known for this season: set the plan's year.")))
        else:
            lines.append(("info", gettext("No due date: the item is never shown as overdue.")))
    if reading.due is not None:
        lines.append(("info", gettext("Due on %(date)s.") % {"date": _date(reading.due)}))
    if reading.moved:
        lines.append(("info", gettext(
            "%(end)s is not a working day, so the item is due on the last working day before it."
        ) % {"end": _date(reading.period_end)}))
    if reading.past:
        lines.append(("warning", gettext("This date has passed: the item is shown as overdue until it is done.")))
    return lines


class DeadlineReadingPanel(Panel):
    """Read-only: how the item's deadline was read (shown under the deadline field).

    Rendered with the form, so it tells the reading after every save; with
    JavaScript it is read again as the editor types (`deadline_reading_view`).
    """

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("heading", _("How the deadline was read"))
        super().__init__(*args, **kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "registry_pages/admin/deadline_reading.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            item = self.instance
            plan = item.plan() if item.pk else getattr(self.form, "parent_page", None)
            plan = getattr(plan, "specific", plan)
            plan = plan if hasattr(plan, "period_start") else None
            context["lines"] = reading_lines(reading_of(item, plan))
            context["plan_id"] = plan.pk if plan is not None else ""
            context["language"] = item.locale.language_code if item.locale_id else settings.LANGUAGE_CODE
            return context


class ActionItemForm(RegistryPageForm):
    """The item's editor form: a new, open item due in the past is refused."""

    def clean(self):
        cleaned_data = super().clean()
        if self.instance.pk is not None or cleaned_data.get("status") in CLOSED or self.parent_page is None:
            return cleaned_data
        plan = self.parent_page.specific
        if not hasattr(plan, "period_start"):
            return cleaned_data
        item = self.instance
        item.deadline_text = cleaned_data.get("deadline_text") or ""
        item.assigned_on = cleaned_data.get("assigned_on")
        reading = reading_of(item, plan)
        if reading.past:
            self.add_error("deadline_text", gettext(
                "This deadline fell due on %(date)s, before today: a new item would be shown as overdue from "
                "its first day. Write the deadline that applies now, or set the status to done or cancelled."
            ) % {"date": _date(reading.due)})
        return cleaned_data
