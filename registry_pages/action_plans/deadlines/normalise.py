"""Normalising deadline text into comparable tokens.

Editors type deadlines by hand: "м м.юни", "Na biezaco", "31. 03. 2026 г.",
"Q2", "1-во тримесечие". Both the text and every vocabulary entry pass
through `tokens()`, so matching compares like with like:

* Unicode NFC, lower case, whitespace collapsed;
* diacritics are removed from *Latin* letters only (Polish "bieżąco" →
  "biezaco", "ł" → "l") because citizens and editors often type Polish
  without them; Cyrillic letters are left alone since "й", "ї", "ё" are
  letters of their own, not accented variants;
* dots, hyphens and slashes survive only between digits (dates such as
  31.03.2026 or 2026-03-31); elsewhere they, like all other punctuation and
  quotes, become spaces — so "м.юни" reads as "м юни";
* digits and letters written together are split ("2026г", "Q2", "10дни").
"""

from __future__ import annotations

import re
import unicodedata

_LATIN_EXTRA = str.maketrans({"ł": "l", "đ": "d", "ø": "o", "ß": "ss"})
_SPACED_DATE_SEPARATOR = re.compile(r"(?<=\d)\s*([./-])\s*(?=\d)")
_NOT_WORDLIKE = re.compile(r"[^\w./-]|_")
_LONE_SEPARATOR = re.compile(r"(?<!\d)[./-]|[./-](?!\d)")
_DIGIT_LETTER = re.compile(r"(?<=\d)(?=[^\W\d_])|(?<=[^\W\d_])(?=\d)")


def _strip_latin_diacritics(text: str) -> str:
    out = []
    for char in text.translate(_LATIN_EXTRA):
        decomposed = unicodedata.normalize("NFD", char)
        if decomposed[0].isascii() and len(decomposed) > 1:
            out.append(decomposed[0])
        else:
            out.append(char)
    return "".join(out)


def normalise(text: str) -> str:
    """The text in the canonical form described in the module docstring."""
    text = unicodedata.normalize("NFC", text).lower()
    text = _strip_latin_diacritics(text)
    text = _SPACED_DATE_SEPARATOR.sub(r"\1", text)
    text = _NOT_WORDLIKE.sub(" ", text)
    text = _LONE_SEPARATOR.sub(" ", text)
    text = _DIGIT_LETTER.sub(" ", text)
    return " ".join(text.split())


def tokens(text: str) -> tuple[str, ...]:
    return tuple(normalise(text).split())
