"""Seasons as deadlines: meteorological seasons, due at their end; winter named by the year it starts in."""

import datetime as dt

import pytest

from registry_pages.action_plans.deadlines.parser import parse_deadline
from registry_pages.action_plans.deadlines.schedule import next_due_date
from registry_pages.action_plans.deadlines.types import DeadlineKind, Season
from registry_pages.core.calendar import get_calendar

D = dt.date
SPRING, SUMMER, AUTUMN, WINTER = Season.SPRING, Season.SUMMER, Season.AUTUMN, Season.WINTER

# text, language, season, year (the plan's year is 2026)
READ = {
    "bg": [
        ("до края на пролетта", SPRING, 2026),
        ("лятото на 2026", SUMMER, 2026),
        ("Лятото на 2027 г.", SUMMER, 2027),
        ("през есента", AUTUMN, 2026),
        ("В КРАЯ НА ЗИМАТА", WINTER, 2026),
        ("зима 2026/2027", WINTER, 2026),
        ("зимата на 2026/2027 г.", WINTER, 2026),
    ],
    "pl": [
        ("wiosna 2026", SPRING, 2026),
        ("do końca lata", SUMMER, 2026),
        ("DO KONCA LATA 2027", SUMMER, 2027),  # capitals, no diacritics
        ("jesienią", AUTUMN, 2026),
        ("jesien 2026", AUTUMN, 2026),
        ("zima 2026/27", WINTER, 2026),
    ],
    "uk": [
        ("до кінця весни", SPRING, 2026),
        ("восени 2026", AUTUMN, 2026),
        ("Влітку", SUMMER, 2026),
        ("до кінця зими 2026/2027 року", WINTER, 2026),
    ],
    "en": [
        ("by the end of spring", SPRING, 2026),
        ("summer 2026", SUMMER, 2026),
        ("Summer of 2027", SUMMER, 2027),
        ("end of fall", AUTUMN, 2026),
        ("Winter 2026/2027", WINTER, 2026),
    ],
}


@pytest.mark.parametrize(
    ("language", "text", "season", "year"),
    [(language, *row) for language, rows in READ.items() for row in rows],
)
def test_a_season_is_read_in_every_language(language, text, season, year):
    parsed = parse_deadline(text, language, year=2026)
    assert (parsed.kind, parsed.season, parsed.year) == (DeadlineKind.SEASON, season, year), text
    assert parsed.month is None and parsed.quarter is None and parsed.date is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("bg", "до края на пролтта"), ("bg", "лятотo 2026"), ("bg", "зима 2026/2028"), ("bg", "лято 2026/2027"),
        ("bg", "пролетта и лятото"), ("pl", "wiosma 2026"), ("pl", "zima 2027/2026"), ("uk", "до кінця вестни"),
        ("uk", "весна 26"), ("en", "sprng"), ("en", "spring 2026 2027"), ("en", "summer of"),
    ],
)
def test_misspelt_or_impossible_seasons_stay_unrecognised(language, text):
    parsed = parse_deadline(text, language, year=2026)
    assert parsed.kind == DeadlineKind.UNRECOGNISED and parsed.season is None, text


def test_without_a_year_the_plan_names_the_season():
    assert parse_deadline("wiosna", "pl", year=2027).year == 2027
    no_plan = parse_deadline("пролетта", "bg")
    assert no_plan.kind == DeadlineKind.SEASON and no_plan.year is None
    assert next_due_date(no_plan, today=D(2026, 1, 5), calendar=get_calendar("BG")) is None


def due(text, language="bg", country="BG", year=2026):
    parsed = parse_deadline(text, language, year)
    return next_due_date(parsed, today=D(2026, 1, 5), calendar=get_calendar(country), plan_year=year)


def test_a_season_is_due_on_the_last_working_day_of_its_last_month():
    assert due("до края на пролетта") == D(2026, 5, 29)             # 31 May 2026 is a Sunday
    assert due("лятото на 2026") == D(2026, 8, 31)                   # Monday
    assert due("восени 2026", "uk", "UA") == D(2026, 11, 30)         # Monday
    assert due("do końca lata", "pl", "PL") == D(2026, 8, 31)
    assert due("by the end of spring", "en") == D(2026, 5, 29)


def test_winter_spans_the_new_year_and_is_named_by_its_first_year():
    assert due("winter 2026", "en") == D(2027, 2, 26)                # 28 February 2027 is a Sunday
    assert due("зима 2026/2027") == due("зимата") == due("winter 2026", "en") == D(2027, 2, 26)
    assert due("zima 2027/28", "pl", "PL") == D(2028, 2, 29)          # a leap year, Tuesday
