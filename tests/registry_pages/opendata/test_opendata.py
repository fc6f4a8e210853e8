"""Shared open-data conventions: CSV with BOM and header, stable file names."""

import csv
import io

from registry_pages.opendata.responses import BOM, csv_response, csv_text


def test_csv_starts_with_bom_and_keeps_cyrillic():
    text = csv_text(["име", "телефон"], [["Сдружение „Зора“", None]])
    assert text.startswith(BOM)
    rows = list(csv.reader(io.StringIO(text[1:])))
    assert rows == [["име", "телефон"], ["Сдружение „Зора“", ""]]


def test_csv_response_is_an_attachment_in_utf8():
    response = csv_response(["a"], [["ż"]], "ngo-register-pl.csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="ngo-register-pl.csv"'
    assert response.content.decode("utf-8").startswith(BOM + "a\r\nż")
