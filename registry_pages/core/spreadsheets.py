"""Cells that spreadsheet programs show as text, never run as formulas.

A title, comment or logged search such as `=HYPERLINK(…)`, `@SUM(…)` or
`+cmd|…` written as-is into a CSV file is a formula to Excel and LibreOffice
("CSV injection"). Every spreadsheet the portal writes, public (`export.csv`)
and admin (Wagtail report exports, CSV and XLSX), passes its cells through
`spreadsheet_cell`, following OWASP:

* text starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets a
  single quote in front (`'=HYPERLINK(…)`), shown by the programs as typed;
* numbers stay numbers, negative ones included (`-3` typed as a number is
  data; the text "-3" is quoted like any other text);
* for XLSX, characters openpyxl refuses (control characters) are removed, so
  one logged search with such a character cannot break the whole export.

JSON exports are data, not spreadsheets: they are left as they are. The
CSV importers take the quote off again (`unquote_cell`), so an export
imports back unchanged.

Every admin CSV export also starts with a UTF-8 byte order mark (EF BB BF), as
the public `export.csv` downloads do: without it Excel reads the file in the
computer's legacy code page and shows Cyrillic and Polish letters as mojibake.
"""

import datetime

from django.utils import timezone
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

# The byte order mark Excel needs to read a CSV file as UTF-8.
UTF8_BOM = "\ufeff"

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_cell(value, xlsx: bool = False):
    """`value` made safe for a spreadsheet cell; non-text values are returned unchanged."""
    if not isinstance(value, str):
        return value
    if xlsx:
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
    if value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def unquote_cell(value: str) -> str:
    """The reverse, for importers reading the portal's own CSV back: `'+359 …` → `+359 …`."""
    if value.startswith("'") and value[1:].startswith(FORMULA_STARTS):
        return value[1:]
    return value


class SafeSpreadsheetExportMixin:
    """For Wagtail views with `SpreadsheetExportMixin` (ReportView, IndexView):
    every exported value goes through `spreadsheet_cell` after Wagtail's own
    preprocessing (which turns lazy strings, lists and dates into cells), and a
    CSV export starts with the UTF-8 byte order mark, declared as UTF-8, and shows
    moments in the site's time zone."""

    def stream_csv(self, queryset):
        yield UTF8_BOM
        yield from super().stream_csv(queryset)

    def write_csv_response(self, queryset):
        response = super().write_csv_response(queryset)
        response["Content-Type"] = "text/csv; charset=utf-8"
        return response

    def preprocess_field_value(self, field, value, export_format):
        if export_format == self.FORMAT_CSV and isinstance(value, datetime.datetime) and timezone.is_aware(value):
            value = timezone.localtime(value).strftime("%Y-%m-%d %H:%M")  # the site's time, not UTC
        value = super().preprocess_field_value(field, value, export_format)
        return spreadsheet_cell(value, xlsx=export_format == self.FORMAT_XLSX)
