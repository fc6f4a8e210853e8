"""What every file becomes: blocks of headings, paragraphs and tables, and the text cleaning they share.

`document.read_document` fills a `Document` with `Block`s through the readers of
`formats/`; the register importers read the blocks. Text is cleaned once here:
control characters (NUL included) removed, whitespace collapsed, no-break spaces
made plain, Unicode NFC.
"""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from registry_pages.importing.reader import ReadError, decode

MAX_BYTES = 20 * 1024 * 1024
MAX_UNPACKED_BYTES = 200 * 1024 * 1024  # a .docx/.xlsx is a zip: refuse one that unpacks to more (a zip bomb)
MAX_TABLE_ROWS = 20_000
SUFFIXES = (".docx", ".xlsx", ".csv", ".html", ".htm", ".txt")

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\ufeff]")
_SPACE = re.compile(r"[ \t\u00a0\u2007\u202f\r\n]+")


def clean(text, keep_lines: bool = False) -> str:
    """One cell or line of text as the importers compare it.

    With `keep_lines`, a cell written as several paragraphs (a list of
    documents in one table cell) keeps them as lines joined by "\n".
    """
    text = _CONTROL.sub("", unicodedata.normalize("NFC", str(text or "")))
    if keep_lines:
        lines = (clean(line) for line in re.split(r"[\r\n\u2028\u2029]+", text))
        return "\n".join(line for line in lines if line)
    return _SPACE.sub(" ", text).strip()


@dataclass(frozen=True)
class Block:
    kind: str  # "heading" | "paragraph" | "table"
    text: str = ""
    level: int = 0
    rows: tuple = ()  # tuples of cell strings; a cell of several paragraphs keeps them as lines ("\n")
    where: str = ""
    row_where: tuple = ()


@dataclass
class Document:
    name: str
    suffix: str
    data: bytes
    blocks: list[Block] = field(default_factory=list)

    def tables(self) -> list[Block]:
        return [block for block in self.blocks if block.kind == "table"]

    def text_blocks(self) -> list[Block]:
        return [block for block in self.blocks if block.kind != "table"]

    def lines(self) -> list[tuple[str, str]]:
        """(where, text) of every heading, paragraph and table row (cells joined by " | "), in order."""
        found = []
        for block in self.blocks:
            if block.kind == "table":
                found.extend((where, " | ".join(cell.replace("\n", " ") for cell in row if cell)) for where, row in zip(block.row_where, block.rows))
            else:
                found.append((block.where, block.text))
        return found


def text_of(data: bytes) -> str:
    """Plain text in UTF-8, or in Windows-1251 when it is clearly Cyrillic text saved by an old program."""
    try:
        return decode(data)
    except ReadError as refused:
        try:
            text = data.decode("cp1251")
        except UnicodeDecodeError:
            raise refused from None
        if _looks_cyrillic(text):
            return text
        raise refused from None


def _looks_cyrillic(text: str) -> bool:
    """Mostly Cyrillic letters, and words not mixing scripts (Polish cp1250 read as cp1251 mixes them: "Zaїуіж")."""
    letters = [c for c in text if c.isalpha()]
    if not letters or sum("\u0400" <= c <= "\u04ff" for c in letters) / len(letters) <= 0.5:
        return False
    words = [w for w in re.findall(r"\w+", text) if any(c.isalpha() for c in w)]
    mixed = sum(1 for w in words if re.search(r"[A-Za-z]", w) and re.search(r"[\u0400-\u04ff]", w))
    return mixed <= 0.1 * len(words)


def check_zip(data: bytes, kind: str) -> zipfile.ZipFile:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise ReadError(_("the file is not a valid %(kind)s file (is it an older .doc/.xls? save it as %(kind)s)")
                        % {"kind": kind}) from None
    if sum(info.file_size for info in archive.infolist()) > MAX_UNPACKED_BYTES:
        raise ReadError(_("the file unpacks to more than %(size)d MB; it cannot be imported")
                        % {"size": MAX_UNPACKED_BYTES // 2**20})
    return archive


def regroup_cells(lines: list[str], header: list[str]) -> list[tuple[str, ...]]:
    """Rows of a table that arrived one cell per line (text copied out of a PDF or a browser).

    `header` is the column names as the table gives them; the lines after the
    header's last cell are cut into rows of that many cells. Lines before the
    header are ignored; a short last row is padded with empty cells.
    """
    wanted = [clean(name).casefold() for name in header]
    folded = [clean(line).casefold() for line in lines]
    for start in range(len(folded) - len(wanted) + 1):
        if folded[start:start + len(wanted)] == wanted:
            cells = [clean(line) for line in lines[start + len(wanted):]]
            width = len(wanted)
            rows = [tuple(cells[i:i + width]) for i in range(0, len(cells), width)]
            return [row + ("",) * (width - len(row)) for row in rows]
    return []
