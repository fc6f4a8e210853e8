"""What the search knows per language, cached: synonym sets and the title index.

Both are read once per process and language and kept until the content
changes: publishing, unpublishing or deleting a page, or saving a synonym set,
bumps a version number in Django's cache (shared by all workers with Redis),
and the next search rebuilds what it needs. A search therefore costs no SQL
query for synonyms or the typo index in the common case.

The title index is the typo fallback of the database backends: every word of
the live titles and synonym terms of a language, with their one-letter
deletions (the SymSpell idea), so a word one edit away (a letter missing,
extra, wrong or two letters swapped) is found in a few dictionary look-ups.
"""

import threading
from collections import Counter, defaultdict
from contextlib import contextmanager

from django.core.cache import cache

from .text import fold, forms, words

VERSION_KEY = "search:vocabulary-version"
MIN_TYPO_LENGTH = 4
_store: dict = {}
_pinned = threading.local()


def version() -> int:
    pinned = getattr(_pinned, "version", None)
    if pinned is not None:
        return pinned
    value = cache.get(VERSION_KEY)
    if value is None:
        value = 1
        cache.set(VERSION_KEY, value, None)
    return value


@contextmanager
def pinned():
    """The version read once for the whole block (one search reads its caches several times:
    one cache round trip instead of one per read). Nested blocks keep the outer version."""
    if getattr(_pinned, "version", None) is not None:
        yield
        return
    _pinned.version = version()
    try:
        yield
    finally:
        _pinned.version = None


def content_changed(**kwargs) -> None:
    """Signal receiver: forget cached synonyms and title indexes everywhere."""
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 2, None)


def _cached(kind: str, language: str, build):
    key = (kind, language, version())
    if key not in _store:
        for old in [k for k in _store if k[:2] == key[:2]]:
            del _store[old]
        _store[key] = build(language)
    return _store[key]


def cached(kind: str, language: str, build):
    """What `build(language)` returns, kept in this process until the version changes."""
    return _cached(kind, language, build)


def _load_synonyms(language: str) -> list[list[str]]:
    from .models import SynonymSet

    sets = SynonymSet.objects.filter(locale__language_code=language, live=True).order_by("pk")
    return [terms for terms in (s.term_list() for s in sets) if len(terms) >= 2]


def synonym_sets(language: str) -> list[list[str]]:
    return _cached("synonyms", language, _load_synonyms)


class TitleIndex:
    """Words of a language's titles and synonyms, findable one edit away."""

    def __init__(self, texts, language: str = ""):
        self.counts = Counter(fold(w) for text in texts for w in words(text) if len(w) >= MIN_TYPO_LENGTH - 1)
        self.known = set(self.counts)
        for word in self.counts:
            self.known |= forms(word, language)
        self.deletions: dict[str, set[str]] = defaultdict(set)
        for word in self.counts:
            for variant in _deletions(word):
                self.deletions[variant].add(word)

    def __contains__(self, form: str) -> bool:
        """Whether a word form (folded, lemma or stem) occurs in a title or synonym."""
        return form in self.known

    def corrections(self, word: str, limit: int = 3) -> list[str]:
        """Known words one edit away from `word` (most frequent first); [] if it is known or short."""
        word = fold(word)
        if len(word) < MIN_TYPO_LENGTH or word in self.counts:
            return []
        found = set(self.deletions.get(word, ()))
        for variant in _deletions(word):
            if variant in self.counts:
                found.add(variant)
            found |= self.deletions.get(variant, set())
        found = {w for w in found if osa_distance(word, w) == 1}
        return sorted(found, key=lambda w: (-self.counts[w], w))[:limit]


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def osa_distance(a: str, b: str) -> int:
    """Edit distance counting a swap of neighbouring letters as one edit."""
    if abs(len(a) - len(b)) > 1:
        return 2
    rows = [list(range(len(b) + 1))] + [[i] + [0] * len(b) for i in range(1, len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            rows[i][j] = min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                rows[i][j] = min(rows[i][j], rows[i - 2][j - 2] + 1)
    return rows[-1][-1]


def _load_title_index(language: str) -> TitleIndex:
    from wagtail.models import Page

    titles = Page.objects.live().filter(locale__language_code=language, alias_of__isnull=True).values_list(
        "title", flat=True
    )
    terms = [term for terms in synonym_sets(language) for term in terms]
    phrases = [phrase for found in also_searched(language).values() for phrase in found]
    return TitleIndex(list(titles) + terms + phrases, language)


def _load_also_searched(language: str) -> dict[int, list[str]]:
    """Page id → the editors' “also searched as” phrases, for the live pages of a language that have them."""
    from django.apps import apps

    from registry_pages.core.also_searched import AlsoSearchedAsMixin, split_phrases

    found: dict[int, list[str]] = {}
    for model in apps.get_models():
        if not issubclass(model, AlsoSearchedAsMixin):
            continue
        rows = (
            model.objects.live()
            .filter(locale__language_code=language, alias_of__isnull=True)
            .exclude(also_searched_as="")
            .values_list("pk", "also_searched_as")
        )
        for pk, text in rows:
            found[pk] = split_phrases(text)
    return found


def also_searched(language: str) -> dict[int, list[str]]:
    """Cached like the title index: no query per search."""
    return _cached("also-searched", language, _load_also_searched)


def title_index(language: str) -> TitleIndex:
    return _cached("titles", language, _load_title_index)


def _load_promoted_queries(_language: str) -> frozenset[str]:
    from wagtail.contrib.search_promotions.models import SearchPromotion

    return frozenset(SearchPromotion.objects.values_list("query__query_string", flat=True).distinct())


def promoted_queries() -> frozenset[str]:
    """The (normalised) query strings that have editors' picks: a query without one costs no SQL query."""
    return _cached("promoted", "", _load_promoted_queries)


def _load_view_restrictions(_language: str) -> tuple[tuple[str, int], ...]:
    from wagtail.models import PageViewRestriction

    return tuple(PageViewRestriction.objects.order_by("pk").values_list("page__path", "page__depth"))


def view_restrictions() -> tuple[tuple[str, int], ...]:
    """(tree path, depth) of every page with a view restriction: what `PageQuerySet.public()` reads
    with a query each time, kept like the title index."""
    return _cached("restrictions", "", _load_view_restrictions)
