"""When is an official's next reception? Pure date logic, no database.

Reception days come in three patterns: weekly ("Tuesday 8:30–12:00"),
monthly on the n-th weekday ("the first Monday of the month", "the last
Friday") and by appointment only, with no fixed day. Some are published
without hours ("Wednesday, by appointment"). A reception that falls on a
public holiday does not take place; citizens planning a trip to the town
hall need the next date that *does*, and to know why the obvious one was
skipped — for a monthly reception that is the same weekday of the *next*
month, not the next day. Everything here takes `today` and the current time
as arguments, so the page, the calendar feed and the tests agree.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Protocol

ONE_DAY = datetime.timedelta(days=1)
HORIZON_DAYS = 366
ICAL_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")

WEEKLY = "weekly"
MONTHLY = "monthly"
APPOINTMENT = "appointment"
LAST = -1  # week_of_month of "the last Friday of the month"

HolidayLookup = Callable[[datetime.date], "str | None"]


class WeeklySlot(Protocol):
    """Anything with a weekday (0 = Monday) and a start and end time (either may be None).

    Optional: `frequency` (WEEKLY, MONTHLY or APPOINTMENT; WEEKLY when absent)
    and `week_of_month` (1–5, or LAST) for monthly receptions.
    """

    weekday: int | None
    time_from: datetime.time | None
    time_to: datetime.time | None


@dataclass(frozen=True)
class SkippedHoliday:
    day: datetime.date
    name: str


@dataclass(frozen=True)
class NextReception:
    day: datetime.date
    slot: WeeklySlot
    skipped: tuple[SkippedHoliday, ...] = field(default=())

    @property
    def start(self) -> datetime.datetime:
        return datetime.datetime.combine(self.day, self.slot.time_from or datetime.time.min)

    @property
    def end(self) -> datetime.datetime:
        return datetime.datetime.combine(self.day, self.slot.time_to or datetime.time.max)


def no_holidays(day: datetime.date) -> None:
    return None


def frequency_of(slot) -> str:
    return getattr(slot, "frequency", None) or WEEKLY


def nth_weekday(year: int, month: int, weekday: int, n: int) -> datetime.date | None:
    """The n-th `weekday` of the month (n = 1…5, or LAST); None when the month has no such day."""
    if n == LAST:
        following = datetime.date(year + month // 12, month % 12 + 1, 1)
        last = following - ONE_DAY
        return last - ((last.weekday() - weekday) % 7) * ONE_DAY
    first = datetime.date(year, month, 1)
    day = first + ((weekday - first.weekday()) % 7 + 7 * (n - 1)) * ONE_DAY
    return day if day.month == month else None


def occurs_on(slot, day: datetime.date) -> bool:
    """Whether the slot's pattern puts a reception on `day` (holidays not considered)."""
    frequency = frequency_of(slot)
    if frequency == APPOINTMENT or slot.weekday is None or day.weekday() != slot.weekday:
        return False
    if frequency == MONTHLY:
        n = getattr(slot, "week_of_month", None)
        return n is not None and nth_weekday(day.year, day.month, slot.weekday, n) == day
    return True


def occurrences(slot, start: datetime.date, end: datetime.date) -> Iterator[datetime.date]:
    """Days from `start` to `end` (inclusive) with a reception of this slot."""
    if frequency_of(slot) == APPOINTMENT or slot.weekday is None:
        return
    day = first_on_or_after(slot.weekday, start)
    while day <= end:
        if occurs_on(slot, day):
            yield day
        day += 7 * ONE_DAY


def _not_over(slot, now: datetime.time | None) -> bool:
    return now is None or slot.time_to is None or now < slot.time_to


def _order(slot) -> tuple:
    return (slot.weekday if slot.weekday is not None else 7, slot.time_from or datetime.time.min)


def next_reception(
    slots: Iterable[WeeklySlot],
    today: datetime.date,
    now: datetime.time | None = None,
    holiday_name: HolidayLookup = no_holidays,
    horizon_days: int = HORIZON_DAYS,
) -> NextReception | None:
    """The first reception from `today` on that is not on a public holiday.

    A slot today counts while it has not ended (`now` before its end time; a
    slot without hours counts all day); with `now=None` every slot today
    counts. Reception days that were public holidays on the way are returned
    in `skipped`, earliest first. Slots by appointment only have no date.
    """
    slots = sorted((s for s in slots if frequency_of(s) != APPOINTMENT and s.weekday is not None), key=_order)
    if not slots:
        return None
    skipped: list[SkippedHoliday] = []
    for offset in range(horizon_days + 1):
        day = today + offset * ONE_DAY
        todays = [s for s in slots if occurs_on(s, day)]
        if offset == 0:
            todays = [s for s in todays if _not_over(s, now)]
        if not todays:
            continue
        name = holiday_name(day)
        if name:
            skipped.append(SkippedHoliday(day, name))
            continue
        return NextReception(day=day, slot=todays[0], skipped=tuple(skipped))
    return None


def holidays_of_slot(slot, start: datetime.date, end: datetime.date, holiday_name: HolidayLookup) -> list[SkippedHoliday]:
    """Public holidays between `start` and `end` on which this slot's reception would fall
    (the EXDATEs of a calendar feed)."""
    found = []
    for day in occurrences(slot, start, end):
        name = holiday_name(day)
        if name:
            found.append(SkippedHoliday(day, name))
    return found


@dataclass(frozen=True)
class _Weekly:
    weekday: int
    time_from: None = None
    time_to: None = None


def holidays_on_weekday(
    weekday: int, start: datetime.date, end: datetime.date, holiday_name: HolidayLookup
) -> list[SkippedHoliday]:
    """Public holidays falling on `weekday` between `start` and `end` (inclusive)."""
    return holidays_of_slot(_Weekly(weekday), start, end, holiday_name)


def first_on_or_after(weekday: int, day: datetime.date) -> datetime.date:
    return day + ((weekday - day.weekday()) % 7) * ONE_DAY


def first_occurrence(slot, day: datetime.date) -> datetime.date | None:
    """The slot's first reception day on or after `day` (holidays not considered)."""
    return next(occurrences(slot, day, day + HORIZON_DAYS * ONE_DAY), None)


def ical_rule(slot) -> dict | None:
    """The RRULE of a slot: weekly BYDAY=TU, monthly BYDAY=1MO / -1FR; None by appointment."""
    if frequency_of(slot) == APPOINTMENT or slot.weekday is None:
        return None
    day = ICAL_WEEKDAYS[slot.weekday]
    if frequency_of(slot) == MONTHLY:
        return {"FREQ": "MONTHLY", "BYDAY": f"{slot.week_of_month}{day}"}
    return {"FREQ": "WEEKLY", "BYDAY": day}
