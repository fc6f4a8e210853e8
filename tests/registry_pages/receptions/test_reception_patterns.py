"""Monthly, by-appointment and hour-less receptions: next date per pattern, across holidays (no database)."""

import datetime as dt
from dataclasses import dataclass

from registry_pages.core.calendar import get_calendar
from registry_pages.receptions.schedule import (
    APPOINTMENT,
    LAST,
    MONTHLY,
    WEEKLY,
    holidays_of_slot,
    ical_rule,
    next_reception,
    nth_weekday,
)

MON, TUE, WED, THU, FRI = range(5)
BG = get_calendar("BG").holiday_name
PL = get_calendar("PL").holiday_name


@dataclass(frozen=True)
class Slot:
    weekday: int | None
    time_from: dt.time | None = dt.time(14)
    time_to: dt.time | None = dt.time(16)
    frequency: str = WEEKLY
    week_of_month: int | None = None


def monthly(n, weekday, **extra):
    return Slot(weekday, frequency=MONTHLY, week_of_month=n, **extra)


def test_nth_and_last_weekday_of_a_month():
    assert nth_weekday(2026, 3, MON, 1) == dt.date(2026, 3, 2)
    assert nth_weekday(2026, 3, TUE, 2) == dt.date(2026, 3, 10)
    assert nth_weekday(2026, 3, FRI, LAST) == dt.date(2026, 3, 27)
    assert nth_weekday(2026, 12, THU, LAST) == dt.date(2026, 12, 31)
    assert nth_weekday(2026, 2, MON, 5) is None  # February 2026 has four Mondays


def test_first_tuesday_of_the_month_is_liberation_day_so_the_next_is_in_april():
    # Bulgaria, Sunday 1 March 2026: the first Tuesday (3 March) is Liberation Day.
    result = next_reception([monthly(1, TUE)], dt.date(2026, 3, 1), None, BG)
    assert result.day == dt.date(2026, 4, 7)  # a month later, not the next Tuesday
    assert [h.day for h in result.skipped] == [dt.date(2026, 3, 3)]


def test_first_monday_after_it_has_passed_moves_to_next_month():
    result = next_reception([monthly(1, MON)], dt.date(2026, 3, 3), None, PL)
    # 6 April 2026, the first Monday of April, is Easter Monday in Poland
    assert result.day == dt.date(2026, 5, 4) and result.skipped[0].day == dt.date(2026, 4, 6)


def test_todays_monthly_reception_counts_until_it_ends():
    today = dt.date(2026, 3, 10)  # the second Tuesday
    assert next_reception([monthly(2, TUE)], today, dt.time(15), PL).day == today
    assert next_reception([monthly(2, TUE)], today, dt.time(16, 30), PL).day == dt.date(2026, 4, 14)


def test_last_friday_of_the_month():
    assert next_reception([monthly(LAST, FRI)], dt.date(2026, 3, 28), None, BG).day == dt.date(2026, 4, 24)


def test_a_slot_without_hours_counts_all_day():
    slot = Slot(WED, None, None)
    today = dt.date(2026, 3, 4)  # Wednesday
    assert next_reception([slot], today, dt.time(23, 30), BG).day == today


def test_by_appointment_only_has_no_date_and_does_not_hide_a_weekly_one():
    appointment = Slot(None, None, None, frequency=APPOINTMENT)
    assert next_reception([appointment], dt.date(2026, 3, 2), None, BG) is None
    weekly = Slot(THU)
    assert next_reception([appointment, weekly], dt.date(2026, 3, 2), None, BG).day == dt.date(2026, 3, 5)


def test_calendar_rules_and_holidays_per_pattern():
    assert ical_rule(monthly(1, MON)) == {"FREQ": "MONTHLY", "BYDAY": "1MO"}
    assert ical_rule(monthly(LAST, FRI)) == {"FREQ": "MONTHLY", "BYDAY": "-1FR"}
    assert ical_rule(Slot(TUE)) == {"FREQ": "WEEKLY", "BYDAY": "TU"}
    assert ical_rule(Slot(None, frequency=APPOINTMENT)) is None
    skipped = holidays_of_slot(monthly(1, TUE), dt.date(2026, 1, 1), dt.date(2026, 12, 31), BG)
    assert [h.day for h in skipped] == [dt.date(2026, 3, 3)]
