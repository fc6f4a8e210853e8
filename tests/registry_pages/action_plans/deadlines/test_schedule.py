"""From a parsed deadline to the next date it falls due."""

import datetime as dt

from registry_pages.action_plans.deadlines.parser import parse_deadline
from registry_pages.action_plans.deadlines.schedule import (
    is_overdue,
    last_working_day_of_month,
    next_due_date,
)
from registry_pages.core.calendar import get_calendar

D = dt.date
BG, PL = get_calendar("BG"), get_calendar("PL")


def due(text, today=D(2026, 2, 10), calendar=BG, language="bg", **kw):
    return next_due_date(parse_deadline(text, language, kw.pop("year", 2026)), today=today, calendar=calendar, **kw)


def test_a_month_is_due_on_its_last_working_day():
    assert due("м. март") == D(2026, 3, 31)          # Tuesday
    assert due("м.септември") == D(2026, 9, 30)
    assert due("м. май") == D(2026, 5, 29)           # 31 May is a Sunday
    assert due("януари") == D(2026, 1, 30)           # 31 January is a Saturday
    assert due("м м.юни") == D(2026, 6, 30)
    assert due("декември") == D(2026, 12, 31)        # Thursday, a working day
    assert due("grudzień", calendar=PL, language="pl") == D(2026, 12, 31)


def test_a_month_without_a_year_needs_the_plan_year():
    parsed = parse_deadline("м. март", "bg")
    assert next_due_date(parsed, today=D(2026, 2, 1), calendar=BG) is None
    assert next_due_date(parsed, today=D(2026, 2, 1), calendar=BG, plan_year=2027) == D(2027, 3, 31)


def test_a_quarter_is_due_at_its_end():
    assert due("II тримесечие") == D(2026, 6, 30)
    assert due("IV kwartał", calendar=PL, language="pl") == D(2026, 12, 31)
    assert due("I тримесечие") == D(2026, 3, 31)


def test_recurring_deadlines_roll_over():
    assert due("тримесечно", today=D(2026, 2, 10)) == D(2026, 3, 31)
    assert due("тримесечно", today=D(2026, 3, 31)) == D(2026, 3, 31)   # due today
    assert due("тримесечно", today=D(2026, 4, 1)) == D(2026, 6, 30)
    assert due("ежемесечно", today=D(2026, 5, 30)) == D(2026, 6, 30)   # May's last working day (29th) has passed
    assert due("щороку", today=D(2026, 12, 31), language="uk") == D(2026, 12, 31)
    assert due("ежегодно", today=D(2027, 1, 1)) == D(2027, 12, 31)


def test_dates_and_working_days():
    assert due("до 31.03.2026") == D(2026, 3, 31)
    assert due("10 работни дни", start=D(2026, 3, 2)) == D(2026, 3, 17)
    assert due("10 работни дни") is None  # no start date: not dated
    assert due("", start=D(2026, 3, 2)) == D(2026, 3, 12)  # the 7-working-day default


def test_kinds_without_a_date_have_no_due_date():
    for text in ("постоянен", "текущо", "по план", "При актуализация", "скоро"):
        assert due(text, start=D(2026, 3, 2)) is None, text


def test_overdue():
    assert is_overdue(D(2026, 3, 31), D(2026, 4, 1), done=False)
    assert not is_overdue(D(2026, 3, 31), D(2026, 3, 31), done=False)
    assert not is_overdue(D(2026, 3, 31), D(2026, 4, 1), done=True)
    assert not is_overdue(None, D(2030, 1, 1), done=False)


def test_last_working_day_of_month_across_holidays():
    assert last_working_day_of_month(2026, 12, BG) == D(2026, 12, 31)
    assert last_working_day_of_month(2025, 12, BG) == D(2025, 12, 30)  # 31 December 2025 was a decreed day off
    assert last_working_day_of_month(2026, 4, PL) == D(2026, 4, 30)
