"""When is an official's next reception? Pure date logic, no database.

Reception days are weekly ("Tuesday 8:30–12:00"), but a reception that falls
on a public holiday does not take place; citizens planning a trip to the
town hall need the next date that *does*, and to know why the obvious one
was skipped. Everything here takes `today` and the current time as
arguments, so the page, the calendar feed and the tests agree.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Protocol

ONE_DAY = datetime.timedelta(days=1)
HORIZON_DAYS = 366
ICAL_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")

HolidayLookup = Callable[[datetime.date], "str | None"]


class WeeklySlot(Protocol):
    """Anything with a weekday (0 = Monday) and a start and end time."""

    weekday: int
    time_from: datetime.time
    time_to: datetime.time


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
        return datetime.datetime.combine(self.day, self.slot.time_from)

    @property
    def end(self) -> datetime.datetime:
        return datetime.datetime.combine(self.day, self.slot.time_to)


def no_holidays(day: datetime.date) -> None:
    return None


def next_reception(
    slots: Iterable[WeeklySlot],
    today: datetime.date,
    now: datetime.time | None = None,
    holiday_name: HolidayLookup = no_holidays,
    horizon_days: int = HORIZON_DAYS,
) -> NextReception | None:
    """The first slot occurrence from `today` on that is not on a public holiday.

    A slot today counts while it has not ended (`now` before its end time);
    with `now=None` every slot today counts. Slot days that were public
    holidays on the way are returned in `skipped`, earliest first.
    """
    slots = sorted(slots, key=lambda s: (s.weekday, s.time_from))
    if not slots:
        return None
    skipped: list[SkippedHoliday] = []
    for offset in range(horizon_days + 1):
        day = today + offset * ONE_DAY
        todays = [s for s in slots if s.weekday == day.weekday()]
        if offset == 0 and now is not None:
            todays = [s for s in todays if now < s.time_to]
        if not todays:
            continue
        name = holiday_name(day)
        if name:
            skipped.append(SkippedHoliday(day, name))
            continue
        return NextReception(day=day, slot=todays[0], skipped=tuple(skipped))
    return None


def holidays_on_weekday(
    weekday: int, start: datetime.date, end: datetime.date, holiday_name: HolidayLookup
) -> list[SkippedHoliday]:
    """Public holidays falling on `weekday` between `start` and `end` (inclusive):
    the dates a weekly reception does not take place (EXDATEs of a calendar feed)."""
    day = start + ((weekday - start.weekday()) % 7) * ONE_DAY
    found = []
    while day <= end:
        name = holiday_name(day)
        if name:
            found.append(SkippedHoliday(day, name))
        day += 7 * ONE_DAY
    return found


def first_on_or_after(weekday: int, day: datetime.date) -> datetime.date:
    return day + ((weekday - day.weekday()) % 7) * ONE_DAY
