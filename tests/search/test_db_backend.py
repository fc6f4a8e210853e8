"""The SQLite ranking of search/db_backend.py: modelsearch's results and order, in few queries."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from modelsearch.query import MATCH_ALL
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from portal_demo.loadgen.runner import run

pytestmark = pytest.mark.django_db
BACKEND = {"default": {"BACKEND": "search.db_backend"}}


# PostgreSQL keeps modelsearch's own ranking: these run in the SQLite run of `make test`.
sqlite_only = pytest.mark.skipif(
    connection.vendor != "sqlite", reason="the ranked backend replaces modelsearch's SQLite backend only"
)


@pytest.fixture
def ranked(settings):
    settings.WAGTAILSEARCH_BACKENDS = BACKEND
    return get_search_backend()


@sqlite_only
def test_same_results_and_order_as_modelsearch(ranked, site_root):
    run({"services": 120}, languages=["bg"], log=lambda *a: None)
    from django.core.management import call_command

    call_command("update_index", stdout=open("/dev/null", "w"), stderr=open("/dev/null", "w"))
    original = get_search_backend("modelsearch.backends.database")
    pages = Page.objects.live().public().filter(locale=Locale.objects.get(language_code="bg"))
    assert type(ranked).__name__ == "RankedSQLiteSearchBackend"
    for query in ("удостоверение", "разрешение пчелин", "данък", "удостоверение за раждане"):
        ours, theirs = ranked.search(query, pages, operator="or"), original.search(query, pages, operator="or")
        assert ours.count() == theirs.count()
        assert [p.pk for p in ours[:25]] == [p.pk for p in theirs[:25]], query
        assert [p.pk for p in ours[25:40]] == [p.pk for p in theirs[25:40]], query
    assert ranked.search("удостоверение", pages, operator="or").count() >= 10


@sqlite_only
def test_a_page_of_results_costs_three_queries(ranked, site_root):
    pages = Page.objects.live().public()
    results = ranked.search("удостоверение", pages, operator="or")
    with CaptureQueriesContext(connection) as captured:
        total = results.count()
        first = list(results[:10])
        second = list(results[10:20])
    assert total > 0 and len(first) == min(10, total)
    assert not {p.pk for p in first} & {p.pk for p in second}
    assert len(captured) <= 4  # matches with scores, allowed pages, then one fetch per page of results


@sqlite_only
def test_unranked_searches_fall_back(ranked, site_root):
    pages = Page.objects.live()
    assert ranked.search("удостоверение", pages, order_by_relevance=False).count() > 0
    assert ranked.search(MATCH_ALL, pages).count() == pages.count()


def test_each_database_gets_its_backend(settings):
    settings.WAGTAILSEARCH_BACKENDS = BACKEND
    expected = "RankedSQLiteSearchBackend" if connection.vendor == "sqlite" else "PostgresSearchBackend"
    assert type(get_search_backend()).__name__ == expected
