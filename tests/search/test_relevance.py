"""Relevance regression guard: the demo relevance set must keep its MRR@10.

bench/search_relevance.py measured MRR@10 = 1.000 and recall@3 = 1.000 on
SQLite and PostgreSQL (111 queries); a change that drops the figure below
the threshold fails here.
"""

import pytest

from bench.relevance import evaluate, read_rows

pytestmark = pytest.mark.django_db
MRR_THRESHOLD = 0.95


def test_relevance_set_keeps_its_mrr():
    figures, misses = evaluate(read_rows())
    mrr, recall, count = figures["all"]
    assert count >= 100
    assert mrr >= MRR_THRESHOLD, misses
    assert recall >= 0.97, misses
    for language in ("bg", "pl", "uk", "en"):
        assert figures[language][0] >= 0.9, (language, misses)
