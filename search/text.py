"""Turn words into the forms search matches on: folded, lemmatised, stemmed.

The same functions run on the indexed text (through the add-on's
REGISTRY_SEARCH_TERMS_FUNCTION, see `search.terms`) and on the query, so a
query matches on every backend whatever the backend's own analysis is.

- `fold`: case-folded, Latin diacritics removed ("Zaświadczenie" → "zaswiadczenie");
  Cyrillic letters are kept as they are (й, ї, ё are letters, not accents).
- `lemma`: `simplemma`'s dictionary form for bg, pl, uk, en ("довідки" → "довідка").
- `stem`: the first STEM_LENGTH letters of a long word — a crude but robust
  catch-all for Slavic endings the dictionary does not know.
- `to_cyrillic`: Latin letters typed for Bulgarian or Ukrainian ("dovidka" → "довідка").
"""

import re
import unicodedata
from functools import lru_cache

import cyrtranslit
import simplemma

WORD = re.compile(r"[^\W_]+", re.UNICODE)
STEM_LENGTH = 6
LEMMA_LANGUAGES = {"bg", "pl", "uk", "en"}
CYRILLIC_LANGUAGES = {"bg": "bg", "uk": "ua"}

# Words too common to help ranking (the query keeps them when it has nothing else): prepositions,
# conjunctions and the question words citizens start with ("how", "what", "where", "when").
STOP_WORDS = {
    "bg": {"за", "на", "от", "по", "и", "в", "във", "със", "към", "при", "как", "се", "да", "ли", "или", "с",
           "какво", "къде", "кога", "че"},
    "pl": {"dla", "na", "do", "od", "po", "w", "we", "z", "ze", "i", "o", "się", "jak", "czy", "lub",
           "co", "gdzie", "gdy", "kiedy", "że"},
    "uk": {"для", "на", "про", "від", "до", "по", "і", "й", "в", "у", "з", "із", "як", "при", "чи", "або",
           "що", "де", "коли"},
    "en": {"the", "a", "an", "and", "for", "of", "to", "in", "on", "my", "how", "or", "with", "at",
           "what", "where", "when", "that"},
}

# Latin → Cyrillic digraphs handled before cyrtranslit (its Ukrainian scheme
# differs from the romanisation people type: "zh", "kh", "ya" …).
_DIGRAPHS = {
    "bg": [("sht", "щ"), ("zh", "ж"), ("ch", "ч"), ("sh", "ш"), ("ts", "ц"), ("yu", "ю"), ("ya", "я"), ("kh", "х")],
    "uk": [
        ("shch", "щ"), ("zh", "ж"), ("kh", "х"), ("ch", "ч"), ("sh", "ш"), ("ts", "ц"),
        ("yu", "ю"), ("ya", "я"), ("ye", "є"), ("yi", "ї"), ("ia", "я"), ("iu", "ю"), ("ie", "є"),
    ],
}
_SINGLE = {
    "bg": {"c": "ц", "w": "в", "x": "кс", "q": "к", "y": "й", "h": "х"},
    "uk": {"c": "ц", "w": "в", "x": "кс", "q": "к", "y": "и", "i": "і", "h": "г", "g": "г"},
}


def words(text: str) -> list[str]:
    return WORD.findall(text or "")


def fold(word: str) -> str:
    word = word.casefold().replace("ł", "l")
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFD", word)
    out = []
    for char in decomposed:
        if unicodedata.combining(char) and out and out[-1] < "\u0250":
            continue  # an accent on a Latin letter
        out.append(char)
    return unicodedata.normalize("NFC", "".join(out))


@lru_cache(maxsize=50_000)
def lemma(word: str, language: str) -> str:
    if language not in LEMMA_LANGUAGES:
        return word.casefold()
    # low_memory: simplemma reads its compressed dictionary in place instead of building a dict of
    # every form: the same lemmas (14,800 words checked in four languages), 75 MiB instead of
    # 490 MiB a process; the lru_cache above keeps lookups cheap (docs/performance.md, "Serving").
    return simplemma.lemmatize(word.casefold(), lang=language, low_memory=True).casefold()


def load_dictionaries() -> None:
    """Load the four dictionaries now (the gunicorn master does, before forking: cms/warmup.py);
    otherwise each process loads a language on its first search in it (Polish: 5–20 s)."""
    for language in sorted(LEMMA_LANGUAGES):
        simplemma.lemmatize("a", lang=language, low_memory=True)


def stem(word: str) -> str:
    return word[:STEM_LENGTH] if len(word) > STEM_LENGTH else word


@lru_cache(maxsize=20_000)
def whole_forms(word: str, language: str) -> frozenset[str]:
    """The word as typed, folded, and its folded dictionary form."""
    plain = word.casefold()
    return frozenset({plain, fold(plain), fold(lemma(plain, language))})


@lru_cache(maxsize=20_000)
def forms(word: str, language: str) -> frozenset[str]:
    """Every form of one word that the index holds (see `search.terms`): whole forms and stems."""
    whole = whole_forms(word, language)
    return whole | {stem(f) for f in whole if not f.isdigit()}


def index_forms(word: str, language: str) -> set[str]:
    """The forms added to the index for one word of a page (those the raw text lacks)."""
    return set(forms(word, language)) - {word.casefold()}


def to_cyrillic(text: str, language: str) -> str:
    """Latin letters typed for a Cyrillic language, in Cyrillic ("" if not applicable)."""
    if language not in CYRILLIC_LANGUAGES or not text.isascii() or not re.search("[a-zA-Z]", text):
        return ""
    out = text.lower()
    for latin, cyrillic in _DIGRAPHS[language]:
        out = out.replace(latin, cyrillic)
    out = cyrtranslit.to_cyrillic(out, CYRILLIC_LANGUAGES[language])
    return "".join(_SINGLE[language].get(char, char) for char in out)


def is_stop_word(word: str, language: str) -> bool:
    """A stop word of the language, also when typed in Latin letters ("za" on a Bulgarian page)."""
    stop_words = STOP_WORDS.get(language, ())
    return word.casefold() in stop_words or to_cyrillic(word, language) in stop_words
