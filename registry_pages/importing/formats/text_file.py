"""Plain text and CSV: what a browser or a PDF viewer gives when the text is copied out.

In .txt, a run of lines holding `|` (or tabs) is a table, one cell per
separator; a short line in capitals is a heading (how PDFs and typed
documents mark their sections); every other non-empty line is a paragraph.
"""

import csv
import io

from django.utils.translation import gettext as _

from registry_pages.core.spreadsheets import unquote_cell
from registry_pages.importing.blocks import MAX_TABLE_ROWS, Block, clean, text_of
from registry_pages.importing.reader import ReadError


def _cells(line: str) -> list[str] | None:
    if "|" in line:
        cells = [clean(cell) for cell in line.split("|")]
        if cells and not cells[0]:
            cells = cells[1:]  # "| a | b |"
        if cells and not cells[-1]:
            cells = cells[:-1]
        if set("".join(cells)) <= set("-:+= "):
            return []  # a Markdown-style rule "|---|---|"
        return cells
    if "\t" in line.strip():
        return [clean(cell) for cell in line.strip().split("\t")]
    return None


def is_caps_heading(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return 3 <= len(letters) and len(text) <= 90 and all(c.isupper() for c in letters)


def read_txt(data: bytes) -> list[Block]:
    blocks, rows, row_where = [], [], []
    tables = 0

    def flush():
        nonlocal tables, rows, row_where
        if rows:
            tables += 1
            blocks.append(Block("table", rows=tuple(rows), where=row_where[0], row_where=tuple(row_where)))
        rows, row_where = [], []

    for number, line in enumerate(text_of(data).splitlines(), start=1):
        cells = _cells(line)
        if cells is not None:
            if cells:
                rows.append(tuple(cells))
                row_where.append(_("line %(line)d") % {"line": number})
            continue
        text = clean(line)
        if not text:
            continue
        flush()
        kind, level = ("heading", 2) if is_caps_heading(text) else ("paragraph", 0)
        blocks.append(Block(kind, text=text, level=level, where=_("line %(line)d") % {"line": number}))
    flush()
    return blocks


def read_csv(data: bytes) -> list[Block]:
    text = text_of(data)
    sample = text[:4096]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    rows, row_where, previous_end = [], [], 0
    while True:
        start = previous_end + 1
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            raise ReadError(_("invalid CSV: %(error)s") % {"error": error}, line=start) from None
        previous_end = reader.line_num
        cells = [clean(unquote_cell(cell), keep_lines=True) for cell in cells]
        if not any(cells):
            continue
        if len(rows) >= MAX_TABLE_ROWS:
            raise ReadError(_("more than %(rows)d rows; split the file") % {"rows": MAX_TABLE_ROWS}, line=start)
        rows.append(tuple(cells))
        row_where.append(_("line %(line)d") % {"line": start})
    if not rows:
        return []
    return [Block("table", rows=tuple(rows), where=row_where[0], row_where=tuple(row_where))]
