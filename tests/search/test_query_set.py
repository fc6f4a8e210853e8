"""The search relevance test set (tests/data/search_queries.tsv) is large, balanced and fair.

Each row is a query as a citizen types it and the service card that should
come first. A row is only useful if it is fair: the expected card's text in
that language (or a synonym set) must really carry the meaning. These checks
keep the set honest as the demo text changes; they do not run the search.
"""

import csv
import re
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from portal_demo.content.data.services import SERVICES
from portal_demo.content.data.synonyms import SYNONYMS
from portal_demo.content.text import T
from search.vocabulary import osa_distance

TSV = Path(__file__).resolve().parent.parent / "data" / "search_queries.tsv"
LANGUAGES = ("bg", "pl", "uk", "en")
KINDS = {"plain", "inflected", "no_diacritics", "translit", "typo", "synonym", "case"}
SHORT_WORDS = {"the", "and", "for", "pro", "для", "про", "від", "при", "със", "към", "dla", "się"}
WORD = re.compile(r"[^\W_]+", re.UNICODE)


def _rows():
    with TSV.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader)
        return header, [row for row in reader if row]


HEADER, ROWS = _rows()
BY_SLUG = {s["slug"]: s for s in SERVICES}


def _texts(value):
    if isinstance(value, T):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _texts(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _texts(item)


def _service_text(slug: str, language: str) -> str:
    return " ".join(t.in_language(language) for t in _texts(BY_SLUG[slug])).casefold()


def _strip_latin_marks(text: str) -> str:
    text = text.replace("ł", "l").replace("Ł", "L")
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def _words(text: str) -> list[str]:
    return [w for w in WORD.findall(text.casefold()) if len(w) >= 3 and w not in SHORT_WORDS]


def _mentions(text: str, term: str) -> bool:
    """Whether every word of a term occurs in a text, allowing another ending (first 4 letters)."""
    return all(word[:4] in text for word in _words(term) or [term.casefold()])


def _row_id(row):
    return f"{row[0]}:{row[1]}"


def test_header_and_size():
    assert HEADER == ["language", "query", "expected_slug", "kind"]
    assert len(ROWS) >= 80
    per_language = Counter(row[0] for row in ROWS)
    for language in LANGUAGES:
        assert per_language[language] >= 18, language
    assert set(per_language) == set(LANGUAGES)


def test_kinds_are_mixed_in_every_language():
    kinds = Counter((row[0], row[3]) for row in ROWS)
    for language in LANGUAGES:
        assert len({kind for (lang, kind) in kinds if lang == language}) >= 5, language


def test_rows_are_well_formed_and_unique():
    seen = set()
    for row in ROWS:
        assert len(row) == 4, row
        language, query, slug, kind = row
        assert language in LANGUAGES, row
        assert kind in KINDS, row
        assert query == query.strip() and query, row
        assert slug in BY_SLUG, f"unknown service {slug}"
        assert (language, query.casefold()) not in seen, f"duplicate query {row}"
        seen.add((language, query.casefold()))


@pytest.mark.parametrize(
    ("a", "b", "distance"),
    [
        ("справка", "справка", 0),
        ("справка", "спарвка", 1),  # neighbouring letters swapped: one edit
        ("справка", "спрвка", 1),  # a letter left out
        ("podatek", "podatkek", 1),  # a letter added
        ("podatek", "podatck", 1),  # a letter replaced
        ("довідка", "довидка", 1),
        ("ca", "abc", 3),  # a swapped pair is not edited again (restricted distance, not Damerau's 2)
    ],
)
def test_edit_distance_the_typo_rows_are_judged_by(a, b, distance):
    """The typo rows are checked with search.vocabulary.osa_distance, the distance
    the search's "did you mean" uses: these are the distances it must give."""
    assert osa_distance(a, b) == distance
    assert osa_distance(b, a) == distance
    assert osa_distance(a, a + "ще") > 1  # two letters more: not a typo


@pytest.mark.parametrize("row", ROWS, ids=[_row_id(r) for r in ROWS])
def test_query_is_fair(row):
    language, query, slug, kind = row
    text = _service_text(slug, language)
    title = BY_SLUG[slug]["title"].in_language(language).casefold()
    words = _words(query)
    if kind in ("plain", "case", "inflected"):
        for word in words:
            assert word[:4] in text, f"{word!r} is not in the text of {slug} ({language})"
    if kind == "case":
        assert query == query.upper() and query != query.lower()
    if kind == "no_diacritics":
        assert query.isascii()
        folded = _strip_latin_marks(text)
        assert query != _strip_latin_marks(query) or any(w not in text for w in words), "query has nothing to fold"
        for word in words:
            assert word[:4] in folded, f"{word!r} is not in the text of {slug} without diacritics"
    if kind == "translit":
        assert language in ("bg", "uk") and query.isascii()
    if kind == "typo":
        text_words = set(WORD.findall(text))
        wrong = [w for w in words if w not in text_words]
        assert wrong, "a typo query needs a misspelt word"
        for word in wrong:
            assert any(osa_distance(word, t) == 1 for t in text_words if abs(len(t) - len(word)) <= 1), (
                f"{word!r} is not one edit away from a word of {slug}"
            )
    if kind == "synonym":
        sets = [s for s in SYNONYMS[language] if query.casefold() in (t.casefold() for t in s)]
        assert sets, f"{query!r} is in no {language} synonym set"
        assert query.casefold() not in title, "a synonym query must not be the title's own words"
        others = [t.casefold() for s in sets for t in s if t.casefold() != query.casefold()]
        assert any(_mentions(text, term) for term in others), f"no synonym of {query!r} occurs in {slug}"


def test_synonym_sets_shape():
    assert set(SYNONYMS) == set(LANGUAGES)
    for language, sets in SYNONYMS.items():
        assert 8 <= len(sets) <= 16, language  # 12 meanings and up to 4 acronym sets
        seen = set()
        for terms in sets:
            assert len(terms) >= 2 and all(t.strip() == t and t for t in terms), terms
            assert "," not in "".join(terms), "terms are stored comma-separated"
            for term in terms:
                assert term.casefold() not in seen, f"{term!r} is in two {language} sets"
                seen.add(term.casefold())


def test_every_synonym_set_reaches_a_service():
    for language, sets in SYNONYMS.items():
        corpus = " ".join(_service_text(slug, language) for slug in BY_SLUG)
        for terms in sets:
            assert any(_mentions(corpus, term) for term in terms), f"{terms} match no {language} service text"
