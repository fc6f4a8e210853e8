"""Reading an ethics code written as prose into its numbered units, as the code numbers them.

Codes are numbered in many ways: "Глава първа / Чл. 4 / (2) / 1.", "Rozdział II
/ § 5 / ust. 2 (or "2.") / pkt 3 (or "3)") / a)", "Розділ I / Стаття 3 / 2. /
1)", or decimals alone ("1." sections with "1.1." rules). A line's *marker*
says what kind of number it starts with; the kinds the document uses decide
which of the four levels (chapter → article → paragraph → point) each kind is,
so "1." is a paragraph inside "§ 5" but an article under "Rozdział II", and a
section of its own in a code numbered "1.", "1.1.". Lines without a marker
continue the unit before them. Pure: no database, no Django models.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

CHAPTER_WORDS = r"(?:глава|раздел|част|rozdział|rozdzial|dział|dzial|część|розділ|глава|частина|chapter|section|part)"
ORDINAL_WORDS = (
    r"(?:първа|втора|трета|четвърта|пета|шеста|седма|осма|девета|десета|"
    r"pierwszy|drugi|trzeci|czwarty|piąty|szósty|siódmy|ósmy|dziewiąty|dziesiąty|"
    r"перший|другий|третій|четвертий|п'ятий|п’ятий|шостий|сьомий|восьмий|дев'ятий|десятий)"
)
WORD_ORDINALS = {word: n for n, words in enumerate([
    ("първа", "pierwszy", "перший"), ("втора", "drugi", "другий"), ("трета", "trzeci", "третій"),
    ("четвърта", "czwarty", "четвертий"), ("пета", "piąty", "п'ятий", "п’ятий"), ("шеста", "szósty", "шостий"),
    ("седма", "siódmy", "сьомий"), ("осма", "ósmy", "восьмий"), ("девета", "dziewiąty", "дев'ятий"),
    ("десета", "dziesiąty", "десятий"),
], start=1) for word in words}

ROMAN = r"[IVXLC]+"
# (kind, pattern): the marker is group "label", the number group "n"; the rest of the line follows.
MARKERS = [
    ("chapter", re.compile(rf"^(?P<label>{CHAPTER_WORDS}\s*(?P<n>{ROMAN}|\d+|{ORDINAL_WORDS})\b\.?)", re.I)),
    ("article", re.compile(r"^(?P<label>(?:чл\.|член|§|art\.|artykuł|artykul|стаття|ст\.|article)\s*(?P<n>\d+[a-zа-я]?)\.?)(?=\s|$)", re.I)),
    ("paren", re.compile(r"^(?P<label>\((?P<n>\d+)\))(?=\s|$)")),
    ("paragraph_word", re.compile(r"^(?P<label>(?:ал\.|алинея|ust\.|ustęp|частина|пункт|п\.)\s*(?P<n>\d+)\.?)(?=\s|$)", re.I)),
    ("point_word", re.compile(r"^(?P<label>(?:pkt|т\.|точка|підпункт|пп\.)\s*(?P<n>\d+)\.?)(?=\s|$)", re.I)),
    ("roman", re.compile(rf"^(?P<label>(?P<n>{ROMAN})\.)(?=\s|$)")),
    ("decimal", re.compile(r"^(?P<label>(?P<n>\d+(?:\.\d+)*)\.?)(?=\s)")),
    ("close_paren", re.compile(r"^(?P<label>(?P<n>\d+)\))(?=\s|$)")),
    ("letter", re.compile(r"^(?P<label>(?P<n>[a-zа-яіїєґ])\))(?=\s|$)")),
    ("bullet", re.compile(r"^(?P<label>[-–—•·▪*])(?=\s)")),
]
LETTERS = {"latin": "abcdefghijklmnopqrstuvwxyz", "cyrillic": "абвгдежзийклмнопрстуфхцчшщ", "uk": "абвгґдеєжзиіїйклмнопрстуфхцчшщ"}


@dataclass
class Unit:
    level: int
    label: str
    title: str = ""
    texts: list[str] = field(default_factory=list)
    children: list[Unit] = field(default_factory=list)
    where: str = ""


@dataclass
class ParsedCode:
    title: str = ""
    preamble: list[str] = field(default_factory=list)
    chapters: list[Unit] = field(default_factory=list)
    warnings: list[tuple[str, str, str, str]] = field(default_factory=list)  # (where, previous, found, kind)

    def counts(self) -> tuple[int, int]:
        """(numbered units at every level, levels used)."""
        units, levels = 0, set()

        def walk(items):
            nonlocal units
            for unit in items:
                if unit.label or unit.title or unit.level == 2:
                    units += 1
                    levels.add(unit.level)
                walk(unit.children)
        walk(self.chapters)
        return units, len(levels)


def roman_value(text: str) -> int | None:
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
    total, previous = 0, 0
    for letter in reversed(text.upper()):
        value = values.get(letter)
        if value is None:
            return None
        total += -value if value < previous else value
        previous = max(previous, value)
    return total


def number_value(kind: str, n: str) -> tuple | None:
    """A comparable number: (prefix..., last) so that "1.3" follows "1.2"."""
    n = (n or "").strip().lower()
    if not n:
        return None
    if kind == "letter":
        for alphabet in LETTERS.values():
            if n in alphabet:
                return (alphabet.index(n) + 1,)
        return None
    if n in WORD_ORDINALS:
        return (WORD_ORDINALS[n],)
    if re.fullmatch(ROMAN.lower(), n):
        value = roman_value(n)
        return (value,) if value else None
    digits = re.match(r"^\d+(?:\.\d+)*", n)
    if not digits:
        return None
    parts = tuple(int(p) for p in digits.group(0).split("."))
    if re.search(r"[a-zа-я]$", n):  # "Чл. 4а" is inserted after 4: not a jump
        return None
    return parts


def marker_of(text: str):
    for kind, pattern in MARKERS:
        match = pattern.match(text)
        if match:
            n = match.groupdict().get("n") or ""
            if kind == "decimal":
                kind = f"decimal{len(n.split('.'))}"
            return kind, match.group("label").strip(), n, text[match.end():].lstrip(" \t.:-–—").strip()
    return None


def _levels(kinds: set[str]) -> dict[str, int]:
    """Which level each marker kind takes in this document."""
    has_articles, has_chapters = "article" in kinds, bool({"chapter", "roman"} & kinds)
    decimals = sorted(int(k[7:]) for k in kinds if k.startswith("decimal"))
    levels = {"chapter": 1, "roman": 1, "article": 2, "paren": 3, "paragraph_word": 3,
              "point_word": 4, "close_paren": 4, "letter": 4, "bullet": 4}
    if has_articles and {"paren", "paragraph_word"} & kinds:
        offset = 3  # "Чл. 4. (2) … 1. …": "1." is a point of paragraph (2)
    elif has_articles:
        offset = 2  # "1." inside "§ 5" is a paragraph
    elif has_chapters:
        offset = 1  # "1." under "Rozdział II" is an article
    else:
        offset = 0 if len(decimals) > 1 else 1  # "1." / "1.1." : sections and rules
    for depth in decimals:
        levels[f"decimal{depth}"] = min(4, depth + offset)
    return levels


def _looks_like_title(rest: str) -> bool:
    return bool(rest) and len(rest) <= 100 and rest[-1] not in ".;:,"


def parse_code(lines: list[tuple[str, str, bool]]) -> ParsedCode:
    """`lines`: (where, text, is_heading) in document order."""
    code = ParsedCode()
    marked = [(where, text, heading, marker_of(text)) for where, text, heading in lines if text.strip()]
    # the title: the first heading that names a code, else the first heading, else the first line
    headings = [(i, text) for i, (_w, text, heading, marker) in enumerate(marked) if heading and not marker]
    title_at = next((i for i, text in headings if re.search(r"кодекс|kodeks|code", text, re.I)), None)
    if title_at is None:
        title_at = headings[0][0] if headings else (0 if marked and not marked[0][3] else None)
    if title_at is not None:
        code.title = marked[title_at][1]
        marked = marked[title_at + 1:]
    levels = _levels({marker[0] for *_rest, marker in marked if marker})
    stack: list[Unit] = []  # the open unit of each level, outermost first
    last_number: dict[tuple, tuple] = {}  # (parent id, kind) -> (value, label)

    def open_unit(level: int, unit: Unit):
        while stack and stack[-1].level >= level:
            stack.pop()
        if level == 1:
            code.chapters.append(unit)
        else:
            if not stack:  # an article before any chapter: an unnamed chapter holds it
                holder = Unit(level=1, label="")
                code.chapters.append(holder)
                stack.append(holder)
            parent = stack[-1]
            while parent.level < level - 1:  # a point straight under an article: an unnumbered paragraph
                filler = Unit(level=parent.level + 1, label="")
                parent.children.append(filler)
                stack.append(filler)
                parent = filler
            parent.children.append(unit)
        stack.append(unit)

    pending = list(marked)
    while pending:
        where, text, heading, marker = pending.pop(0)
        if marker is None:
            if heading and (not stack or stack[-1].level > 1 or stack[-1].children or stack[-1].texts):
                chapter = Unit(level=1, label="", title=text, where=where)
                open_unit(1, chapter)
            elif stack and stack[-1].level == 1 and not stack[-1].title and not stack[-1].children and len(text) <= 120:
                stack[-1].title = text  # "ГЛАВА ПЪРВА" then "ОБЩИ ПОЛОЖЕНИЯ" on the next line
            elif stack:
                stack[-1].texts.append(text)
            else:
                code.preamble.append(text)
            continue
        kind, label, n, rest = marker
        level = levels.get(kind, 4)
        unit = Unit(level=level, label=label, where=where)
        inner = marker_of(rest) if rest else None
        if level <= 2 and _looks_like_title(rest) and not inner:
            unit.title = rest
        elif rest and not (inner and levels.get(inner[0], 4) > level):
            unit.texts.append(rest)
        parent_key = id(stack[-2] if stack and stack[-1].level >= level and len(stack) > 1 else
                        next((u for u in reversed(stack) if u.level < level), None))
        if kind in ("article", "chapter"):  # numbered through the whole code, per marker word ("Чл." apart from "§")
            parent_key = (kind, re.sub(r"[\d\s.]+", "", label.casefold())[:6])
        value = number_value(kind if kind != "roman" else "chapter", n)
        previous = last_number.get((parent_key, kind))
        if value and previous and kind != "bullet":
            expected = previous[0][:-1] + (previous[0][-1] + 1,)
            if value != expected and value[:-1] == previous[0][:-1]:
                code.warnings.append((where, previous[1], label, kind))
        if value:
            last_number[(parent_key, kind)] = (value, label)
        open_unit(level, unit)
        if inner and levels.get(inner[0], 4) > level:  # "§ 5. 1. Pracownik …", "Чл. 4. (1) Служителят …"
            pending.insert(0, (where, rest, False, inner))
    return code
