"""The search log's counts (search/query_log.py): added up in memory, written together, none lost
when the database cannot take them, written at once when the interval is 0 (the test settings)."""

import pytest
from django.db import DatabaseError

from search import query_log
from search.models import SearchQueryDay

pytestmark = pytest.mark.django_db


@pytest.fixture
def batched(settings, monkeypatch):
    settings.SEARCH_LOG_FLUSH_SECONDS = 60
    clock = [1000.0]
    monkeypatch.setattr(query_log.time, "monotonic", lambda: clock[0])
    query_log.flush()
    yield clock
    query_log.flush()


def _row(query, language="bg"):
    return SearchQueryDay.objects.filter(query=query, language=language).values_list("hits", "results").first()


def test_searches_are_counted_together_when_the_interval_is_over(client, batched):
    for _ in range(3):
        assert client.get("/bg/search/", {"q": "Удостоверение  за наследници"}).status_code == 200
    assert _row("удостоверение за наследници") is None  # not written yet: one write for many searches
    batched[0] += 61
    client.get("/bg/search/", {"q": "удостоверение за наследници"})
    hits, results = _row("удостоверение за наследници")
    assert hits == 4 and results > 0


def test_counts_are_added_to_the_day_s_row(batched):
    query_log.count("данък сгради", "bg", 5)
    query_log.flush()
    query_log.count("данък сгради", "bg", 7)
    query_log.count("данък сгради", "bg", 7)
    query_log.flush()
    assert _row("данък сгради") == (3, 7)


def test_nothing_is_lost_while_the_database_is_down(batched, monkeypatch):
    query_log.count("такса куче", "bg", 2)
    real = SearchQueryDay.add

    def down(*args, **kwargs):
        raise DatabaseError("connection refused")

    monkeypatch.setattr(SearchQueryDay, "add", down)
    query_log.flush()  # logged, kept
    monkeypatch.setattr(SearchQueryDay, "add", real)
    query_log.count("такса куче", "bg", 2)
    query_log.flush()
    assert _row("такса куче") == (2, 2)


def test_memory_is_bounded(batched, monkeypatch):
    monkeypatch.setattr(query_log, "MAX_PENDING", 2)
    for word in ("едно", "две", "три"):
        query_log.count(word, "bg", 1)
    query_log.count("едно", "bg", 1)  # a query already kept is still counted
    query_log.flush()
    assert _row("едно") == (2, 1) and _row("две") == (1, 1) and _row("три") is None


def test_at_once_with_no_interval(client, settings):
    settings.SEARCH_LOG_FLUSH_SECONDS = 0
    client.get("/pl/search/", {"q": "podatek od psa"})
    assert _row("podatek od psa", "pl")[0] == 1
