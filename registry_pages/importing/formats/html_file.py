"""A saved web page: the content, without the site around it.

The page's `<main>` (or `<article>`, or `role="main"`) is read when it has
one, else the `<body>`; navigation, header, footer, side bars, forms and
scripts are dropped, so a municipality's menu does not become part of a
service card. Headings `h1`–`h6`, tables and text blocks come out in order;
`<br>` starts a new paragraph (cards often write "Срок: 7 дни<br>Такса: …").
The character set is the page's `<meta charset>`, else UTF-8, else
Windows-1251 for Cyrillic pages saved by old programs.
"""

import re

import lxml.html
from django.utils.translation import gettext as _

from registry_pages.importing.blocks import MAX_TABLE_ROWS, Block, clean, text_of
from registry_pages.importing.reader import ReadError

DROPPED = {"nav", "header", "footer", "aside", "script", "style", "form", "noscript", "button", "select",
           "template", "svg", "iframe", "object", "menu", "head", "title", "meta", "link"}
_DROPPED_ROLES = {"navigation", "banner", "contentinfo", "search", "complementary"}
_BLOCKS = {"p", "div", "section", "article", "main", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre",
           "address", "figure", "figcaption", "center", "body", "fieldset", "details", "summary"}
_HEADINGS = {f"h{level}": level for level in range(1, 7)}
_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_-]+)""", re.I)


def _decode(data: bytes) -> str:
    declared = _CHARSET.search(data[:4096])
    if declared:
        try:
            return data.decode(declared.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass
    return text_of(data)


def _root(tree):
    for xpath in ("//main", "//*[@role='main']", "//article"):
        found = tree.xpath(xpath)
        if found:
            return found[0]
    body = tree.find("body")
    return body if body is not None else tree


def _dropped(element) -> bool:
    return (not isinstance(element.tag, str) or element.tag in DROPPED
            or (element.get("role") or "") in _DROPPED_ROLES or element.get("hidden") is not None
            or (element.get("aria-hidden") or "") == "true")


class _Reader:
    def __init__(self):
        self.blocks, self.buffer, self.tables, self.paragraphs = [], [], 0, 0

    def flush(self):
        text = clean(" ".join(self.buffer))
        self.buffer = []
        if text:
            self.paragraphs += 1  # counted as a reader counts them, not with the headings and tables
            self.blocks.append(Block("paragraph", text=text, where=_("paragraph %(number)d") % {"number": self.paragraphs}))

    def walk(self, element):
        for child in element:
            if not isinstance(child.tag, str):  # comments, processing instructions
                self.buffer.append(child.tail or "")
                continue
            if _dropped(child):
                self.buffer.append(child.tail or "")
                continue
            tag = child.tag.lower()
            if tag in _HEADINGS:
                self.flush()
                text = clean(child.text_content())
                if text:
                    self.blocks.append(Block("heading", text=text, level=_HEADINGS[tag],
                                             where=_("heading “%(text)s”") % {"text": text[:60]}))
            elif tag == "table":
                self.flush()
                self.table(child)
            elif tag == "br":
                self.flush()
            elif tag in _BLOCKS:
                self.flush()
                self.buffer.append(child.text or "")
                self.walk(child)
                self.flush()
            else:
                self.buffer.append(child.text or "")
                self.walk(child)
            self.buffer.append(child.tail or "")

    def table(self, table):
        self.tables += 1
        rows, row_where = [], []
        own_rows = (row for row in table.iter("tr") if next(row.iterancestors("table")) is table)  # not a nested table's
        for number, row in enumerate(own_rows, start=1):
            cells = []
            for cell in row.xpath("./td|./th"):
                text = _cell_text(cell)
                span = cell.get("colspan") or "1"
                cells.extend([text] * (min(int(span), 50) if span.isdigit() and int(span) > 0 else 1))
            if any(cells):
                rows.append(tuple(cells))
                row_where.append(_("table %(table)d, row %(row)d") % {"table": self.tables, "row": number})
            if len(rows) > MAX_TABLE_ROWS:
                raise ReadError(_("table %(table)d has more than %(rows)d rows; split the file")
                                % {"table": self.tables, "rows": MAX_TABLE_ROWS})
        if rows:
            width = max(len(row) for row in rows)
            rows = [row + ("",) * (width - len(row)) for row in rows]
            self.blocks.append(Block("table", rows=tuple(rows), where=_("table %(table)d") % {"table": self.tables},
                                     row_where=tuple(row_where)))


def _cell_text(cell) -> str:
    """A cell's text, its paragraphs, list items and line breaks kept as lines."""
    for br in cell.xpath(".//br"):
        br.tail = "\n" + (br.tail or "")
    for block in cell.xpath(".//p|.//li|.//div|.//tr"):
        block.tail = "\n" + (block.tail or "")
        block.text = "\n" + (block.text or "")
    return clean(cell.text_content(), keep_lines=True)


def read_html(data: bytes) -> list[Block]:
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", _decode(data))
    try:
        tree = lxml.html.document_fromstring(text)
    except (lxml.etree.ParserError, ValueError):
        raise ReadError(_("the file is not a readable web page")) from None
    reader = _Reader()
    root = _root(tree)
    reader.buffer.append(root.text or "")
    reader.walk(root)
    reader.flush()
    return reader.blocks
