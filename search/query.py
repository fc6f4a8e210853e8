"""From what a citizen typed to what the backend is asked.

`QueryPlan.build("удостоверения за наследници", "bg")` holds one *concept*
per meaningful word — every form of it (`search.text.forms`), and for a word
in Latin letters on a Bulgarian or Ukrainian page also the forms of its
Cyrillic transliteration — plus the synonyms: when all words of a term of a
synonym set occur in the query, every other term of the set joins the query.
That works both ways: the everyday word finds the official term, the official
term finds the everyday word.

The backend gets all forms OR-ed (`backend_query`); the engine then ranks
pages by how many concepts their title covers (`title_score`).
"""

from dataclasses import dataclass, field
from functools import lru_cache

from .families import family
from .text import fold, forms, is_stop_word, to_cyrillic, whole_forms, words
from .vocabulary import synonym_sets

OTHER_FORM = 0.95  # a title word that is another form of a query word ("свідоцтва" for "свідоцтво")
STEM_MATCH = 0.6  # a title word sharing only the stem of a query word
FAMILY_MATCH = 0.4  # … only its word family (search.families)


@dataclass
class Concept:
    """One word of the query: its whole forms, all forms (with stems) and its word family."""

    word: str
    whole: set[str]
    all: set[str]
    cyrillic: str = ""
    family: set[str] = field(default_factory=set)
    typed: set[str] = field(default_factory=set)  # the word as typed (and transliterated, or corrected), folded

    @classmethod
    def of(cls, word: str, language: str) -> "Concept":
        whole, found = set(whole_forms(word, language)), set(forms(word, language))
        cyrillic = to_cyrillic(word, language)
        roots = {family(word, language)}
        for part in words(cyrillic):
            whole |= whole_forms(part, language)
            found |= forms(part, language)
            roots.add(family(part, language))
        typed = {fold(word)} | {fold(part) for part in words(cyrillic)}
        return cls(word, whole, found, cyrillic, roots - {""}, typed)

    def add(self, word: str, language: str) -> None:
        other = Concept.of(word, language)
        self.whole |= other.whole
        self.all |= other.all
        self.family |= other.family
        self.typed |= other.typed


@lru_cache(maxsize=20_000)
def _title_forms(title: str, language: str) -> tuple[frozenset[str], ...]:
    """The forms of a title's words (kept per process: the same titles come back search after search)."""
    whole, found, roots, typed = set(), set(), set(), set()
    for word in words(title):
        typed.add(fold(word))
        whole |= whole_forms(word, language)
        found |= forms(word, language)
        roots.add(family(word, language))
    return frozenset(whole), frozenset(found), frozenset(roots - {""}), frozenset(typed)


@lru_cache(maxsize=20_000)
def _term_forms(term: str, language: str) -> tuple[frozenset[str], ...]:
    """All forms of each meaningful word of a synonym term (what `_add_synonyms` matches the query on),
    kept per process instead of read again for every term of every set at every search."""
    return tuple(frozenset(concept.all) for concept in _term_concepts(term, language))


def _term_concepts(term: str, language: str) -> list["Concept"]:
    tokens = words(term)
    meaningful = [t for t in tokens if not is_stop_word(t, language)] or tokens
    return [Concept.of(t, language) for t in meaningful]


@dataclass
class QueryPlan:
    text: str
    language: str
    concepts: list[Concept] = field(default_factory=list)
    synonyms: list[list[Concept]] = field(default_factory=list)  # the other terms of matched sets, each word by word

    @classmethod
    def build(cls, text: str, language: str) -> "QueryPlan":
        plan = cls(text=" ".join(text.split()), language=language)
        tokens = words(text)
        meaningful = [t for t in tokens if not is_stop_word(t, language)] or tokens
        plan.concepts = [Concept.of(t, language) for t in meaningful]
        plan._add_synonyms()
        return plan

    def _add_synonyms(self) -> None:
        query_forms = set().union(*(c.all for c in self.concepts))
        for terms in synonym_sets(self.language):
            term_forms = [_term_forms(term, self.language) for term in terms]
            matched = [i for i, tf in enumerate(term_forms) if tf and all(f & query_forms for f in tf)]
            if matched:
                self.synonyms.extend(
                    _term_concepts(term, self.language) for i, term in enumerate(terms) if i not in matched and term_forms[i]
                )

    def add_corrections(self, corrections: dict[int, list[str]]) -> None:
        for position, replacements in corrections.items():
            for word in replacements:
                self.concepts[position].add(word, self.language)

    @property
    def is_empty(self) -> bool:
        return not self.concepts

    def all_forms(self) -> set[str]:
        found = set().union(*(c.all | c.family for c in self.concepts))
        for synonym_words in self.synonyms:
            found |= set().union(*(c.all for c in synonym_words))
        return found

    def backend_query(self) -> str:
        return " ".join(sorted(self.all_forms()))

    def title_score(self, title: str) -> float:
        """0…1: the share of the query's concepts the title carries (another form of the word a little
        less than the word as typed, a stem-only match less, a match of the word family only less still); a title carrying a whole synonym term counts as
        carrying most of the query."""
        if not self.concepts:
            return 0.0
        whole, found, roots, typed = _title_forms(title, self.language)
        score = sum(self._carried(c, whole, found, roots, typed) for c in self.concepts)
        score /= len(self.concepts)
        for synonym_words in self.synonyms:
            if synonym_words and all(c.all & found for c in synonym_words):
                score = max(score, 0.9)
        return score

    @staticmethod
    def _carried(concept: Concept, whole: set[str], found: set[str], roots: set[str], typed: set[str]) -> float:
        if concept.whole & whole:
            return 1.0 if concept.typed & typed else OTHER_FORM
        if concept.all & found:
            return STEM_MATCH
        return FAMILY_MATCH if concept.family & roots else 0.0
