"""Next reception date across public holidays (pure: no database)."""

import datetime as dt
from dataclasses import dataclass

from registry_pages.core.calendar import get_calendar
from registry_pages.receptions.schedule import (
    first_on_or_after,
    holidays_on_weekday,
    next_reception,
)

MON, TUE, WED, THU, FRI = range(5)


@dataclass(frozen=True)
class Slot:
    weekday: int
    time_from: dt.time
    time_to: dt.time


def slot(weekday, start="08:30", end="12:00"):
    return Slot(weekday, dt.time.fromisoformat(start), dt.time.fromisoformat(end))


BG = get_calendar("BG").holiday_name
PL = get_calendar("PL").holiday_name


def test_bg_liberation_day_tuesday_moves_to_next_tuesday():
    # Monday 2 March 2026; Tuesday 3 March is Liberation Day in Bulgaria.
    result = next_reception([slot(TUE)], dt.date(2026, 3, 2), dt.time(9, 0), BG)
    assert result.day == dt.date(2026, 3, 10)
    assert [h.day for h in result.skipped] == [dt.date(2026, 3, 3)]
    assert result.skipped[0].name


def test_deputy_with_two_days_gets_the_friday_after_the_holiday():
    # Tuesday 8:30–12:00 and Friday 13:00–17:30: the Tuesday holiday gives way to Friday 6 March.
    result = next_reception([slot(TUE), slot(FRI, "13:00", "17:30")], dt.date(2026, 3, 2), dt.time(9), BG)
    assert result.day == dt.date(2026, 3, 6)
    assert result.slot.time_from == dt.time(13, 0)
    assert [h.day for h in result.skipped] == [dt.date(2026, 3, 3)]


def test_same_tuesday_in_poland_is_a_working_day():
    result = next_reception([slot(TUE)], dt.date(2026, 3, 2), dt.time(9), PL)
    assert result.day == dt.date(2026, 3, 3)
    assert result.skipped == ()


def test_easter_monday_orthodox_in_bulgaria_catholic_in_poland():
    monday = [slot(MON, "13:00", "17:30")]
    # Bulgaria: 6 April 2026 is an ordinary Monday, 13 April is Orthodox Easter Monday.
    assert next_reception(monday, dt.date(2026, 4, 6), dt.time(8), BG).day == dt.date(2026, 4, 6)
    bg = next_reception(monday, dt.date(2026, 4, 11), dt.time(8), BG)
    assert bg.day == dt.date(2026, 4, 20) and bg.skipped[0].day == dt.date(2026, 4, 13)
    # Poland: 6 April 2026 is (Catholic) Easter Monday, 13 April is ordinary.
    pl = next_reception(monday, dt.date(2026, 4, 4), dt.time(8), PL)
    assert pl.day == dt.date(2026, 4, 13) and pl.skipped[0].day == dt.date(2026, 4, 6)


def test_new_year_is_skipped():
    # Thursday 1 January 2026 is a holiday in both countries.
    for holidays in (BG, PL):
        result = next_reception([slot(THU)], dt.date(2025, 12, 30), dt.time(10), holidays)
        assert result.day == dt.date(2026, 1, 8)
        assert result.skipped[0].day == dt.date(2026, 1, 1)


def test_ukraine_under_martial_law_has_no_holidays_to_skip():
    ua = get_calendar("UA").holiday_name
    assert next_reception([slot(THU)], dt.date(2025, 12, 30), dt.time(10), ua).day == dt.date(2026, 1, 1)


def test_todays_slot_counts_until_it_ends():
    wednesday = dt.date(2026, 3, 4)
    slots = [slot(WED, "08:30", "12:00")]
    assert next_reception(slots, wednesday, dt.time(11, 59), BG).day == wednesday
    assert next_reception(slots, wednesday, dt.time(12, 0), BG).day == dt.date(2026, 3, 11)
    assert next_reception(slots, wednesday, dt.time(7, 0), BG).day == wednesday


def test_later_slot_today_is_chosen_after_the_first_has_ended():
    thursday = dt.date(2026, 3, 5)
    slots = [slot(THU, "10:00", "12:00"), slot(THU, "14:00", "16:00")]
    result = next_reception(slots, thursday, dt.time(13, 0), BG)
    assert result.day == thursday and result.slot.time_from == dt.time(14, 0)


def test_no_slots_means_no_next_reception():
    assert next_reception([], dt.date(2026, 3, 2)) is None


def test_holidays_on_weekday_and_first_occurrence():
    found = holidays_on_weekday(TUE, dt.date(2026, 1, 1), dt.date(2026, 12, 31), BG)
    assert dt.date(2026, 3, 3) in [h.day for h in found]
    assert all(h.day.weekday() == TUE for h in found)
    assert first_on_or_after(FRI, dt.date(2026, 3, 2)) == dt.date(2026, 3, 6)
    assert first_on_or_after(MON, dt.date(2026, 3, 2)) == dt.date(2026, 3, 2)
