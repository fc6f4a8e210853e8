"""Splitting an owner cell of a plan into the positions it names.

Plans write several owners in one cell: "Koordynator + zespół", "Wydział A,
Wydział B oraz Sekretarz", "відділ X та відділ Y", "Дирекция А и Дирекция Б".
But "и", "i", "та", "oraz" and commas also occur *inside* one body's name
("Дирекция „Финанси и бюджет“", "Referat Gospodarki Komunalnej i Ochrony
Środowiska"). So:

1. ";", "+", "&" and line breaks always separate owners;
2. a part that is a known position as a whole (its `owner_key` matches an
   existing `Position` of the language) is kept whole;
3. otherwise the part is cut at a comma or a conjunction only where what
   follows begins a new owner: a known position, the same first word as the
   owner before it ("відділ X та відділ Y"), or a word that names a body or
   an office ("Sekretarz", "Дирекция", "відділ" … see `HEAD_WORDS`);
   adjacent pieces that together form a known position are joined back.

"Дирекция Бюджет и финанси" therefore stays one owner (a lower-case word
after "и" begins no owner), and "Wydział A, Wydział B oraz Sekretarz" is
three.
"""

from __future__ import annotations

import re

from registry_pages.directory.owners import owner_key

_ALWAYS = re.compile(r"\s*(?:;|\+|&|\n|\r|\s/\s)\s*")
# separators that may or may not separate owners, kept with the text so pieces can be joined back
_MAYBE = re.compile(r"(\s*,\s*|\s+(?:и|i|oraz|та|і|й|and|a także|а також|както и)\s+)", re.IGNORECASE)

# Beginnings of words that open the name of a body or an office (case-folded), per language.
HEAD_WORDS = (
    # bg
    "дирекци", "отдел", "директор", "секретар", "кмет", "заместник", "зам", "началник", "н-к", "главен", "гл.",
    "старши", "ст.", "експерт", "звено", "комиси", "юрисконсулт", "сектор", "служител", "общинск", "областн",
    "председател", "координатор", "администраци", "съвет", "всички",
    # pl
    "wydzia", "referat", "sekretar", "skarbnik", "burmistrz", "wójt", "prezydent", "kierownik", "kier.", "dyrektor",
    "zesp", "koordynator", "naczelnik", "biur", "pracowni", "radc", "inspektor", "komisj", "pełnomocnik",
    "rzecznik", "zastępc", "z-ca", "stanowisk", "urząd", "jednostk", "ośrod", "centrum", "straż",
    # uk
    "відділ", "управлін", "сектор", "секретар", "голов", "заступник", "начальник", "служб", "департамент",
    "центр", "цнап", "спеціаліст", "староста", "керуюч", "юрист", "комісі", "виконавч", "апарат", "структурн",
    "уповноважен", "радник", "координатор",
    # en
    "department", "office", "secretary", "mayor", "head", "director", "team", "coordinator", "unit", "manager",
    "all ",
)


def _starts_owner(text: str) -> bool:
    folded = text.casefold()
    return any(folded.startswith(head) for head in HEAD_WORDS)


def _first_word(text: str) -> str:
    return (text.split() or [""])[0].casefold().strip(".,")


def _clean(text: str) -> str:
    return " ".join(text.split()).strip(" .,;:-–")


def split_owner_cell(text: str, known: set[str] | frozenset[str] = frozenset()) -> list[str]:
    """The owners named in `text`, in order; `known` holds the `owner_key`s of existing positions."""
    owners: list[str] = []
    for part in _ALWAYS.split(text or ""):
        part = _clean(part)
        if not part:
            continue
        if owner_key(part) in known:
            owners.append(part)
            continue
        owners.extend(_split_part(part, known))
    seen, unique = set(), []
    for owner in owners:
        key = owner_key(owner)
        if key and key not in seen:
            seen.add(key)
            unique.append(owner)
    return unique


def _split_part(part: str, known) -> list[str]:
    tokens = _MAYBE.split(part)  # piece, separator, piece, separator, …
    pieces, separators = tokens[0::2], tokens[1::2]
    result: list[str] = []
    index = 0
    while index < len(pieces):
        # the longest run of pieces from here that is a known position
        end = index
        for stop in range(len(pieces) - 1, index, -1):
            joined = _join(pieces, separators, index, stop)
            if owner_key(joined) in known:
                end = stop
                break
        current = _join(pieces, separators, index, end)
        # keep joining while the next piece does not begin a new owner
        while end + 1 < len(pieces):
            following = _clean(pieces[end + 1])
            rest = _clean(_join(pieces, separators, end + 1, len(pieces) - 1))
            begins = (
                owner_key(following) in known
                or owner_key(rest) in known
                or _starts_owner(following)
                or (_first_word(following) and _first_word(following) == _first_word(current))
            )
            if begins:
                break
            end += 1
            current = _join(pieces, separators, index, end)
        result.append(_clean(current))
        index = end + 1
    return [owner for owner in result if owner]


def _join(pieces, separators, start: int, stop: int) -> str:
    text = pieces[start]
    for position in range(start, stop):
        text += separators[position] + pieces[position + 1]
    return text
