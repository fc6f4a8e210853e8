"""Reading reception lines and tables as written in bg/pl/uk (no database)."""

import datetime as dt
from pathlib import Path

import pytest

from registry_pages.importing.document import read_document
from registry_pages.receptions.parsing import read_schedule
from registry_pages.receptions.reading import read_receptions
from registry_pages.receptions.schedule import APPOINTMENT, LAST, MONTHLY, WEEKLY

DATA = Path(__file__).resolve().parents[2] / "data" / "importing" / "reception"
MON, TUE, WED, THU, FRI = range(5)
T = dt.time.fromisoformat


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("всеки първи понеделник от месеца, 9:00–11:00", [(MONTHLY, 1, MON, T("09:00"), T("11:00"))]),
        ("w każdy pierwszy poniedziałek miesiąca w godz. 15.30–17.00", [(MONTHLY, 1, MON, T("15:30"), T("17:00"))]),
        ("щомісяця в другий вівторок з 14 до 16 год.", [(MONTHLY, 2, TUE, T("14:00"), T("16:00"))]),
        ("кожного першого понеділка місяця", [(MONTHLY, 1, MON, None, None)]),
        ("every 2nd Tuesday 10:00-12:00", [(MONTHLY, 2, TUE, T("10:00"), T("12:00"))]),
        ("last Friday of the month", [(MONTHLY, LAST, FRI, None, None)]),
        ("ostatni piątek miesiąca 12.00 - 14.00", [(MONTHLY, LAST, FRI, T("12:00"), T("14:00"))]),
        ("poniedziałki 15.00-17.00", [(WEEKLY, None, MON, T("15:00"), T("17:00"))]),
        ("щочетверга з 10:00 до 12:00", [(WEEKLY, None, THU, T("10:00"), T("12:00"))]),
        ("вторник 8:30–12:00 и петък 13:00–17:30",
         [(WEEKLY, None, TUE, T("08:30"), T("12:00")), (WEEKLY, None, FRI, T("13:00"), T("17:30"))]),
        ("вторник и петък 9:00–12:00", [(WEEKLY, None, TUE, T("09:00"), T("12:00")), (WEEKLY, None, FRI, T("09:00"), T("12:00"))]),
        ("sroda 8.00-10.00", [(WEEKLY, None, WED, T("08:00"), T("10:00"))]),  # no diacritics
    ],
)
def test_patterns_as_written(text, expected):
    slots = read_schedule(text).slots
    assert [(s.frequency, s.week_of_month, s.weekday, s.time_from, s.time_to) for s in slots] == expected


def test_a_typo_in_a_weekday_is_read_and_reported():
    read = read_schedule("вторнк 9:00-11:00")
    assert read.slots[0].weekday == TUE and read.corrected == [("вторнк", TUE)]


def test_an_ordinal_alone_is_not_a_weekday():
    # "четвърти" (fourth) and "czwarty" are ordinals, "четвер" is Thursday
    assert [s.weekday for s in read_schedule("всеки четвърти вторник").slots] == [TUE]
    assert read_schedule("всеки четвърти вторник").slots[0].week_of_month == 4
    assert [s.weekday for s in read_schedule("щочетверга").slots] == [THU]


def test_by_appointment_only_with_where_to_sign_up():
    read = read_schedule("по предварително записване в стая 5, тел. 0700 11 23")
    assert [s.frequency for s in read.slots] == [APPOINTMENT]
    assert read.by_appointment and read.sign_up == "по предварително записване в стая 5, тел. 0700 11 23"


def test_phone_numbers_are_not_hours_and_backwards_hours_are_reported():
    read = read_schedule("петък, тел. 0700-11-22")
    assert read.slots[0].time_from is None
    assert read_schedule("петък 16:00–13:00").bad_hours == ["16:00–13:00"]


def test_a_table_copied_from_a_pdf_one_cell_per_line():
    result = read_receptions(read_document(DATA / "priemni_dni_pdf_bg.txt"))
    assert [(e.who, e.schedule.slots[0].weekday, e.schedule.slots[0].time_from, e.room) for e in result.entries] == [
        ("Кмет", FRI, T("13:00"), "315"), ("Секретар", MON, T("13:00"), "316")]
