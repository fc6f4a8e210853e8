"""Word families: one short form shared by a word and its derivations.

Lemmas join the inflected forms of one word ("спадку" → "спадок"); the
6-letter stem (`search.text.stem`) joins long words that share their first
six letters. Neither joins a short root and its derivations: "spadek" and
"spadkobierca" (the vowel of "-ek" falls out: "spadku"), "садок" and
"садочок", "куче" and "кучешка". `family(word, language)` is the word's
dictionary form with

1. a diminutive suffix taken back to the plain one ("садочок" → "садок",
   "кошичек" → "кошик"),
2. the fleeting vowel of a last syllable dropped ("spadek" → "spadk",
   "садок" → "садк", "старец" → "старц"),
3. cut to FAMILY_LENGTH letters ("spadkobierca" → "spadk").

Words shorter than MIN_ROOT letters after 1–2 have no family form (a root of
three letters joins too much). The form is indexed with the other forms
(`search.terms`) and added to the query (`search.query`), where a title
that shares only a family with a query word counts less than one sharing
its stem (`QueryPlan.title_score`).

Why a rule and not a stemmer: the stemmers tried (Snowball pl/en/ru,
`bulstem` for bg, `pymorphy3` for uk, `pystempel` for pl) strip inflection
only — none joins "spadek" with "spadkobierca" or "садок" with "садочок" —
and `pystempel` costs 177 MiB a process (docs/search.md, "Word families").
"""

import re
from functools import lru_cache

from .text import fold, lemma

FAMILY_LENGTH = 5
MIN_ROOT = 4

# Diminutives back to the plain suffix (applied once, longest first).
_DIMINUTIVES = {
    "uk": [("очок", "ок"), ("ечок", "ок"), ("ичок", "ик"), ("оньк", "")],
    "bg": [("ченце", ""), ("енце", ""), ("нце", ""), ("ичка", "а"), ("чица", "ца")],
    "pl": [("eczek", "ek"), ("iczek", "ik"), ("uszek", "ek")],
    "en": [],
}
# A vowel that falls out when the word is inflected or derived: the last vowel before these endings.
_FLEETING = {
    "uk": re.compile(r"(?<=[^аеєиіїоуюя])[оеє](?=(к|ць|ц|нь|н|л)$)"),
    "bg": re.compile(r"(?<=[^аъоуеиюя])[ъе](?=(к|ц|н|л|р)$)"),
    "pl": re.compile(r"(?<=[^aeiouy])e(?=(k|c|n|l)$)"),
    "en": None,
}


@lru_cache(maxsize=20_000)
def family(word: str, language: str) -> str:
    """The family form of a word ("" when it has none)."""
    root = fold(lemma(word.casefold(), language))
    if not root.isalpha():
        return ""
    for suffix, plain in _DIMINUTIVES.get(language, ()):
        if root.endswith(suffix) and len(root) - len(suffix) + len(plain) >= MIN_ROOT - 1:
            root = root[: -len(suffix)] + plain
            break
    fleeting = _FLEETING.get(language)
    if fleeting is not None:
        root = fleeting.sub("", root)
    elif language == "en" and root.endswith("y"):
        root = root[:-1] + "i"  # "marry" → "marri", as in "marriage"
    if len(root) < MIN_ROOT:
        return ""
    return root[:FAMILY_LENGTH]
