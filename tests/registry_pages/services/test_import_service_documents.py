"""Service cards import as municipalities write them (issue 15): Word cards with headings and a documents
table, saved web pages with the site's menu and footer, text copied from PDFs, spreadsheets with several
cards as rows — in Bulgarian, Polish and Ukrainian — each with its sections counted in the report."""

import json
from decimal import Decimal

import pytest
from django.core.management import call_command
from django.utils import translation
from wagtail.models import Locale

from registry_pages.importing.pipeline import import_document
from registry_pages.models import ServiceCardPage, ServiceCategory
from tests.registry_pages.services import card_files
from tests.registry_pages.services.support import catalogue
from tests.registry_pages.support import CommandOutput, bg

pytestmark = pytest.mark.django_db


@pytest.fixture
def indexes(site_root):
    """The catalogue in bg, and its pl and uk versions (an import writes under the catalogue of its language)."""
    index = catalogue(site_root, "t-card-import")
    found = {"bg": index}
    for language in ("pl", "uk"):
        translated = index.copy_for_translation(Locale.objects.get(language_code=language), copy_parents=True)
        translated.save_revision().publish()
        found[language] = translated
    return found


def _source(language, shape):
    if shape == "docx":
        return (f"karta-{language}.docx", card_files.word_card(language))
    if shape == "xlsx":
        return (f"uslugi-{language}.xlsx", card_files.sheet_of_cards(language))
    suffix = "saved_page.html" if shape == "html" else "from_pdf.txt"
    return str(card_files.DATA / f"{language}_card_{suffix}")


def _times(card):
    return [(b.value["kind"], b.value["minimum"], b.value["maximum"], b.value["unit"]) for b in card.processing_times]


# language, shape -> [(title, code, documents, fees, times as structures, legal acts, places, contacts)]
EXPECTED = {
    ("bg", "docx"): [("Удостоверение за семейно положение", "2112", 3, 2,
                      [("period", None, 7, "working_days"), ("immediately", None, None, "")], 2, 3, True)],
    ("bg", "html"): [("Издаване на скица на поземлен имот", "2056", 4, 2,
                      [("period", None, 7, "calendar_days"), ("period", None, 3, "working_days")], 2, 1, True)],
    ("bg", "txt"): [("Удостоверение за наследници", "2079", 4, 2,
                     [("period", None, 7, "working_days"), ("period", None, 3, "working_days")], 2, 2, True)],
    ("bg", "xlsx"): [
        ("Удостоверение за данъчна оценка", "2450", 2, 1, [("period", None, 5, "working_days")], 1, 0, False),
        ("Удостоверение за платени данъци", "2451", 1, 0, [("period", None, 3, "calendar_days")], 1, 0, False),
        ("Препис от данъчна декларация", "2452", 2, 1, [("period", 7, 10, "working_days")], 1, 0, False),
    ],
    ("pl", "docx"): [("Zameldowanie na pobyt stały", "EL-01", 3, 1, [("immediately", None, None, "")], 1, 1, True)],
    ("pl", "html"): [("Wydanie odpisu aktu stanu cywilnego", "USC-07", 3, 2, [("immediately", None, None, "")],
                      2, 1, True)],
    ("pl", "txt"): [("Zaświadczenie o niezaleganiu w podatkach", "FN-03", 3, 0,
                     [("period", None, 7, "calendar_days")], 1, 1, True)],
    ("pl", "xlsx"): [
        ("Wydanie zaświadczenia o zameldowaniu", "EL-02", 2, 1, [("period", None, 7, "calendar_days")], 1, 0, False),
        ("Wymeldowanie z pobytu stałego", "EL-03", 1, 1, [("immediately", None, None, "")], 1, 0, False),
    ],
    ("uk", "docx"): [("Реєстрація місця проживання", "00101", 3, 1, [("immediately", None, None, "")], 0, 1, False)],
    ("uk", "html"): [("Видача довідки про склад сім'ї", "00042", 3, 1, [("immediately", None, None, "")], 1, 2, True)],
    ("uk", "txt"): [("Надання витягу з рішення виконавчого комітету", "01234", 3, 1, [("period", None, 1, "months")],
                     0, 1, True)],
    ("uk", "xlsx"): [
        ("Видача довідки про реєстрацію", "00201", 2, 1, [("immediately", None, None, "")], 1, 0, False),
        ("Видача копії рішення", "00202", 1, 1, [("period", None, 10, "working_days")], 1, 0, False),
        ("Витяг з реєстру громади", "00203", 2, 1, [("period", None, 3, "hours")], 1, 0, False),
    ],
}


@pytest.mark.parametrize(("language", "shape"), sorted(EXPECTED))
def test_each_shape_imports_with_its_sections_counted(indexes, language, shape):
    expected = EXPECTED[(language, shape)]
    report = import_document(_source(language, shape), "service", indexes[language], language, create_missing=True)
    assert report.errors == [], report.errors
    pages = report.as_json()["pages"]
    assert [(p["title"], p["fields"]["documents"], p["fields"]["fees"], p["fields"]["processing_times"],
             p["fields"]["legal_basis"], p["fields"]["places"], p["fields"]["contacts"], p["fields"]["code"])
            for p in pages] == [(e[0], e[2], e[3], len(e[4]), e[5], e[6], e[7], True) for e in expected]
    cards = ServiceCardPage.objects.child_of(indexes[language]).order_by("path")
    assert [(c.title, c.code, _times(c), c.live) for c in cards] == [(e[0], e[1], e[4], False) for e in expected]
    assert all(p["fields"]["processing_times_read"] == p["fields"]["processing_times"] for p in pages)


def test_the_saved_page_leaves_the_menu_and_footer_out_and_reads_payment_and_formula(indexes):
    report = import_document(_source("bg", "html"), "service", indexes["bg"], "bg")
    assert report.ok and report.proposed["categories"] == ["Устройство на територията"]
    card = ServiceCardPage.objects.get(code="2056")
    assert card.summary.startswith("Скицата показва границите на имота")
    fee = card.fees[0].value
    assert (fee["amount"], fee["per_unit_amount"], fee["unit"], fee["currency"]) == (
        Decimal("30"), Decimal("0.50"), "точка", "BGN")
    assert card.pay_at_cash_desk and card.pay_by_card and card.pay_by_transfer and not card.pay_online
    assert "BG18 RZBB 9155 1060 1234 56" in card.payment_account
    assert card.online_url == "https://e-uslugi.brezovo-pole.example/skica"
    [group] = [b.value for b in card.required_documents if b.block_type == "group"]
    assert group["condition"] == "Ако заявлението се подава от пълномощник"
    assert [d["name"] for d in group["documents"]] == ["Нотариално заверено пълномощно"]
    text = " ".join([card.title, card.summary, card.appeal, card.result])
    for menu in ("Начало", "Бързи връзки", "Всички права запазени", "Карта на сайта"):
        assert menu not in text
    assert card.category is None  # proposed, not created without --create-missing


def test_contacts_places_and_exemptions_of_a_polish_card(indexes):
    report = import_document(_source("pl", "html"), "service", indexes["pl"], "pl", create_missing=True)
    assert report.ok
    card = ServiceCardPage.objects.get(code="USC-07")
    assert card.category.name == "Urząd Stanu Cywilnego" and not card.category.live  # a draft category
    [person] = [b.value for b in card.contacts]
    assert (person["name"], person["position"], person["phone"], person["email"], person["publish_name"]) == (
        "Anna Nowak", "Kierownik USC", "55 123 45 67", "usc@zielona-dolina.example", False)
    assert card.fee_exemptions.startswith("Zwolnieni z opłaty skarbowej")
    assert [b.value["name"] for b in card.places] == ["Urząd Stanu Cywilnego, pokój 12, parter"]
    assert report.proposed["categories"] == ["Urząd Stanu Cywilnego"]


def test_the_ukrainian_two_column_card_fills_the_office_and_collection_place(indexes):
    report = import_document(_source("uk", "html"), "service", indexes["uk"], "uk")
    assert report.ok
    card = ServiceCardPage.objects.get(code="00042")
    places = [(b.value["purpose"], b.value["address"], b.value["hours"]) for b in card.places]
    assert places[0][0] == "apply" and "вул. Соборна, 5" in places[0][1] and places[0][2].startswith("Пн–Пт")
    assert places[1][0] == "collect"
    assert card.fees[0].value["amount"] == 0  # "Безоплатно"
    [person] = [b.value for b in card.contacts]
    assert person["phone"] == "(0532) 60-11-22" and person["email"] == "cnap@svitlohirsk.example"


def test_a_missing_fee_section_and_a_formula_cell_are_warnings_in_the_operators_language(indexes):
    report = import_document(_source("pl", "txt"), "service", indexes["pl"], "pl", dry_run=True)
    assert report.ok and not ServiceCardPage.objects.child_of(indexes["pl"]).exists()
    with translation.override("pl"):
        assert translation.gettext("no fee section found") in report.pages[0].warnings
        assert translation.gettext("no fee section found") != "no fee section found"
    sheet = import_document(_source("bg", "xlsx"), "service", indexes["bg"], "bg", dry_run=True)
    warnings = sheet.pages[1].warnings
    with translation.override("bg"):
        formula = translation.gettext("the fee “%(text)s” is a spreadsheet formula; enter the amount")
    assert formula % {"text": 'HYPERLINK("x","10")'} in warnings


def test_nul_and_a_latin_letter_in_a_label_do_not_stop_the_card(indexes, tmp_path):
    text = (card_files.DATA / "bg_card_from_pdf.txt").read_text(encoding="utf-8")
    assert "изпълнениe" in text  # the label's last letter is a Latin "e"
    path = tmp_path / "karta.txt"
    path.write_bytes(text.replace("Такса:", "Так\x00са:").encode("utf-8"))
    report = import_document(str(path), "service", indexes["bg"], "bg", dry_run=True)
    assert report.ok and report.pages[0].fields["processing_times"] == 2 and report.pages[0].fields["fees"] == 2


def test_a_file_without_a_card_is_an_error_and_nothing_is_written(indexes, tmp_path):
    path = tmp_path / "menu.txt"
    path.write_text("Начало\nНовини\nГалерия\n", encoding="utf-8")
    report = import_document(str(path), "service", indexes["bg"], "bg")
    assert not report.ok and not ServiceCardPage.objects.child_of(indexes["bg"]).exists()


def test_import_registry_prints_the_report_contract(indexes, tmp_path):
    ServiceCategory.objects.get_or_create(locale=bg(), name="Местни данъци и такси")
    path = tmp_path / "uslugi.xlsx"
    path.write_bytes(card_files.sheet_of_cards("bg"))
    out = CommandOutput()
    call_command("import_registry", str(path), "--type", "service", "--parent", str(indexes["bg"].pk),
                 "--language", "bg", "--report", "json", "--dry-run", stdout=out, stderr=CommandOutput())
    data = json.loads(out.text)
    assert data["errors"] == [] and data["proposed"]["categories"] == []
    assert set(data["pages"][0]["fields"]) >= {"documents", "fees", "processing_times", "legal_basis", "places",
                                               "who_may_apply", "result", "appeal", "code", "contacts"}
    assert [p["fields"]["code"] for p in data["pages"]] == [True, True, True]
    assert not ServiceCardPage.objects.child_of(indexes["bg"]).exists()
