"""Processing times as cards write them, read into a structure (services/durations.py); old rows upgraded."""

import importlib
from pathlib import Path

import pytest

import registry_pages.migrations
from registry_pages.services.durations import read_duration, upgrade_legacy_time

# the migration that upgrades stored rows (its number changes when branches are merged)
MIGRATION = next(Path(registry_pages.migrations.__file__).parent.glob("*_service_card_real_content.py")).stem

CASES = [
    # text, kind, minimum, maximum, unit
    ("до 7 работни дни", "period", None, 7, "working_days"),
    ("7-10 dni roboczych", "period", 7, 10, "working_days"),
    ("7–10 working days", "period", 7, 10, "working_days"),
    ("от 3 до 5 работни дни", "period", 3, 5, "working_days"),
    ("14 днів", "period", None, 14, "calendar_days"),
    ("w terminie 30 dni", "period", None, 30, "calendar_days"),
    ("14-дневен срок", "period", None, 14, "calendar_days"),
    ("протягом 10 робочих днів", "period", None, 10, "working_days"),
    ("до 1 місяця", "period", None, 1, "months"),
    ("do 1 miesiąca", "period", None, 1, "months"),
    ("w ciągu miesiąca", "period", None, 1, "months"),
    ("2 tygodnie", "period", None, 14, "calendar_days"),
    ("3 часа", "period", None, 3, "hours"),
    ("24 godziny", "period", None, 24, "hours"),
    ("2 hours", "period", None, 2, "hours"),
    ("в день звернення", "immediately", None, None, ""),
    ("niezwłocznie", "immediately", None, None, ""),
    ("веднага", "immediately", None, None, ""),
    ("негайно", "immediately", None, None, ""),
    ("on the same day", "immediately", None, None, ""),
    ("не по-късно от следващия работен ден", "next_working_day", None, None, ""),
    ("następnego dnia roboczego", "next_working_day", None, None, ""),
    ("Срок за изпълнениe до 7 работни дни", "period", None, 7, "working_days"),  # a Latin "e"
]


@pytest.mark.parametrize(("text", "kind", "minimum", "maximum", "unit"), CASES)
def test_a_written_time_is_read_into_a_structure_and_kept_as_written(text, kind, minimum, maximum, unit):
    reading = read_duration(text)
    assert (reading.kind, reading.minimum, reading.maximum, reading.unit) == (kind, minimum, maximum, unit)
    assert reading.text == text
    block = reading.as_block(variant="обикновена")
    assert block["as_written"] == text and block["variant"] == "обикновена" and block["kind"] == kind


@pytest.mark.parametrize("text", ["", "   ", "\x00", "по договаряне", "съгласно закона", "=SUM(A1:A3)", "99999 дни"])
def test_what_is_no_time_reads_as_nothing(text):
    assert read_duration(text) is None


def test_the_first_time_written_wins():
    assert read_duration("веднага, а при проверка на място – до 14 дни").kind == "immediately"
    assert read_duration("7 dni, w sprawach szczególnie skomplikowanych niezwłocznie").maximum == 7


@pytest.mark.parametrize(("old", "new"), [
    ({"variant": "о", "days": 7, "working_days": True, "note": ""},
     {"variant": "о", "kind": "period", "minimum": None, "maximum": 7, "unit": "working_days", "as_written": "",
      "note": ""}),
    ({"variant": "е", "days": 3, "working_days": False, "note": "x"},
     {"variant": "е", "kind": "period", "minimum": None, "maximum": 3, "unit": "calendar_days", "as_written": "",
      "note": "x"}),
    ({"variant": "е", "days": 0, "working_days": True, "note": ""},
     {"variant": "е", "kind": "immediately", "minimum": None, "maximum": None, "unit": "", "as_written": "",
      "note": ""}),
])
def test_old_rows_of_days_and_working_days_map_to_the_new_structure(old, new):
    assert upgrade_legacy_time(old) == new
    migration = importlib.import_module(f"registry_pages.migrations.{MIGRATION}")
    assert migration.UpgradeProcessingTime().apply(old) == new  # the migration rewrites stored rows the same way
    assert upgrade_legacy_time(new) == new and migration.UpgradeProcessingTime().apply(new) == new
