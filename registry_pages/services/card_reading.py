"""Where the service cards are in a document, and which text belongs to which section.

Three shapes, tried in this order:

* a table whose header names the sections ("Наименование | Срок | Такса …"):
  one card per row (a row whose cells all say the same, a merged row, names
  the category of the rows below it);
* one card written as prose: headings or "Label:" lines start sections, a
  two-column "label | value" table (rows numbered or not) gives sections too,
  other tables belong to the section they stand in (a documents table);
* nothing else: no card.

The site's menu before the card (text copied from a browser) is skipped: the
card starts at its first section label, its title is the heading (or the last
title-like line) right before it unless a "Наименование на услугата" /
"Nazwa usługi" / "Назва послуги" label names it. A footer line ("©", "All
rights reserved", "Wszelkie prawa zastrzeżone" …) ends the card.
"""

import re
from dataclasses import dataclass, field

from registry_pages.services.card_sections import section_of, split_label
from registry_pages.services.durations import fold

_FOOTER = re.compile(
    r"^©|\(c\) ?\d{4}|всички права запазени|wszelkie prawa zastrzeżone|усі права захищені|всі права захищені"
    r"|all rights reserved|политика за бисквитки|polityka (?:prywatności|cookies)|карта на сайта|mapa strony"
    r"|мапа сайту|версия за печат|wersja do druku|версія для друку|^сподели|^udostępnij|^поділитися"
    r"|^назад към|^powrót do|^повернутися"
)
_MENU = re.compile(r"\s[|>»/›]\s")


@dataclass
class CardText:
    """One card's text by section: {section: [(where, text), …]}, the tables inside sections, and where it is."""

    title: str = ""
    where: str = ""
    sections: dict = field(default_factory=dict)
    tables: list = field(default_factory=list)  # (section, Block)
    category: str = ""

    def add(self, section: str, text: str, where: str) -> None:
        for line in str(text).split("\n"):
            line = line.strip()
            if line:
                self.sections.setdefault(section, []).append((where, line))

    def texts(self, section: str) -> list[str]:
        return [text for _where, text in self.sections.get(section, [])]


def _distinct(cells) -> list[str]:
    """The cells of a row, merged cells (repeated) once, empty ones dropped."""
    found = []
    for cell in cells:
        cell = (cell or "").strip()
        if cell and (not found or found[-1] != cell):
            found.append(cell)
    return found


def _header(table) -> tuple[int, dict] | None:
    """(row index, {column: section}) when one of the first rows names a title column and two more sections."""
    for index, row in enumerate(table.rows[:5]):
        columns = {}
        for column, cell in enumerate(row):
            section = section_of(cell) if cell and len(cell) < 90 else None
            if section and section not in columns.values():
                columns[column] = section
        if "title" in columns.values() and len(columns) >= 3:
            return index, columns
    return None


def _rows_as_cards(table, start: int, columns: dict) -> list[CardText]:
    cards, category = [], ""
    for row, where in zip(table.rows[start + 1:], table.row_where[start + 1:]):
        cells = _distinct(row)
        if not cells:
            continue
        if len(cells) == 1 and len(row) > 1 and all((cell or "").strip() in ("", cells[0]) for cell in row):
            category = cells[0]  # a merged row across the table: the category of the rows below
            continue
        card = CardText(where=where, category=category)
        for column, section in columns.items():
            value = row[column].strip() if column < len(row) and row[column] else ""
            if section == "title":
                card.title = value.replace("\n", " ")
            elif value:
                card.add(section, value, where)
        if card.title or card.sections:
            cards.append(card)
    return cards


def _label_rows(table) -> list[tuple[str, str, str]]:
    """(section, value, where) of a "label | value" table (a number column first is fine), or [] if it is not one."""
    found = []
    for row, where in zip(table.rows, table.row_where):
        cells = _distinct(row)
        for index, cell in enumerate(cells[:3]):
            if len(cell) > 120 or re.fullmatch(r"[\d.]+", cell):
                continue
            section, rest = split_label(cell.split("\n")[0], loose=True)
            if section is not None:
                value = "\n".join(cells[index + 1:])
                found.append((section, "\n".join(filter(None, [rest, value])), where))
            break
    return found if len(found) >= 2 and len(found) * 2 >= len(table.rows) else []


def _title_from(candidates) -> str:
    headings = [block.text for block in candidates if block.kind == "heading" and not _MENU.search(block.text)
                and split_label(block.text, loose=True)[0] is None]
    if headings:
        return _title_case(headings[-1])
    for block in reversed(candidates):
        text = block.text
        if len(text.split()) >= 2 and len(text) <= 300 and not _MENU.search(text) and not _FOOTER.search(fold(text)):
            return _title_case(text)
    return ""


def _title_case(text: str) -> str:
    """"УДОСТОВЕРЕНИЕ ЗА НАСЛЕДНИЦИ" (a PDF's heading in capitals) as "Удостоверение за наследници"."""
    return text[:1] + text[1:].lower() if text.isupper() and len(text.split()) >= 2 else text


# Sections a site's menu also names ("Контакти", "Образци", "E-услуги"): a card does not start at one of them.
_MENU_WORDS = {"contacts", "forms", "online", "category", "payment", "summary", "places", "place_address",
               "place_hours", "phone", "email", "by_post", "collect"}


def _start(blocks) -> int:
    """Where the card starts: its title heading right before the first section a menu would not name,
    or that section; 0 when there is none (then any label starts it)."""
    for index, block in enumerate(blocks):
        if block.kind == "table":
            if _label_rows(block):
                return index
            continue
        section, _rest = split_label(block.text, loose=block.kind == "heading")
        if section is not None and section not in _MENU_WORDS:
            for back in range(index - 1, max(index - 16, -1), -1):  # the card's title heading, above its first labels
                if blocks[back].kind == "heading" and split_label(blocks[back].text, loose=True)[0] is None:
                    return back
            return index
    return 0


def _prose_card(blocks) -> CardText | None:
    card, current, started = CardText(), None, False
    start = _start(blocks)
    candidates, blocks = list(blocks[:start]), blocks[start:]
    for block in blocks:
        if block.kind == "table":
            pairs = _label_rows(block)
            if pairs:
                if not started:
                    card.where, started = block.where, True
                for section, value, where in pairs:
                    if section == "title":
                        card.title = card.title or value.replace("\n", " ")
                    else:
                        card.add(section, value, where)
                current = None
            elif started and current:
                card.tables.append((current, block))
            continue
        text, where = block.text, block.where
        if started and _FOOTER.search(fold(text)):
            break
        section, rest = split_label(text, loose=block.kind == "heading")
        if section is not None:
            if not started:
                card.where, started = where, True
                if not card.title and section != "title":
                    card.title = _title_from(candidates)
            if section == "title":
                card.title = rest or card.title
                current = "title_next" if not rest else None
                continue
            current = section
            card.add(section, rest, where)
        elif not started:
            candidates.append(block)
        elif current == "title_next":
            card.title, current = text, None
        elif current is not None:
            card.add(current, text, where)
        elif block.kind == "heading" and not card.title:
            card.title = _title_case(text)
    if not started:
        return None
    if not card.title:
        card.title = _title_from(candidates)
    return card


def find_cards(document) -> list[CardText]:
    """The service cards of a `Document` (registry_pages.importing.document), in order."""
    cards = []
    for table in document.tables():
        header = _header(table)
        if header is not None:
            cards.extend(_rows_as_cards(table, *header))
    if cards:
        return cards
    card = _prose_card(document.blocks)
    return [card] if card is not None else []
