"""Dates as each language writes them (registry_pages/core/dates.py, CLDR through Babel)."""

import datetime as dt

import pytest
from django.template import Context, Template
from django.utils import timezone, translation

from registry_pages.core.dates import format_day

DAY = dt.date(2026, 12, 6)


@pytest.mark.parametrize(
    "language, long, weekday",
    [
        ("bg", "6 декември 2026\u00a0г.", "неделя, 6 декември"),
        ("pl", "6 grudnia 2026\u00a0r.", "niedziela, 6 grudnia"),
        ("uk", "6 грудня 2026\u00a0р.", "неділя, 6 грудня"),
        ("en", "6 December 2026", "Sunday, 6 December"),  # British, not "December 6, 2026"
    ],
)
def test_each_language_writes_the_day_its_own_way(language, long, weekday):
    assert format_day(DAY, "long", language) == long
    assert format_day(DAY, "weekday", language) == weekday
    with translation.override(language):  # the active language by default
        assert format_day(DAY) == long


def test_no_capitalised_month_and_no_leading_zero_in_bulgarian():
    text = format_day(dt.date(2026, 3, 5), "long", "bg")
    assert text == "5 март 2026\u00a0г."


def test_a_moment_is_read_in_the_sites_time_zone():
    # 23:30 UTC on 31 December is already 1 January in Sofia (UTC+2).
    moment = dt.datetime(2026, 12, 31, 23, 30, tzinfo=dt.UTC)
    with timezone.override("Europe/Sofia"):
        assert format_day(moment, "long", "en") == "1 January 2027"


def test_nothing_and_unknown_languages_never_fail():
    assert format_day(None) == ""
    assert format_day(DAY, "long", "xx-unknown") == "2026-12-06"


def test_the_template_filters():
    template = Template("{% load date_tags %}{{ d|long_date }} | {{ d|day_month }} | {{ d|weekday_date }}")
    with translation.override("pl"):
        assert template.render(Context({"d": DAY})) == "6 grudnia 2026\u00a0r. | 6 grudnia | niedziela, 6 grudnia"
