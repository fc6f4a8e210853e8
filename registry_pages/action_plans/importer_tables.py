"""Reading an action plan written as a table (Word, Excel, a web page, text with "|" cells).

Real plans are tables: No. | measure/task | deadline | responsible |
indicator | method of implementation | funding, in bg, pl, uk or en, with
headers typed by hand ("Odpowiedzalny", "Срок за изпълнение"). The header
row is found among the first rows of a table by matching each cell loosely
(`COLUMN_WORDS`: word beginnings, small typos tolerated); a table without a
task column and a deadline or owner column is not a plan table.

Below the header:
* a row numbering the columns ("1 | 2 | 3 | 4") or repeating the header is skipped;
* a row with only a number and a title (the other cells empty, or repeating
  the title because the cells are merged) is a heading: a theme, direction,
  goal or task. Its level comes from the word that opens it ("Направление",
  "Cel", "Завдання" …) or else from the depth of its number (1 → 1.1 → 1.1.1);
* every other row is an item (a measure), under the last heading;
* a row without a number, or repeating the previous item's number, continues that item
  (a table cut by a page break, a merged cell);
* a heading that ends up with no items and no sub-headings was an item
  without deadline and owner, and becomes one.
"""

from __future__ import annotations

import difflib
import re
import unicodedata

from django.utils.translation import gettext as _

from registry_pages.action_plans.importer_text import ItemDraft, PlanDraft, ThemeDraft

# Column kind → word beginnings of its header, in every language (case-folded, Latin diacritics removed).
COLUMN_WORDS = {
    "number": ("№", "no", "nr", "lp", "l p", "n", "#", "номер", "пор", "з/п", "п/п", "poz"),
    "deadline": ("срок", "termin", "термін", "строк", "deadline", "timeline", "timeframe", "due", "kiedy",
                 "okres realizacji", "време"),
    "funding": ("финанс", "източни", "бюджет", "средств", "finansow", "zrodl", "koszt", "фінансув", "джерел",
                "кошт", "funding", "financ", "source", "budget", "cost"),
    "indicator": ("индикатор", "показател", "очакван", "резултат", "wskaznik", "miernik", "rezultat", "efekt",
                  "індикатор", "показник", "результат", "очікуван", "indicator", "kpi", "result", "outcome"),
    "method": ("начин", "метод", "sposob", "forma", "metod", "спосіб", "механізм", "форма", "method", "means",
               "how"),
    "owner": ("отговор", "изпълнител", "odpowiedzial", "realizator", "wykonawc", "komorka", "відповідал",
              "виконавц", "виконавець", "responsib", "owner", "lead", "who"),
    "task": ("мярка", "мерки", "дейност", "задача", "действи", "dzialani", "zadani", "przedsiewzie", "zakres",
             "захід", "заходи", "заходу", "найменуван", "завданн", "measure", "task", "action", "activit"),
}
KIND_ORDER = ("number", "deadline", "funding", "indicator", "method", "owner", "task")
ITEM_FIELDS = ("deadline", "owner", "indicator", "method", "funding")

# Words that open a heading row, by level (direction → goal → task).
LEVEL_WORDS = (
    ("направление", "приоритет", "ос", "kierunek", "priorytet", "obszar", "напрям", "напрямок", "пріоритет",
     "direction", "priority", "area", "strand"),
    ("цел", "cel", "ціль", "мета", "goal", "objective"),
    ("задача", "zadanie", "завдання", "task"),
)
_ROMAN = re.compile(r"^(?=[ivxlc]+$)(c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$")
_NUMBER = re.compile(r"^\s*(?:(\d{1,3}(?:\.\d{1,3})*)\.?\)?(?!\d)|([IVXLC]{1,6})(?:[.)]|\s|$))")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFD", text.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))  # both sides folded alike
    text = unicodedata.normalize("NFC", text).replace("ł", "l")
    return " ".join(re.sub(r"[^\w№#/]+", " ", text).split())


def _header_kind(cell: str) -> str | None:
    words = fold(cell).split()
    if not words:
        return None
    joined = " ".join(words)
    for kind in KIND_ORDER:  # exact beginnings first, in priority order
        for stem in COLUMN_WORDS[kind]:
            stem = fold(stem) or stem
            if kind == "number":
                if joined == stem or (words[0] == stem and len(words) <= 3):
                    return kind
            elif " " in stem and joined.startswith(stem) or any(word.startswith(stem) for word in words):
                return kind
    for kind in KIND_ORDER[1:]:  # then small typos ("Odpowiedzalny", "Срк")
        for stem in COLUMN_WORDS[kind]:
            stem = fold(stem)
            if len(stem) >= 5 and any(difflib.SequenceMatcher(None, w[: len(stem)], stem).ratio() >= 0.8 for w in words):
                return kind
    return None


def header_columns(row) -> dict[str, int] | None:
    """{kind: column index} when `row` is a plan table's header."""
    columns: dict[str, int] = {}
    for index, cell in enumerate(row):
        kind = _header_kind(cell) if cell and len(cell) < 120 else None
        if kind and kind not in columns:
            columns[kind] = index
    if "task" in columns and ("deadline" in columns or "owner" in columns):
        return columns
    return None


def find_header(block) -> tuple[int, dict] | None:
    for index, row in enumerate(block.rows[:6]):
        columns = header_columns(row)
        if columns:
            return index, columns
    return None


def number_of(text: str) -> str:
    """The number a cell or a heading starts with ("1.2.", "IV", "3)"), without the last dot; "" if none."""
    match = _NUMBER.match(text or "")
    if not match:
        return ""
    if match.group(1):
        return match.group(1)
    return match.group(2) if _ROMAN.match(match.group(2).casefold()) else ""


def _level_word(text: str) -> tuple[int | None, str]:
    """(level by its opening word, the rest) for "Цел 2: …", "Kierunek I. …"."""
    words = text.split(maxsplit=1)
    if not words:
        return None, text
    first = fold(words[0])
    for level, names in enumerate(LEVEL_WORDS, start=1):
        if first in names:
            return level, words[1] if len(words) > 1 else ""
    return None, text


def _is_column_numbering(row) -> bool:
    cells = [c for c in row if c]
    return len(cells) >= 3 and all(c.strip(".").isdigit() for c in cells) and \
        [int(c.strip(".")) for c in cells] == list(range(int(cells[0].strip(".")), int(cells[0].strip(".")) + len(cells)))


class TableReader:
    """Reads the plan tables of a document into a `PlanDraft`; problems go to `errors` as (where, message)."""

    def __init__(self):
        self.draft = PlanDraft()
        self.errors: list[tuple[str, str]] = []
        self.warnings: list[str] = []
        self.title_rows: list[str] = []
        self._stack: list[ThemeDraft] = []
        self._item: ItemDraft | None = None
        self._numbers: set[str] = set()
        self._counter = 0
        self._kinds_seen: list[int] = []

    def read(self, block, header_index: int, columns: dict) -> None:
        for row_index, row in enumerate(block.rows):
            where = block.row_where[row_index] if row_index < len(block.row_where) else block.where
            if row_index < header_index:
                text = " ".join(dict.fromkeys(c for c in row if c))
                if text:
                    self.title_rows.append(text)
                continue
            if row_index == header_index or header_columns(row) or _is_column_numbering(row):
                continue
            self._row(row, columns, where)

    def _cell(self, row, columns, kind) -> str:
        index = columns.get(kind)
        return row[index].strip() if index is not None and index < len(row) else ""

    def _row(self, row, columns, where):
        cells = {kind: self._cell(row, columns, kind) for kind in columns}
        number_cell, task = cells.get("number", ""), cells.get("task", "")
        filled = [c for c in row if c]
        if not filled:
            return
        distinct = set(filled)
        others = [cells.get(kind, "") for kind in ITEM_FIELDS]
        heading_text = task or number_cell
        if len(distinct) == 1:  # a merged row: "1. Прозрачност" across the table
            heading_text = filled[0]
            number_cell = number_cell if number_cell != heading_text else ""
            others = []
        elif number_cell and task and all(not o or o in (task, number_cell) for o in others):
            others = []
        if not others or not any(others):
            self._heading(number_cell, heading_text, where)
            return
        self._add_item(number_cell, cells, where)

    def _heading(self, number_cell: str, text: str, where: str) -> None:
        level, rest = _level_word(text)
        number = number_of(number_cell) or number_of(rest) or number_of(text)
        title = rest if level else text
        if number and title.startswith(number):
            title = title[len(number):].lstrip(".):– ").strip()
        title = title.strip() or text
        if not number and level is None and self._item is not None:
            self._continue(self._item, {"task": text})  # the task goes on in the next row
            return
        if not number and level is None:
            # a paragraph-like row inside the table (a note): ignored but reported
            self.warnings.append(_("%(where)s: a row without a number or an item was left out: “%(text)s”")
                                 % {"where": where, "text": text[:80]})
            return
        if level is None:
            level = min(number.count(".") + 1, 3)
        self._item = None
        theme = ThemeDraft(number=number or str(len(self.draft.themes) + 1), title=title[:500], level=level, where=where)
        while self._stack and self._stack[-1].level >= level:
            self._stack.pop()
        self._stack.append(theme)
        self.draft.themes.append(theme)

    def _add_item(self, number_cell: str, cells: dict, where: str) -> None:
        number = number_of(number_cell) if number_cell else ""
        if number_cell and not number:
            number = number_cell.strip().rstrip(".")[:20]
        previous = self._item
        if previous is not None and (not number or number == previous.number):
            self._continue(previous, cells)
            return
        task = cells.get("task", "")
        if not number:
            self._counter += 1
            number = str(self._counter)
        if not task:
            self.errors.append((where, _("item %(number)s has no task") % {"number": number}))
            return
        if number in self._numbers:
            self.errors.append((where, _("item %(number)s appears twice") % {"number": number}))
            return
        self._numbers.add(number)
        owner = cells.get("owner", "")
        item = ItemDraft(
            number=number, task=task, deadline=cells.get("deadline", ""), owners=[owner] if owner else [],
            indicator=cells.get("indicator", ""), method=cells.get("method", ""), funding=cells.get("funding", ""),
            theme_number=self._stack[-1].number if self._stack else "", where=where,
        )
        self._item = item
        if self._stack:
            self._stack[-1].items.append(item)
        else:
            self.draft.loose.append(item)

    @staticmethod
    def _continue(item: ItemDraft, cells: dict) -> None:
        def more(old: str, new: str) -> str:
            return old if not new or new in old else f"{old}\n{new}".strip()

        item.task = more(item.task, cells.get("task", ""))
        item.deadline = more(item.deadline or "", cells.get("deadline", ""))
        if cells.get("owner") and cells["owner"] not in item.owners:
            item.owners.append(cells["owner"])
        item.indicator = more(item.indicator, cells.get("indicator", ""))
        item.method = more(item.method, cells.get("method", ""))
        item.funding = more(item.funding, cells.get("funding", ""))

    def finish(self) -> PlanDraft:
        """Headings with neither items nor sub-headings were items without deadline and owner."""
        themes = self.draft.themes
        kept: list[ThemeDraft] = []
        for index, theme in enumerate(themes):
            following = themes[index + 1] if index + 1 < len(themes) else None
            if theme.items or (following is not None and following.level > theme.level):
                kept.append(theme)
                continue
            item = ItemDraft(number=theme.number, task=theme.title, where=theme.where,
                             theme_number=kept[-1].number if kept and kept[-1].level < theme.level else "")
            parent = next((t for t in reversed(kept) if t.level < theme.level), None)
            if parent is not None:
                item.theme_number = parent.number
                parent.items.append(item)
            else:
                self.draft.loose.append(item)
        self.draft.themes = kept
        _compress_levels(kept)
        return self.draft


def _compress_levels(themes: list[ThemeDraft]) -> None:
    """Levels used, renumbered 1, 2, 3 (a plan of goals → tasks → measures starts at level 1)."""
    used = sorted({t.level for t in themes})
    mapping = {level: index + 1 for index, level in enumerate(used)}
    for theme in themes:
        theme.level = min(mapping[theme.level], 3)
