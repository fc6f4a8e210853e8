"""A deadline's reading is added in brackets only when it says more than the words as written."""

import pytest

from registry_pages.action_plans.deadlines.reading import reading_adds


@pytest.mark.parametrize("written, reading", [
    ("постоянен", "постоянно"),
    ("текущо", "текущо"),
    ("При актуализация", "при всяка актуализация"),
    ("stale", "na stałe"),
    ("na bieżąco", "na bieżąco"),
    ("Постійно", "постійно"),
    ("permanent", "permanent"),
])
def test_a_reading_that_repeats_the_words_is_left_out(written, reading):
    assert not reading_adds(written, reading)


@pytest.mark.parametrize("written, reading", [
    ("до приключване на проекта", "по график"),
    ("по план", "по график"),
    ("as the council decides", "per schedule"),
])
def test_a_reading_that_names_something_else_is_shown(written, reading):
    assert reading_adds(written, reading)
