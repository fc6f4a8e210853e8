"""Alphabets of the content languages, for A–Z indexes of registers.

Code-point order is wrong for Ukrainian (Ґ, Є, І, Ї) and Polish (Ą, Ć, Ł …),
so titles are sorted and grouped by each language's own alphabet. Letters
outside the alphabet (digits, Latin names in a Cyrillic list) come last.
"""

ALPHABETS = {
    "bg": "АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЬЮЯ",
    "uk": "АБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯ",
    "pl": "AĄBCĆDEĘFGHIJKLŁMNŃOÓPQRSŚTUVWXYZŹŻ",
    "en": "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
}
_IGNORED_LEADING = "\"'„“”«»‘’`([ "


def alphabet(language: str) -> str:
    return ALPHABETS.get((language or "").split("-")[0], ALPHABETS["en"])


def first_letter(title: str) -> str:
    """The letter a title is filed under (opening quotes and brackets skipped)."""
    stripped = (title or "").lstrip(_IGNORED_LEADING)
    return stripped[:1].upper()


def sort_key(title: str, language: str):
    """Sort key following the language's alphabet, then case-insensitively."""
    letters = alphabet(language)
    order = {letter: index for index, letter in enumerate(letters)}
    text = (title or "").lstrip(_IGNORED_LEADING).upper()
    return tuple((order.get(ch, len(letters) + ord(ch)) for ch in text))


def letter_index(titles, language: str) -> list[dict]:
    """Every letter of the alphabet, marked present when some title starts with it.

    Letters that titles start with but that are not in the alphabet are
    appended, so nothing in the list is unreachable.
    """
    present = {first_letter(t) for t in titles if first_letter(t)}
    letters = alphabet(language)
    extra = sorted(present - set(letters))
    return [{"letter": letter, "present": letter in present} for letter in list(letters) + extra]
