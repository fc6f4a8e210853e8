"""Word (.docx): paragraphs and tables in the order the document has them.

Word's automatic numbering ("1.", "1.1.", "а)") is not in a paragraph's
text: it is drawn from the numbering definitions. Plans and codes depend on
it, so it is rendered here from the definitions, counting in document order
(cells included), as Word shows it. A table cell of several paragraphs keeps
them as lines; merged cells repeat their text in each column they cover.
"""

import io

from django.utils.translation import gettext as _
from docx.oxml.ns import qn

from registry_pages.importing.blocks import MAX_TABLE_ROWS, Block, check_zip, clean
from registry_pages.importing.reader import ReadError

_ROMAN = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
          (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
_CYRILLIC = "абвгдежзиклмнопрстуфхцчшщэюя"


def _roman(number: int) -> str:
    out = ""
    for value, letters in _ROMAN:
        while number >= value:
            out, number = out + letters, number - value
    return out


def _letter(number: int, alphabet: str = "abcdefghijklmnopqrstuvwxyz") -> str:
    return alphabet[(number - 1) % len(alphabet)] * ((number - 1) // len(alphabet) + 1)


_FORMATS = {
    "decimal": str,
    "decimalZero": lambda n: f"{n:02d}",
    "lowerLetter": _letter,
    "upperLetter": lambda n: _letter(n).upper(),
    "lowerRoman": _roman,
    "upperRoman": lambda n: _roman(n).upper(),
    "russianLower": lambda n: _letter(n, _CYRILLIC),
    "russianUpper": lambda n: _letter(n, _CYRILLIC).upper(),
}


class Numbering:
    """Counters of Word's numbered lists, rendered as each level's text ("%1.%2.")."""

    def __init__(self, document):
        self.levels, self.abstract_of, self.counters = {}, {}, {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        for abstract in root.findall(qn("w:abstractNum")):
            key = abstract.get(qn("w:abstractNumId"))
            for lvl in abstract.findall(qn("w:lvl")):
                self.levels[(key, int(lvl.get(qn("w:ilvl"), 0)))] = (
                    int(self._val(lvl, "w:start") or 1),
                    self._val(lvl, "w:numFmt") or "decimal",
                    self._val(lvl, "w:lvlText") or "",
                )
        for num in root.findall(qn("w:num")):
            abstract = num.find(qn("w:abstractNumId"))
            if abstract is not None:
                self.abstract_of[num.get(qn("w:numId"))] = abstract.get(qn("w:val"))

    @staticmethod
    def _val(element, tag):
        child = element.find(qn(tag))
        return None if child is None else child.get(qn("w:val"))

    def label(self, paragraph) -> str:
        num_pr = self._num_pr(paragraph)
        if num_pr is None:
            return ""
        num_id = self._val(num_pr, "w:numId")
        level = int(self._val(num_pr, "w:ilvl") or 0)
        abstract = self.abstract_of.get(num_id)
        if abstract is None or (abstract, level) not in self.levels:
            return ""
        counters = self.counters.setdefault(abstract, {})
        start = self.levels[(abstract, level)][0]
        counters[level] = counters.get(level, start - 1) + 1
        for deeper in [key for key in counters if key > level]:
            del counters[deeper]
        _start, fmt, text = self.levels[(abstract, level)]
        if fmt in ("bullet", "none"):
            return ""
        for shown in range(level + 1):
            if f"%{shown + 1}" in text:
                shown_fmt = self.levels.get((abstract, shown), (1, "decimal", ""))[1]
                value = counters.get(shown, self.levels.get((abstract, shown), (1,))[0])
                text = text.replace(f"%{shown + 1}", _FORMATS.get(shown_fmt, str)(value))
        return text.strip()

    def _num_pr(self, paragraph):
        p_pr = paragraph._p.pPr
        if p_pr is not None and p_pr.numPr is not None:
            return p_pr.numPr
        style = paragraph.style
        while style is not None:
            s_pr = style.element.pPr
            if s_pr is not None and s_pr.numPr is not None:
                return s_pr.numPr
            style = style.base_style
        return None


def _heading_level(paragraph) -> int:
    name = (paragraph.style.name if paragraph.style is not None else "").casefold()
    if name == "title":
        return 1
    if name.startswith("heading"):
        digits = "".join(c for c in name if c.isdigit())
        return min(int(digits), 6) if digits else 1
    return 0


def _paragraph_text(paragraph, numbering) -> str:
    label = numbering.label(paragraph)
    text = clean(paragraph.text)
    return f"{label} {text}".strip() if label and text else text


def _walk(container, document):
    """Paragraphs and tables directly in `container`, content controls opened."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for child in container.iterchildren():
        if child.tag == qn("w:p"):
            yield Paragraph(child, document)
        elif child.tag == qn("w:tbl"):
            yield Table(child, document)
        elif child.tag == qn("w:sdt"):
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                yield from _walk(content, document)


def _cell_text(cell, document, numbering) -> str:
    from docx.table import Table

    lines = []
    for part in _walk(cell._tc, document):
        if isinstance(part, Table):
            lines.extend(" ".join(_cell_text(c, document, numbering) for c in row.cells) for row in part.rows)
        else:
            lines.append(_paragraph_text(part, numbering))
    return clean("\n".join(lines), keep_lines=True)


def read_docx(data: bytes) -> list[Block]:
    import docx
    from docx.table import Table

    check_zip(data, ".docx")
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception:  # python-docx raises several kinds for a file that is not a Word document
        raise ReadError(_("the file is not a readable .docx document; open it in Word or LibreOffice and save it as .docx")) from None
    numbering = Numbering(document)
    blocks, paragraphs, tables = [], 0, 0
    for part in _walk(document.element.body, document):
        if isinstance(part, Table):
            tables += 1
            rows, row_where = [], []
            for number, row in enumerate(part.rows, start=1):
                cells = tuple(_cell_text(cell, document, numbering) for cell in row.cells)
                if any(cells):
                    rows.append(cells)
                    row_where.append(_("table %(table)d, row %(row)d") % {"table": tables, "row": number})
                if len(rows) > MAX_TABLE_ROWS:
                    raise ReadError(_("table %(table)d has more than %(rows)d rows; split the file")
                                    % {"table": tables, "rows": MAX_TABLE_ROWS})
            if rows:
                blocks.append(Block("table", rows=tuple(rows), where=_("table %(table)d") % {"table": tables},
                                    row_where=tuple(row_where)))
            continue
        paragraphs += 1
        text = _paragraph_text(part, numbering)
        if text:
            level = _heading_level(part)
            blocks.append(Block("heading" if level else "paragraph", text=text, level=level,
                                where=_("paragraph %(number)d") % {"number": paragraphs}))
    return blocks
