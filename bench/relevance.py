"""Relevance of the search on the demo content: MRR@10 and recall@3.

Shared by `bench/search_relevance.py`, `bench/search_latency.py` and the
relevance tests (`tests/search/test_relevance*.py`): each row of a set is a
citizen's query, the language of the site section it is typed on, and the
service card (its Bulgarian slug) that should come first. Two sets:

- `first` (tests/data/search_queries.tsv): written together with the demo
  content and its synonyms; a regression guard.
- `second` (tests/data/search_queries_blind.tsv): written from the card titles
  only, in citizens' words (everyday words, typos, no diacritics, other
  languages, abbreviations, word families); the check set, never tuned on.

A benchmark helper: the search app never reads tests/data.
"""

import csv
from collections import defaultdict
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
TSV = DATA / "search_queries.tsv"
SETS = {"first": TSV, "second": DATA / "search_queries_blind.tsv"}
LANGUAGES = ("bg", "pl", "uk", "en")


def read_rows(path=TSV):
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        return list(reader)


def evaluate(rows, k=10):
    """{language: (mrr, recall@3, n)} plus "all", and the rows whose card was not first."""
    from wagtail.models import Locale

    from registry_pages.models import ServiceCardPage
    from search.engine import search

    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    source = ServiceCardPage.objects.filter(locale__language_code="bg").values_list("slug", "translation_key")
    keys = dict(source)
    ranks = defaultdict(list)
    misses = []
    for row in rows:
        hits = search(row["query"], locales[row["language"]]).hits[:k]
        wanted = keys[row["expected_slug"]]
        rank = next((i + 1 for i, page in enumerate(hits) if page.translation_key == wanted), None)
        ranks[row["language"]].append(rank)
        if rank != 1:
            misses.append((row, rank, [p.title for p in hits[:3]]))
    ranks["all"] = [r for language in LANGUAGES for r in ranks[language]]
    figures = {
        language: (
            sum(1 / r for r in found if r) / len(found),
            sum(1 for r in found if r and r <= 3) / len(found),
            len(found),
        )
        for language, found in ranks.items()
        if found
    }
    return figures, misses
