"""Working days in Bulgaria, Poland and Ukraine (public holidays from the `holidays` package)."""

import datetime as dt

import pytest

from registry_pages.action_plans.deadlines.schedule import default_due_date
from registry_pages.core.calendar import WorkingDayCalendar, get_calendar

D = dt.date
BG, PL, UA = get_calendar("BG"), get_calendar("PL"), get_calendar("UA")


def test_liberation_day_is_a_holiday_only_in_bulgaria():
    tuesday = D(2026, 3, 3)
    assert not BG.is_working_day(tuesday) and BG.holiday_name(tuesday)
    assert PL.is_working_day(tuesday) and UA.is_working_day(tuesday)


def test_orthodox_and_catholic_easter_differ():
    # 2026: Catholic Easter on 5 April (Monday 6 April off in Poland), Orthodox on 12 April
    assert not PL.is_working_day(D(2026, 4, 6)) and BG.is_working_day(D(2026, 4, 6))
    assert not BG.is_working_day(D(2026, 4, 10))  # Good Friday (Orthodox)
    assert not BG.is_working_day(D(2026, 4, 13))  # Easter Monday (Orthodox)
    assert PL.is_working_day(D(2026, 4, 10)) and PL.is_working_day(D(2026, 4, 13))
    # Ukraine before martial law: Orthodox Easter 2 May 2021, observed on Tuesday 4 May
    assert not UA.is_working_day(D(2021, 5, 4))


def test_new_year():
    assert not BG.is_working_day(D(2026, 1, 1)) and not PL.is_working_day(D(2026, 1, 1))
    assert not BG.is_working_day(D(2026, 1, 2))  # a non-working day decreed in Bulgaria
    assert PL.is_working_day(D(2026, 1, 2))
    assert not UA.is_working_day(D(2021, 1, 1))
    # under martial law Ukrainian public holidays give no day off (the package lists none)
    assert UA.is_working_day(D(2026, 1, 1)) and UA.holiday_name(D(2026, 1, 1)) is None


def test_weekends_are_never_working_days():
    assert not BG.is_working_day(D(2026, 3, 7)) and not PL.is_working_day(D(2026, 3, 8))
    assert not UA.is_working_day(D(2026, 3, 7))


def test_counting_starts_on_the_first_working_day_after_the_start():
    # Monday 2 March 2026 in Bulgaria: Tuesday 3 March is a holiday, so day 1 is Wednesday 4 March
    assert BG.next_working_day(D(2026, 3, 2)) == D(2026, 3, 4)
    assert BG.add_working_days(D(2026, 3, 2), 1) == D(2026, 3, 4)
    assert PL.add_working_days(D(2026, 3, 2), 1) == D(2026, 3, 3)
    assert BG.add_working_days(D(2026, 3, 2), 0) == D(2026, 3, 2)
    with pytest.raises(ValueError):
        BG.add_working_days(D(2026, 3, 2), -1)


def test_the_seven_working_day_default():
    # Art. 28: set on Monday 2 March 2026 → 4, 5, 6, 9, 10, 11, 12 March in Bulgaria
    assert default_due_date(D(2026, 3, 2), "BG") == D(2026, 3, 12)
    assert default_due_date(D(2026, 3, 2), "PL") == D(2026, 3, 11)
    assert default_due_date(D(2026, 3, 2), "UA") == D(2026, 3, 11)
    # set on Thursday 2 April 2026: Orthodox Good Friday and Easter Monday in Bulgaria, Easter Monday in Poland
    assert default_due_date(D(2026, 4, 2), "BG") == D(2026, 4, 15)
    assert default_due_date(D(2026, 4, 2), "PL") == D(2026, 4, 14)
    # across New Year: set on Monday 29 December 2025
    assert default_due_date(D(2025, 12, 29), "BG") == D(2026, 1, 12)  # 30 Dec, 5–9, 12 Jan (31 Dec, 1–2 Jan off)
    assert default_due_date(D(2025, 12, 29), "PL") == D(2026, 1, 9)   # 30, 31 Dec, 2, 5, 7, 8, 9 Jan (6 Jan Epiphany)
    # a resolution made on a Saturday still counts from the next working day
    assert default_due_date(D(2026, 3, 7), "PL") == D(2026, 3, 17)


def test_working_days_between_is_the_inverse():
    start = D(2026, 3, 2)
    for n in (0, 1, 5, 7, 30):
        assert BG.working_days_between(start, BG.add_working_days(start, n)) == n
    assert BG.working_days_between(D(2026, 3, 12), start) == -7


def test_last_working_day_on_or_before():
    assert BG.last_working_day_on_or_before(D(2026, 5, 24)) == D(2026, 5, 22)  # Sunday 24 May + observed Monday
    assert PL.last_working_day_on_or_before(D(2026, 4, 6)) == D(2026, 4, 3)


def test_holiday_names_in_the_page_language():
    assert WorkingDayCalendar("BG", "bg").holiday_name(D(2026, 3, 3)) == "Ден на Освобождението на България от османско иго"
    assert "Wielkanoc" in WorkingDayCalendar("PL", "pl").holiday_name(D(2026, 4, 6))


def test_unsupported_country_is_refused():
    with pytest.raises(ValueError):
        WorkingDayCalendar("DE")
    assert get_calendar("bg").country == "BG"
