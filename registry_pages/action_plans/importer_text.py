"""Reading an action plan written as lines ("1. Theme", "1.1. Task", "Срок:", "Отговорник:").

The lines come from the importing core (`importing/document.py`): the
paragraphs of a .docx, the lines of a .txt, the text of a saved web page.
Plans written as tables are read by `importer_tables.py`.

Municipalities keep their plans as Word documents or plain text in the shape
of the seed plan:

    План за ефективно и прозрачно управление      ← title (first line)
    Настоящият план е разработен с цел …           ← introduction (until theme 1)
    1. Дейности за прозрачност …                   ← theme
    1.1.В работата на Областните съвети …          ← item: number and task
    Срок: При актуализация                         ← deadline as written
    Отговорник: Гл. Секретар                       ← owner(s), ";" between several

An item without an owner line (or with an empty one) is accepted and flagged
"owner to be assigned". Labels are read in any of the four languages ("Termin:", "Odpowiedzialny:",
"Термін:", "Відповідальний:", "Deadline:", "Responsible:"). A task may run
over several lines until its first label. Text after the last item (a
"download the scheme" link left over from a web page) is reported and left
out. Anything else out of place is an error naming its line: this module
never writes, so the importer can refuse the whole file.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

_ITEM = re.compile(r"^(\d{1,3}(?:\.\d{1,3})+)\.?\s*(.*)$")
_THEME = re.compile(r"^(\d{1,3})\.\s*([^\d\s].*)$")
_DEADLINE_LABELS = ("срок", "краен срок", "termin", "termin realizacji", "термін", "термін виконання", "deadline")
_OWNER_LABELS = (
    "отговорник", "отговорници", "отговорно лице", "odpowiedzialny", "odpowiedzialni", "odpowiedzialna",
    "osoba odpowiedzialna", "відповідальний", "відповідальні", "виконавець", "виконавці", "responsible", "owner",
    "owners",
)
_LABEL = re.compile(r"^\s*([^\W\d_][^:]{0,30}?)\s*:\s*(.*)$")


class PlanSyntaxError(Exception):
    """The file does not have the plan's shape; `line` is 1-based."""

    def __init__(self, line: int, message: str):
        super().__init__(f"line {line}: {message}" if line else message)  # 0: the file as a whole
        self.line, self.message = line, message


@dataclass
class ItemDraft:
    number: str
    task: str
    line: int = 0
    deadline: str | None = None
    owners: list[str] = field(default_factory=list)  # owner cells as written (split into positions later)
    indicator: str = ""
    method: str = ""
    funding: str = ""
    theme_number: str = ""
    where: str = ""


@dataclass
class ThemeDraft:
    number: str
    title: str
    line: int = 0
    items: list[ItemDraft] = field(default_factory=list)
    level: int = 1
    where: str = ""


@dataclass
class PlanDraft:
    title: str = ""
    intro: list[str] = field(default_factory=list)
    themes: list[ThemeDraft] = field(default_factory=list)
    ignored: list[tuple[int, str]] = field(default_factory=list)
    loose: list[ItemDraft] = field(default_factory=list)  # items of no theme (a table numbered 1, 2, 3)

    @property
    def items(self) -> list[ItemDraft]:
        return self.loose + [item for theme in self.themes for item in theme.items]


def clean_line(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("\u00a0", " ").replace("\ufeff", "")
    return " ".join(text.split())


def _label(line: str):
    """("deadline" | "owner", value) for a labelled line, else None."""
    match = _LABEL.match(line)
    if not match:
        return None
    label = " ".join(match.group(1).casefold().split())
    if label in _DEADLINE_LABELS:
        return "deadline", match.group(2).strip()
    if label in _OWNER_LABELS:
        return "owner", match.group(2).strip()
    return None


def split_owners(value: str) -> list[str]:
    """Several owners on one line are separated by ";" (commas belong to names: "Комисия, назначена …")."""
    return [part.strip(" .") for part in value.split(";") if part.strip(" .")]


def parse_plan(lines: list[str]) -> PlanDraft:
    plan = PlanDraft()
    theme: ThemeDraft | None = None
    item: ItemDraft | None = None
    item_has_fields = False
    trailing: list[tuple[int, str]] = []
    seen: set[str] = set()
    for number, raw in enumerate(lines, start=1):
        line = clean_line(raw)
        if not line:
            continue
        labelled = _label(line)
        item_match, theme_match = _ITEM.match(line), _THEME.match(line)
        if trailing and (labelled or item_match or theme_match):
            first_line, text = trailing[0]
            raise PlanSyntaxError(first_line, _("text outside any item: “%(text)s”") % {"text": text[:60]})
        if labelled:
            kind, value = labelled
            if item is None:
                raise PlanSyntaxError(number, _("“%(line)s” does not belong to a numbered item") % {"line": line[:60]})
            if kind == "deadline":
                if item.deadline is not None:
                    raise PlanSyntaxError(number, _("item %(number)s has a second deadline") % {"number": item.number})
                item.deadline = value
            else:  # an empty owner is accepted: the item is flagged "owner to be assigned"
                item.owners.extend(split_owners(value))
            item_has_fields = True
        elif item_match:
            code, task = item_match.group(1), item_match.group(2).strip()
            if theme is None:
                raise PlanSyntaxError(number, _("item %(number)s comes before any numbered theme") % {"number": code})
            if code.split(".")[0] != theme.number:
                raise PlanSyntaxError(
                    number, _("item %(number)s is not numbered in theme %(theme)s") % {"number": code, "theme": theme.number}
                )
            if code in seen:
                raise PlanSyntaxError(number, _("item %(number)s appears twice") % {"number": code})
            _finish(item)
            seen.add(code)
            item, item_has_fields = ItemDraft(number=code, task=task, line=number, theme_number=theme.number), False
            theme.items.append(item)
        elif theme_match:
            code = theme_match.group(1)
            if any(t.number == code for t in plan.themes):
                raise PlanSyntaxError(number, _("theme %(number)s appears twice") % {"number": code})
            _finish(item)
            item = None
            theme = ThemeDraft(number=code, title=theme_match.group(2).strip().rstrip(" ."), line=number)
            plan.themes.append(theme)
        elif theme is None:
            if plan.title:
                plan.intro.append(line)
            else:
                plan.title = line
        elif item is not None and not item_has_fields:
            item.task = f"{item.task} {line}".strip()
        elif item is not None:
            trailing.append((number, line))
        else:
            raise PlanSyntaxError(number, _("text between a theme and its first item: “%(text)s”") % {"text": line[:60]})
    _finish(item)
    if not plan.items:
        raise PlanSyntaxError(len(lines) or 1, _("no numbered items (“1.1. …”) were found"))
    for theme in plan.themes:
        if not theme.items:
            raise PlanSyntaxError(theme.line, _("theme %(number)s has no items") % {"number": theme.number})
    plan.ignored = trailing
    return plan


def _finish(item: ItemDraft | None) -> None:
    if item is None:
        return
    if not item.task:
        raise PlanSyntaxError(item.line, _("item %(number)s has no task") % {"number": item.number})
