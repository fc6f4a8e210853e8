"""Fees as cards write them, read into amount / currency / per unit / free / exemption (services/fee_text.py)."""

from decimal import Decimal

import pytest

from registry_pages.services.fee_text import read_fee

CASES = [
    # text, default currency, amount, currency, per unit, unit, free, exemption
    ("5.00 лева", "EUR", Decimal("5.00"), "BGN", None, "", False, False),
    ("5,00 лв.", "EUR", Decimal("5.00"), "BGN", None, "", False, False),
    ("33 zł", "EUR", Decimal("33"), "PLN", None, "", False, False),
    ("0,85 грн", "EUR", Decimal("0.85"), "UAH", None, "", False, False),
    ("1 234,50 лв.", "EUR", Decimal("1234.50"), "BGN", None, "", False, False),
    ("EUR 2.56", "BGN", Decimal("2.56"), "EUR", None, "", False, False),
    ("12,50", "PLN", Decimal("12.50"), "PLN", None, "", False, False),  # no currency: the site's country's
    ("безплатно", "EUR", None, "EUR", None, "", True, False),
    ("bezpłatnie", "PLN", None, "PLN", None, "", True, False),
    ("безоплатно", "UAH", None, "UAH", None, "", True, False),
    ("30 лв. + 0,50 лв. на точка", "EUR", Decimal("30"), "BGN", Decimal("0.50"), "точка", False, False),
    ("0,85 грн за сторінку", "EUR", None, "UAH", Decimal("0.85"), "сторінку", False, False),
    ("5 лв. за удостоверение", "EUR", Decimal("5"), "BGN", None, "", False, False),  # a fixed fee, not per unit
    ("zwolnione z opłaty skarbowej na podstawie art. 2 ust. 1", "PLN", None, "PLN", None, "", True, True),
    ("Opłata skarbowa 17 zł; zwolnieni: osoby niepełnosprawne", "PLN", Decimal("17"), "PLN", None, "", False, True),
]


@pytest.mark.parametrize(("text", "default", "amount", "currency", "per_unit", "unit", "free", "exemption"), CASES)
def test_a_written_fee_is_read(text, default, amount, currency, per_unit, unit, free, exemption):
    fee = read_fee(text, default)
    assert (fee.amount, fee.currency, fee.per_unit_amount, fee.unit, fee.free, fee.exemption) == (
        amount, currency, per_unit, unit, free, exemption)
    assert fee.text == text


def test_free_is_amount_zero_and_a_formula_keeps_its_text():
    assert read_fee("безплатно", "BGN").as_block("обикновена")["amount"] == Decimal("0")
    formula = read_fee("2% от данъчната оценка", "BGN")
    assert formula.is_formula and formula.as_block()["formula"] == "2% от данъчната оценка"
    per_unit = read_fee("30 лв. + 0,50 лв. на точка", "BGN").as_block("обикновена")
    assert per_unit["amount"] == Decimal("30") and per_unit["per_unit_amount"] == Decimal("0.50")
    assert per_unit["formula"] == "30 лв. + 0,50 лв. на точка"


@pytest.mark.parametrize("text", ["", "\x00\x00", "по тарифа", "=HYPERLINK(\"http://x\")"])
def test_what_is_no_fee_reads_as_nothing(text):
    assert read_fee(text, "BGN") is None


def test_a_huge_number_is_not_an_amount():
    fee = read_fee("99999999999 лв.", "BGN")
    assert fee.amount is None and fee.is_formula  # kept as written, never a number the field cannot store
