"""Deadlines as real municipal plans write them (issue 15): Roman months, spans of years,
half-years, "the whole period", "by the end of the year" — each read to the date a reader expects."""

import datetime as dt

import pytest

from registry_pages.action_plans.deadlines.parser import parse_deadline
from registry_pages.action_plans.deadlines.schedule import next_due_date
from registry_pages.action_plans.deadlines.types import DeadlineKind, Recurrence
from registry_pages.core.calendar import get_calendar

K = DeadlineKind
TODAY = dt.date(2026, 1, 15)

# text, language, kind, fields, the period's end (None: no due date) — plan year 2025; the item is due
# on the last working day on or before it (dates as written are kept as they are)
FORMS = [
    ("XII 2020 r.", "pl", K.MONTH, {"month": 12, "year": 2020}, dt.date(2020, 12, 31)),
    ("do XII.2021", "pl", K.MONTH, {"month": 12, "year": 2021}, dt.date(2021, 12, 31)),
    ("III 2026 р.", "uk", K.MONTH, {"month": 3, "year": 2026}, dt.date(2026, 3, 31)),
    ("ХІ 2025", "uk", K.MONTH, {"month": 11, "year": 2025}, dt.date(2025, 11, 28)),  # Cyrillic look-alikes
    ("do 31 stycznia 2021", "pl", K.DATE, {"date": dt.date(2021, 1, 31)}, dt.date(2021, 1, 31)),
    ("realizacja w całym okresie obowiązywania programu", "pl", K.PERMANENT, {}, None),
    ("w całym okresie realizacji planu", "pl", K.PERMANENT, {}, None),
    ("протягом усього періоду дії плану", "uk", K.PERMANENT, {}, None),
    ("през целия период", "bg", K.PERMANENT, {}, None),
    ("2025—2026", "pl", K.YEAR, {"year": 2026}, dt.date(2026, 12, 31)),
    ("2025-2026", "bg", K.YEAR, {"year": 2026}, dt.date(2026, 12, 31)),
    ("w latach 2025–2026", "pl", K.YEAR, {"year": 2026}, dt.date(2026, 12, 31)),
    ("протягом 2025-2026 років", "uk", K.YEAR, {"year": 2026}, dt.date(2026, 12, 31)),
    ("do końca 2026 roku", "pl", K.YEAR, {"year": 2026}, dt.date(2026, 12, 31)),
    ("IV кв. 2025", "bg", K.QUARTER, {"quarter": 4, "year": 2025}, dt.date(2025, 12, 31)),
    ("I kw. 2026", "pl", K.QUARTER, {"quarter": 1, "year": 2026}, dt.date(2026, 3, 31)),
    ("до края на годината", "bg", K.YEAR, {"year": 2025}, dt.date(2025, 12, 31)),
    ("do końca roku", "pl", K.YEAR, {"year": 2025}, dt.date(2025, 12, 31)),
    ("до кінця року", "uk", K.YEAR, {"year": 2025}, dt.date(2025, 12, 31)),
    ("I півріччя 2026", "uk", K.HALF_YEAR, {"half": 1, "year": 2026}, dt.date(2026, 6, 30)),
    ("II półrocze 2025", "pl", K.HALF_YEAR, {"half": 2, "year": 2025}, dt.date(2025, 12, 31)),
    ("второ полугодие", "bg", K.HALF_YEAR, {"half": 2, "year": 2025}, dt.date(2025, 12, 31)),
    ("грудень 2025", "uk", K.MONTH, {"month": 12, "year": 2025}, dt.date(2025, 12, 31)),
    ("до 30.06.2026 р.", "uk", K.DATE, {"date": dt.date(2026, 6, 30)}, dt.date(2026, 6, 30)),
    ("протягом року", "uk", K.ONGOING, {}, None),
    ("щокварталу", "uk", K.RECURRING, {"recurrence": Recurrence.QUARTERLY}, dt.date(2026, 3, 31)),
    ("na bieżąco", "pl", K.ONGOING, {}, None),
    ("постійно", "uk", K.PERMANENT, {}, None),
]


@pytest.mark.parametrize(("text", "language", "kind", "fields", "due"), FORMS)
def test_real_plan_deadlines_are_read_and_dated(text, language, kind, fields, due):
    parsed = parse_deadline(text, language, year=2025)
    assert parsed.kind == kind, text
    assert parsed.text == text
    for name, value in fields.items():
        assert getattr(parsed, name) == value, (text, name)
    calendar = get_calendar("PL" if language == "pl" else "BG")
    if due is not None and kind != K.DATE:
        due = calendar.last_working_day_on_or_before(due)
    assert next_due_date(parsed, today=TODAY, calendar=calendar, plan_year=2025) == due


@pytest.mark.parametrize("text", ["XII", "IV", "XIII 2020", "2026—2020", "2020-2040", "III półrocze", "пів року"])
def test_near_misses_stay_unrecognised(text):
    assert parse_deadline(text, "pl", year=2025).kind == K.UNRECOGNISED, text
