"""Turning a parsed deadline into the next date it falls due.

"м. март" in a plan means "by the end of March", so a month or a quarter is
due on its *last working day*: when the month ends on a weekend or a public
holiday, the due date moves back to the last working day before it, so that
the work is done while the office is open. Recurring deadlines ("тримесечно")
are due at the end of every period; the next one is the end of the current
period, or of the following one once this period's last working day has
passed. A half-year is due at the end of June or December, a year (or the
last year of a span "2025–2026") at the end of December. A season is due on the last working day of its last month (spring:
31 May; winter named 2026: the end of February 2027). Kinds without a date (permanent, ongoing, on update, per schedule)
and unrecognised text have no due date: None, never a guess.
"""

from __future__ import annotations

import datetime

from registry_pages.action_plans.deadlines.types import (
    DEFAULT_WORKING_DAYS,
    DeadlineKind,
    ParsedDeadline,
    Recurrence,
)
from registry_pages.core.calendar import WorkingDayCalendar, get_calendar

_PERIOD_MONTHS = {Recurrence.MONTHLY: 1, Recurrence.QUARTERLY: 3, Recurrence.YEARLY: 12}


def _month_end(year: int, month: int) -> datetime.date:
    first_of_next = datetime.date(year + month // 12, month % 12 + 1, 1)
    return first_of_next - datetime.timedelta(days=1)


def last_working_day_of_month(year: int, month: int, calendar: WorkingDayCalendar) -> datetime.date:
    return calendar.last_working_day_on_or_before(_month_end(year, month))


def _period_end(day: datetime.date, months: int) -> tuple[int, int]:
    """(year, last month) of the monthly / quarterly / yearly period containing `day`."""
    last_month = ((day.month - 1) // months + 1) * months
    return day.year, last_month


def next_due_date(
    parsed: ParsedDeadline,
    *,
    today: datetime.date,
    calendar: WorkingDayCalendar,
    start: datetime.date | None = None,
    plan_year: int | None = None,
) -> datetime.date | None:
    """The date `parsed` is due, or None when it has none.

    `plan_year` is used for a month or quarter written without a year (a year
    found in the text itself wins). `start` is the day of the resolution for
    deadlines in working days; without it they cannot be dated.
    """
    kind = parsed.kind
    if kind == DeadlineKind.DATE:
        return parsed.date
    if kind in (DeadlineKind.MONTH, DeadlineKind.QUARTER):
        year = parsed.year or plan_year
        if year is None:
            return None
        month = parsed.month if kind == DeadlineKind.MONTH else parsed.quarter * 3
        return last_working_day_of_month(year, month, calendar)
    if kind in (DeadlineKind.HALF_YEAR, DeadlineKind.YEAR):
        year = parsed.year or plan_year
        if year is None:
            return None
        return last_working_day_of_month(year, 6 if parsed.half == 1 else 12, calendar)
    if kind == DeadlineKind.SEASON:
        year = parsed.year or plan_year
        if year is None:
            return None
        return last_working_day_of_month(parsed.season.end_year(year), parsed.season.last_month, calendar)
    if kind == DeadlineKind.RECURRING and parsed.recurrence in _PERIOD_MONTHS:
        months = _PERIOD_MONTHS[parsed.recurrence]
        year, month = _period_end(today, months)
        due = last_working_day_of_month(year, month, calendar)
        if due < today:
            next_period = _month_end(year, month) + datetime.timedelta(days=1)
            due = last_working_day_of_month(*_period_end(next_period, months), calendar)
        return due
    if kind == DeadlineKind.WORKING_DAYS and start is not None:
        return calendar.add_working_days(start, parsed.working_days)
    return None


def is_overdue(due: datetime.date | None, today: datetime.date, done: bool) -> bool:
    """True when an unfinished task's due date has passed (a task due today is not yet overdue)."""
    return not done and due is not None and today > due


def default_due_date(resolution_date: datetime.date, country: str) -> datetime.date:
    """Art. 28: a task set without a deadline is due 7 working days after the resolution."""
    return get_calendar(country.upper()).add_working_days(resolution_date, DEFAULT_WORKING_DAYS)
