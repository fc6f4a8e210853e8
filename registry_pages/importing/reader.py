"""Read an import file into numbered rows; refuse files that are not UTF-8.

Line numbers are what an editor sees in a text editor: for CSV the physical
line where the record starts (the header is line 1), for JSON the line of
the object's opening brace.
"""

import csv
import io
import json
from pathlib import Path

from django.utils.translation import gettext as _

from registry_pages.core.spreadsheets import unquote_cell


class ReadError(Exception):
    """The file cannot be read at all; `line` is where it went wrong (or None)."""

    def __init__(self, message, line=None):
        super().__init__(message)
        self.message, self.line = message, line

    def __str__(self):
        return f"line {self.line}: {self.message}" if self.line else str(self.message)


def decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise ReadError(
            _("the file is not UTF-8 text (byte 0x%(byte)02x cannot be read); save it as UTF-8 and try again")
            % {"byte": data[error.start]},
            line=line,
        ) from None


def read_rows(path) -> list[tuple[int, dict]]:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ReadError(_("cannot read %(path)s: %(error)s") % {"path": path, "error": error.strerror}) from None
    text = decode(data)
    if path.suffix.lower() == ".json":
        return _json_rows(text)
    if path.suffix.lower() == ".csv":
        return _csv_rows(text)
    raise ReadError(_("unknown file type “%(suffix)s”: use .csv or .json") % {"suffix": path.suffix})


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def _json_rows(text: str) -> list[tuple[int, dict]]:
    decoder = json.JSONDecoder()
    position = _skip_space(text, 0)
    if position >= len(text) or text[position] != "[":
        raise ReadError(_("a JSON import file holds a list of objects: [ {...}, {...} ]"), line=_line_of(text, position))
    position = _skip_space(text, position + 1)
    rows = []
    if position < len(text) and text[position] == "]":
        return rows
    while True:
        line = _line_of(text, position)
        try:
            value, position = decoder.raw_decode(text, position)
        except json.JSONDecodeError as error:
            raise ReadError(_("invalid JSON: %(error)s") % {"error": error.msg}, line=error.lineno) from None
        except RecursionError:
            raise ReadError(_("invalid JSON: lists or objects are nested too deeply"), line=line) from None
        if not isinstance(value, dict):
            raise ReadError(_("each item must be a JSON object with the columns as keys"), line=line)
        rows.append((line, {str(k).strip(): v for k, v in value.items()}))
        position = _skip_space(text, position)
        if position < len(text) and text[position] == ",":
            position = _skip_space(text, position + 1)
            continue
        if position < len(text) and text[position] == "]":
            break
        raise ReadError(_("invalid JSON: expected “,” or “]” after an object"), line=_line_of(text, position))
    if _skip_space(text, position + 1) != len(text):
        raise ReadError(_("invalid JSON: text after the closing “]”"), line=_line_of(text, position + 1))
    return rows


def _skip_space(text: str, position: int) -> int:
    while position < len(text) and text[position] in " \t\r\n":
        position += 1
    return position


def _csv_rows(text: str) -> list[tuple[int, dict]]:
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        raise ReadError(_("the CSV file is empty; the first line must name the columns"), line=1) from None
    except csv.Error as error:
        raise ReadError(_("invalid CSV: %(error)s") % {"error": error}, line=1) from None
    columns = [name.strip() for name in header]
    if not any(columns):
        raise ReadError(_("the first line must name the columns"), line=1)
    rows = []
    previous_end = reader.line_num
    while True:
        start = previous_end + 1
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            raise ReadError(_("invalid CSV: %(error)s") % {"error": error}, line=start) from None
        previous_end = reader.line_num
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) > len(columns):
            raise ReadError(
                _("%(found)d cells but the header names %(expected)d columns") % {"found": len(cells), "expected": len(columns)},
                line=start,
            )
        rows.append((start, {column: unquote_cell(cells[i]) if i < len(cells) else "" for i, column in enumerate(columns) if column}))
    return rows
