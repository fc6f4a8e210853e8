"""`import_registry --type reception`: schedules in bg (prose .txt), pl (table in a saved .html page), uk (.docx prose)."""

import datetime as dt
import json
from pathlib import Path

import pytest
from django.core.management import call_command
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import Page

from registry_pages.importing.pipeline import import_document
from registry_pages.models import Position, ReceptionDaysPage
from registry_pages.receptions.schedule import APPOINTMENT, LAST, MONTHLY, WEEKLY
from tests.registry_pages.docx_builder import docx_bytes
from tests.registry_pages.support import CommandOutput, translate_ancestors

pytestmark = pytest.mark.django_db
DATA = Path(__file__).resolve().parents[2] / "data" / "importing" / "reception"
MON, TUE, WED, THU, FRI = range(5)
T = dt.time.fromisoformat

UKRAINIAN = [
    ("Title", "Графік особистого прийому громадян"),
    ("Normal", "Прийом проводиться у приміщенні міської ради."),
    ("Normal", "Міський голова — щочетверга з 10:00 до 12:00 за попереднім записом"),
    ("Normal", "Секретар міської ради — щомісяця в другий вівторок з 14 до 16 год., кабінет 5"),
    ("Normal", "Перший заступник міського голови — кожного першого понеділка місяця"),
    ("Normal", "Керуюча справами виконавчого комітету — лише за попереднім записом за тел. 0432 55 12 34"),
    ("Normal", "Центр надання адміністративних послуг працює: понеділок – пʼятниця 8:00–17:00"),
]


@pytest.fixture
def parent(site_root):
    return site_root.add_child(instance=Page(title="Общината", slug="test-obshtinata-import"))


def parent_in(parent, locales, language):
    translate_ancestors(parent, locales[language])
    copy = parent.copy_for_translation(locales[language])
    copy.save_revision().publish()
    return copy


def positions(locale, *titles):
    return {title: Position.objects.create(title=title, locale=locale) for title in titles}


def slots_of(report):
    page = ReceptionDaysPage.objects.get(pk=report.pages[0].page_id)
    return page, list(page.slots.select_related("position").order_by("sort_order", "pk"))


def test_bulgarian_prose_unknown_positions_block_and_are_proposed_in_bulgarian(parent, locales):
    positions(locales["bg"], "Кмет", "Секретар")
    report = import_document(DATA / "priemni_dni_bg.txt", "reception", parent, "bg")
    assert report.proposed["positions"] == ["Заместник-кмет", "Председател на общинския съвет"]
    with translation.override("bg"):
        expected = gettext("unknown position “%(name)s”: create it first, or import with --create-missing "
                           "to create it as a draft") % {"name": "Председател на общинския съвет"}
    assert expected.startswith("непозната длъжност")
    assert ("ред 6", expected) in [(e.where, e.message) for e in report.errors]
    assert not ReceptionDaysPage.objects.child_of(parent).exists()


def test_bulgarian_prose_with_create_missing(parent, locales):
    known = positions(locales["bg"], "Кмет", "Секретар")
    report = import_document(DATA / "priemni_dni_bg.txt", "reception", parent, "bg", create_missing=True)
    assert report.ok, report.errors
    [page_report] = report.pages
    assert page_report.title == "График за приемните дни на ръководството"
    assert page_report.fields == {"officials": 4, "slots": 4, "office_hours": 1}
    warnings = " ".join(page_report.warnings)
    assert "„четвъртак“" in warnings  # the typo, read as Thursday
    assert "ред 5:" in warnings  # the secretary's Wednesday has no hours
    page, slots = slots_of(report)
    assert not page.live and "документ за самоличност" in page.intro
    mayor, deputy, secretary, architect = slots
    assert mayor.position == known["Кмет"]
    assert (mayor.frequency, mayor.week_of_month, mayor.weekday, mayor.time_from, mayor.time_to) == (MONTHLY, 1, TUE, T("14:00"), T("16:00"))
    assert (mayor.room, mayor.sign_up, mayor.by_appointment) == ("12", "записване на тел. 0700 11 22", True)
    assert (deputy.official_name, deputy.weekday, deputy.time_from, deputy.room) == ("Мария Илиева", THU, T("09:00"), "14")
    assert (secretary.frequency, secretary.weekday, secretary.time_from) == (WEEKLY, WED, None)
    assert architect.frequency == APPOINTMENT and "0700 11 25" in architect.sign_up
    created = Position.objects.get(title="Председател на общинския съвет", locale=locales["bg"])
    assert not created.live and architect.position == created  # a draft, approved through the workflow
    [office] = page.office_hours_rows()
    assert (office["kind"], office["name"], office["hours"]) == ("cashier", "Касата", "8:30–16:30")


def test_polish_table_in_a_saved_page(parent, locales):
    pl_parent = parent_in(parent, locales, "pl")
    positions(locales["pl"], "Burmistrz", "Zastępca Burmistrza", "Sekretarz Miasta", "Skarbnik Miasta")
    report = import_document(DATA / "godziny_przyjec_pl.html", "reception", pl_parent, "pl")
    assert report.ok, report.errors
    assert report.pages[0].fields == {"officials": 4, "slots": 4, "office_hours": 1}
    page, (mayor, deputy, secretary, treasurer) = slots_of(report)
    assert page.title == "Przyjęcia interesantów w sprawie skarg i wniosków"
    assert (mayor.official_name, mayor.weekday, mayor.time_from, mayor.room) == ("Anna Nowakowska", MON, T("15:00"), "10")
    assert mayor.by_appointment and mayor.sign_up == "sekretariat, tel. 12 345 67 00"
    assert (deputy.frequency, deputy.week_of_month, deputy.weekday, deputy.by_appointment) == (MONTHLY, LAST, FRI, False)
    assert (secretary.frequency, secretary.week_of_month, secretary.time_from, secretary.by_appointment) == (MONTHLY, 2, None, True)
    assert treasurer.frequency == APPOINTMENT and "12 345 67 14" in treasurer.sign_up
    assert [office["name"] for office in page.office_hours_rows()] == ["Kasa"]


def test_ukrainian_word_prose_and_json_report(parent, locales):
    uk_parent = parent_in(parent, locales, "uk")
    positions(locales["uk"], "Міський голова", "Секретар міської ради")
    out = CommandOutput()
    path = Path(__file__).parent / "_grafik_uk.docx"
    path.write_bytes(docx_bytes(UKRAINIAN))
    try:
        call_command("import_registry", str(path), "--type", "reception", "--parent", str(uk_parent.pk),
                     "--language", "uk", "--dry-run", "--report", "json", "--create-missing", stdout=out)
    finally:
        path.unlink()
    payload = json.loads(out.text)
    assert payload["errors"] == []
    assert payload["pages"][0]["fields"] == {"officials": 4, "slots": 4, "office_hours": 1}
    assert payload["proposed"]["positions"] == ["Перший заступник міського голови", "Керуюча справами виконавчого комітету"]
    assert not ReceptionDaysPage.objects.child_of(uk_parent).exists()  # a dry run
    report = import_document(("grafik.docx", docx_bytes(UKRAINIAN)), "reception", uk_parent, "uk", create_missing=True)
    page, (mayor, secretary, deputy, manager) = slots_of(report)
    assert (mayor.weekday, mayor.time_from, mayor.time_to, mayor.by_appointment) == (THU, T("10:00"), T("12:00"), True)
    assert (secretary.frequency, secretary.week_of_month, secretary.time_from, secretary.room) == (MONTHLY, 2, T("14:00"), "5")
    assert (deputy.frequency, deputy.week_of_month, deputy.weekday, deputy.time_from) == (MONTHLY, 1, MON, None)
    assert manager.frequency == APPOINTMENT and "0432 55 12 34" in manager.sign_up
    [office] = page.office_hours_rows()
    assert (office["name"], office["days"], office["hours"]) == ("Центр надання адміністративних послуг", "понеділок – пʼятниця", "8:00–17:00")


@pytest.mark.parametrize("data", [b"", "Просто текст.\nБез приеми.\n".encode(), "=HYPERLINK(\"x\") | \"; \x00".encode()])
def test_files_without_receptions_are_refused(parent, data):
    report = import_document(("grafik.txt", data), "reception", parent, "bg")
    assert not report.ok and not ReceptionDaysPage.objects.child_of(parent).exists()
