"""Where a card is in a document and which text is which section (services/card_reading.py,
card_sections.py, card_fields.py): no database."""

import pytest
from django.utils import translation

from registry_pages.importing.document import read_document
from registry_pages.services.card_fields import read_card
from registry_pages.services.card_reading import find_cards
from registry_pages.services.card_sections import section_of, split_label
from tests.registry_pages.services import card_files


@pytest.mark.parametrize(("label", "section"), [
    ("Необходими документи", "documents"), ("Срок за изпълнениe", "processing_times"),  # a Latin "e"
    ("3. Такса:", "fees"), ("Wymagane dokumenty", "documents"), ("Termin załatwienia sprawy", "processing_times"),
    ("Opłaty", "fees"), ("Tryb odwoławczy", "appeal"), ("Osoba do kontaktu", "contacts"),
    ("Перелік документів", "documents"), ("Строк надання послуги", "processing_times"), ("Вартість", "fees"),
    ("Порядок оскарження", "appeal"), ("Суб’єкт звернення", "who_may_apply"), ("Суб'єкт звернення", "who_may_apply"),
    ("Результат надання адміністративної послуги", "result"), ("Наименование на услугата", "title"),
    ("Nazwa usługi", "title"), ("Назва послуги", "title"), ("Правно оснавание", "legal_basis"),  # one typo
    ("Required documents", "documents"), ("Processing time", "processing_times"),
])
def test_labels_in_each_language_name_their_section(label, section):
    assert section_of(label) == section


@pytest.mark.parametrize("line", ["Лична карта", "Таксата се заплаща в брой", "Документи за собственост на имота",
                                  "Wniosek o wydanie zaświadczenia"])
def test_a_line_of_content_is_not_a_label(line):
    assert split_label(line) == (None, line)


def test_label_and_value_on_one_line():
    assert split_label("Срок за изпълнение: 7 дни") == ("processing_times", "7 дни")
    assert split_label("Kod usługi: USC-1") == ("code", "USC-1")


def _card(source, currency="BGN"):
    [text] = find_cards(read_document(source))
    return text, read_card(text, currency)


def test_text_copied_from_a_browser_starts_at_the_title_and_stops_at_the_footer():
    text, values = _card(str(card_files.DATA / "bg_card_from_pdf.txt"))
    assert values.title == "Удостоверение за наследници" and values.fields["code"] == "2079"
    everything = " ".join(line for lines in text.sections.values() for _where, line in lines)
    assert "Начало" not in everything and "Всички права запазени" not in everything and "Карта на сайта" not in everything
    [group] = [value for kind, value in values.streams["required_documents"] if kind == "group"]
    assert group["condition"] == "При подаване чрез пълномощник" and len(group["documents"]) == 2


def test_odd_numbering_and_a_missing_fee_section():
    with translation.override("en"):
        _text, values = _card(str(card_files.DATA / "pl_card_from_pdf.txt"), "PLN")
    names = [value["name"] for _kind, value in values.streams["required_documents"]]
    assert names == ["wniosek o wydanie zaświadczenia", "dowód uiszczenia opłaty skarbowej", "pełnomocnictwo"]
    assert values.streams["fees"] == [] and "no fee section found" in values.warnings
    [person] = [value for _kind, value in values.streams["contacts"]]
    assert person["position"] == "inspektor ds. podatków" and person["phone"] == "94 318 22 10" and not person["name"]


def test_a_pipe_table_from_a_pdf_gives_the_per_page_fee_and_the_month():
    _text, values = _card(str(card_files.DATA / "uk_card_from_pdf.txt"), "UAH")
    [(_kind, fee)] = values.streams["fees"]
    assert (str(fee["per_unit_amount"]), fee["unit"], fee["currency"], fee["amount"]) == ("0.85", "сторінку", "UAH", None)
    [(_kind, time)] = values.streams["processing_times"]
    assert (time["kind"], time["maximum"], time["unit"], time["as_written"]) == ("period", 1, "months", "до 1 місяця")
    assert [value["name"] for _kind, value in values.streams["contacts"]] == ["Ковальчук Олена"]


def test_a_sheet_of_cards_reads_the_merged_category_row_and_refuses_a_formula_as_fee():
    cards = find_cards(read_document(("uslugi.xlsx", card_files.sheet_of_cards("bg"))))
    assert [card.category for card in cards] == ["Местни данъци и такси"] * 3
    values = read_card(cards[1], "BGN")
    assert values.streams["fees"] == [] and any("HYPERLINK" in warning for warning in values.warnings)
