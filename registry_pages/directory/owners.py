"""Recognising the same owner written differently ("Гл. Секретар", "Главен секретар").

Plans name owners by hand, so one position appears with different quotes
(„…”, “…”, "…"), spacing and abbreviations. `owner_key` reduces a name to a
comparison key; `display_name` tidies a name for showing (spacing, quotes)
without changing its words.
"""

import re
import unicodedata

_QUOTES = "\"'„“”«»‚‘’`"
_OPENING = {"bg": "„", "uk": "«", "pl": "„", "en": "“"}
_CLOSING = {"bg": "“", "uk": "»", "pl": "”", "en": "”"}
# abbreviation (without its dot, lower case) → the word it stands for
ABBREVIATIONS = {
    "гл": "главен", "н-к": "началник", "нач": "началник", "зам": "заместник", "ст": "старши", "мл": "младши",
    "отд": "отдел", "дир": "директор", "пред": "председател", "секр": "секретар",
    "kier": "kierownik", "z-ca": "zastępca", "zast": "zastępca", "insp": "inspektor", "spec": "specjalista",
    "sekr": "sekretarz",
    "заст": "заступник", "голов": "головний", "спец": "спеціаліст",
}
_WORD = re.compile(r"[\w-]+\.?|[^\w\s]", re.UNICODE)


def owner_key(name: str) -> str:
    """A key equal for spellings of one owner: case, quotes, spacing, dots and abbreviations ignored."""
    text = unicodedata.normalize("NFC", name).casefold()
    for quote in _QUOTES:
        text = text.replace(quote, " ")
    words = []
    for token in _WORD.findall(text):
        word = token.rstrip(".")
        if not word or not any(ch.isalnum() for ch in word):
            continue
        words.append(ABBREVIATIONS.get(word, word))
    return " ".join(words)


def display_name(name: str, language: str = "bg") -> str:
    """The name with single spaces and the language's quotation marks („Връзки с обществеността“)."""
    text = " ".join(unicodedata.normalize("NFC", name).split()).strip(" .;")
    opening, closing = _OPENING.get(language, "„"), _CLOSING.get(language, "“")
    out, inside = [], False
    for index, char in enumerate(text):
        if char in "\"„“”«»":
            starts = index == 0 or text[index - 1] == " " or char in "„«"
            if char in "”»" or (inside and not starts) or (inside and char == "“" and language in ("pl", "en")):
                out.append(closing)
                inside = False
            elif not inside:
                out.append(opening)
                inside = True
            else:
                out.append(closing)
                inside = False
        else:
            out.append(char)
    return "".join(out)
