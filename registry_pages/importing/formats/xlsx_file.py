"""Excel workbooks: each sheet with content is one table.

Values are read as Excel last showed them (cached results of formulas); a
formula never calculated (a file written by a program, not by Excel) gives
its text without the "=", so nothing is lost and nothing is run. Dates read
as DD.MM.YYYY, whole numbers without ".0".
"""

import datetime
import io
import warnings

from django.utils.translation import gettext as _

from registry_pages.importing.blocks import MAX_TABLE_ROWS, Block, check_zip, clean
from registry_pages.importing.reader import ReadError


def _value(cell, formula) -> str:
    value = cell
    if value is None and isinstance(formula, str) and formula.startswith("="):
        value = formula[1:]
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return value.strftime("%d.%m.%Y") if value.time() == datetime.time() else value.strftime("%d.%m.%Y %H:%M")
    if isinstance(value, datetime.date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return clean(value, keep_lines=True)


def read_xlsx(data: bytes) -> list[Block]:
    from openpyxl import load_workbook

    check_zip(data, ".xlsx")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            values = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
            formulas = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except Exception:  # openpyxl raises many kinds for a damaged workbook
        raise ReadError(_("the file is not a readable .xlsx workbook; open it in Excel or LibreOffice and save it again")) from None
    blocks = []
    for sheet in values.worksheets:
        formula_rows = formulas[sheet.title].iter_rows(values_only=True)
        rows, row_where = [], []
        for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
            raw = next(formula_rows, ())
            cells = [_value(cell, raw[i] if i < len(raw) else None) for i, cell in enumerate(row)]
            while cells and not cells[-1]:
                cells.pop()
            if not any(cells):
                continue
            if len(rows) >= MAX_TABLE_ROWS:
                raise ReadError(_("sheet %(sheet)s has more than %(rows)d rows; split the file")
                                % {"sheet": sheet.title, "rows": MAX_TABLE_ROWS})
            rows.append(tuple(cells))
            row_where.append(_("sheet %(sheet)s, row %(row)d") % {"sheet": sheet.title, "row": number})
        if rows:
            width = max(len(row) for row in rows)
            rows = [row + ("",) * (width - len(row)) for row in rows]
            blocks.append(Block("table", rows=tuple(rows), where=_("sheet %(sheet)s") % {"sheet": sheet.title},
                                row_where=tuple(row_where)))
    values.close()
    formulas.close()
    return blocks
