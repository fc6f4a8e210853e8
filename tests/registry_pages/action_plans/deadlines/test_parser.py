"""The deadline parser: every form written in the seed plan and its Polish,
Ukrainian and English counterparts; what it cannot read is flagged, never guessed."""

import datetime as dt

import pytest
from django.utils import translation

from registry_pages.action_plans.deadlines.normalise import normalise
from registry_pages.action_plans.deadlines.parser import parse_deadline
from registry_pages.action_plans.deadlines.types import (
    DEFAULT_WORKING_DAYS,
    DeadlineKind,
    Recurrence,
)

K = DeadlineKind

# text, language, kind, extra fields expected
SEED_FORMS = [
    ("При актуализация", "bg", K.ON_UPDATE, {}),
    ("постоянен", "bg", K.PERMANENT, {}),
    ("текущо", "bg", K.ONGOING, {}),
    ("тримесечно", "bg", K.RECURRING, {"recurrence": Recurrence.QUARTERLY}),
    ("по план", "bg", K.PER_SCHEDULE, {}),
    ("м. март", "bg", K.MONTH, {"month": 3, "year": 2026}),
    ("м.септември", "bg", K.MONTH, {"month": 9, "year": 2026}),
    ("януари", "bg", K.MONTH, {"month": 1, "year": 2026}),
    ("м м.юни", "bg", K.MONTH, {"month": 6, "year": 2026}),  # the seed's typo
]
COUNTERPARTS = [
    ("stale", "pl", K.PERMANENT, {}),
    ("stałe", "pl", K.PERMANENT, {}),
    ("na bieżąco", "pl", K.ONGOING, {}),
    ("Na biezaco", "pl", K.ONGOING, {}),  # typed without diacritics
    ("kwartalnie", "pl", K.RECURRING, {"recurrence": Recurrence.QUARTERLY}),
    ("marzec", "pl", K.MONTH, {"month": 3, "year": 2026}),
    ("do końca czerwca", "pl", K.MONTH, {"month": 6, "year": 2026}),
    ("do 31.03.2026", "pl", K.DATE, {"date": dt.date(2026, 3, 31)}),
    ("według harmonogramu", "pl", K.PER_SCHEDULE, {}),
    ("постійно", "uk", K.PERMANENT, {}),
    ("щокварталу", "uk", K.RECURRING, {"recurrence": Recurrence.QUARTERLY}),
    ("березень", "uk", K.MONTH, {"month": 3, "year": 2026}),
    ("протягом року", "uk", K.ONGOING, {}),
    ("до кінця вересня", "uk", K.MONTH, {"month": 9, "year": 2026}),
    ("permanent", "en", K.PERMANENT, {}),
    ("quarterly", "en", K.RECURRING, {"recurrence": Recurrence.QUARTERLY}),
    ("by the end of March", "en", K.MONTH, {"month": 3, "year": 2026}),
    ("on each update", "en", K.ON_UPDATE, {}),
]
OTHER_FORMS = [
    ("31.03.2026 г.", "bg", K.DATE, {"date": dt.date(2026, 3, 31)}),
    ("2026-03-31", "en", K.DATE, {"date": dt.date(2026, 3, 31)}),
    ("до 31.03", "bg", K.DATE, {"date": dt.date(2026, 3, 31)}),
    ("31 март 2027", "bg", K.DATE, {"date": dt.date(2027, 3, 31)}),
    ("м. март 2027 г.", "bg", K.MONTH, {"month": 3, "year": 2027}),
    ("II тримесечие", "bg", K.QUARTER, {"quarter": 2, "year": 2026}),
    ("1-во тримесечие", "bg", K.QUARTER, {"quarter": 1, "year": 2026}),
    ("Q3 2026", "pl", K.QUARTER, {"quarter": 3, "year": 2026}),
    ("IV kwartał", "pl", K.QUARTER, {"quarter": 4, "year": 2026}),
    ("ІІ квартал", "uk", K.QUARTER, {"quarter": 2, "year": 2026}),  # Cyrillic "І" typed as a Roman numeral
    ("ежегодно", "bg", K.RECURRING, {"recurrence": Recurrence.YEARLY}),
    ("co miesiąc", "pl", K.RECURRING, {"recurrence": Recurrence.MONTHLY}),
    ("10 работни дни", "bg", K.WORKING_DAYS, {"working_days": 10}),
    ("14 dni roboczych", "pl", K.WORKING_DAYS, {"working_days": 14}),
    ("5 робочих днів", "uk", K.WORKING_DAYS, {"working_days": 5}),
    ("в срок от 7 дни", "bg", K.WORKING_DAYS, {"working_days": 7}),  # days are working days (Art. 28)
    ("  ПОСТОЯНЕН  ", "bg", K.PERMANENT, {}),
    ("Срок: м. март", "bg", K.MONTH, {"month": 3, "year": 2026}),
]


@pytest.mark.parametrize(("text", "language", "kind", "fields"), SEED_FORMS + COUNTERPARTS + OTHER_FORMS)
def test_recognised_forms(text, language, kind, fields):
    parsed = parse_deadline(text, language, year=2026)
    assert parsed.kind == kind, text
    assert parsed.recognised and not parsed.defaulted
    assert parsed.text == text.strip()  # the text as written is kept
    for name, value in fields.items():
        assert getattr(parsed, name) == value, (text, name)
    untouched = {"date", "month", "quarter", "season", "recurrence", "working_days"} - set(fields) - {"year"}
    assert all(getattr(parsed, name) is None for name in untouched), text


@pytest.mark.parametrize(
    "text",
    ["скоро", "не по план", "ASAP", "при възможност", "31.02.2026", "13.13.2026", "м. мартт", "5 kwartał",
     "след приемането на бюджета", "do 32.01.2026", "януари и февруари"],
)
def test_unreadable_text_is_kept_and_flagged(text):
    parsed = parse_deadline(text, "bg", year=2026)
    assert parsed.kind == K.UNRECOGNISED and not parsed.recognised
    assert parsed.text == text
    assert (parsed.date, parsed.month, parsed.quarter, parsed.working_days) == (None, None, None, None)


def test_a_day_and_month_without_any_year_is_not_dated():
    assert parse_deadline("до 31.03", "bg").kind == K.UNRECOGNISED
    month = parse_deadline("м. март", "bg")
    assert month.kind == K.MONTH and month.month == 3 and month.year is None


def test_empty_deadline_is_the_art_28_default():
    for text in ("", "   ", None):
        parsed = parse_deadline(text, "bg", year=2026)
        assert parsed.kind == K.WORKING_DAYS and parsed.working_days == DEFAULT_WORKING_DAYS == 7
        assert parsed.defaulted and parsed.recognised


def test_other_languages_are_tried_after_the_plan_language():
    # a Polish plan with an English abbreviation, a Bulgarian plan with a Ukrainian month
    assert parse_deadline("quarterly", "pl").recurrence == Recurrence.QUARTERLY
    assert parse_deadline("березень", "bg", year=2026).month == 3


def test_label_is_human_readable():
    with translation.override("en"):
        assert str(parse_deadline("постоянен", "bg").label) == "Permanent"
        assert str(parse_deadline("скоро", "bg").label) == "Not recognised"


def test_normalise_keeps_dates_and_splits_typos():
    assert normalise("м м.юни") == "м м юни"
    assert normalise("31. 03. 2026 г.") == "31.03.2026 г"
    assert normalise("Na bieżąco") == "na biezaco"
    assert normalise("Q2") == "q 2"
    assert normalise("„Връзки”") == "връзки"
