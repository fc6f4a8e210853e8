"""Amounts as editors and spreadsheets write them: a decimal comma is a decimal comma, "1,234" is refused."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from registry_pages.core.amounts import AmountError, parse_amount
from registry_pages.importing.base import RowError
from registry_pages.services.blocks import FeeBlock
from registry_pages.services.importer import ServiceImporter
from tests.registry_pages.services.support import card, catalogue, category


@pytest.mark.parametrize(
    ("typed", "amount"),
    [
        ("5", "5"), ("5.00", "5.00"), ("5,00", "5.00"), ("0,5", "0.5"), ("12,50", "12.50"),
        ("1 234,50", "1234.50"), ("1\u00a0234,50", "1234.50"), ("1.234,50", "1234.50"), ("1,234.50", "1234.50"),
        ("1.234.567", "1234567"), (" 7,5 ", "7.5"),
    ],
)
def test_amounts_people_type_are_read_as_meant(typed, amount):
    assert parse_amount(typed) == Decimal(amount)


@pytest.mark.parametrize("typed", ["1,234", "1.234", "12.500"])
def test_a_single_separator_before_three_digits_is_refused_as_ambiguous(typed):
    with pytest.raises(AmountError) as refused:
        parse_amount(typed)
    assert refused.value.ambiguous


@pytest.mark.parametrize("typed", ["", "abc", "5,", ",5", "1.2.3", "1,234,5", "1.234,5.6", "５", "5 лв.", "NaN", "1e3"])
def test_what_is_no_amount_is_refused(typed):
    with pytest.raises(AmountError) as refused:
        parse_amount(typed)
    assert not refused.value.ambiguous


def _fee_amount(typed):
    block = FeeBlock().child_blocks["amount"]
    return block.clean(block.value_from_datadict({"amount": typed}, {}, "amount"))


def test_the_fee_field_stores_5_comma_00_as_five(settings):
    assert _fee_amount("5,00") == Decimal("5.00")
    assert _fee_amount("5.00") == Decimal("5.00")


def test_the_fee_field_refuses_an_ambiguous_amount_with_a_message():
    with pytest.raises(ValidationError) as refused:
        _fee_amount("1,234")
    assert "1234" in str(refused.value) and "1,50" in str(refused.value)
    with pytest.raises(ValidationError):
        _fee_amount("-1")
    with pytest.raises(ValidationError):
        _fee_amount("5,123")  # three decimals: ambiguous, never 5123


def test_the_fee_field_is_a_text_field_with_a_decimal_keyboard():
    """A browser's number field turns "5,00" into 500 before the server sees it."""
    html = FeeBlock().child_blocks["amount"].field.widget.render("amount", "5.00")
    assert 'type="text"' in html and 'inputmode="decimal"' in html and "type=\"number\"" not in html


@pytest.mark.django_db
def test_the_card_editor_offers_the_text_fee_field(admin_client, site_root):
    page = card(catalogue(site_root), "Удостоверение за раждане", category("Гражданско състояние"))
    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert "inputmode" in html and "decimal" in html


def test_the_importer_reads_a_decimal_comma_and_refuses_an_ambiguous_amount():
    importer = ServiceImporter.__new__(ServiceImporter)
    assert importer.decimal("12,50", "fees") == Decimal("12.50")
    with pytest.raises(RowError) as refused:
        importer.decimal("1,234", "fees")
    assert refused.value.field == "fees" and "1234" in str(refused.value.message)
