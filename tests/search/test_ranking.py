"""search.ranking: every match of a scope, best first, in one query (SQLite and PostgreSQL)."""

import pytest
from django.db import connection, connections
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, Page

from search import ranking
from search.engine import live_pages

pytestmark = pytest.mark.django_db

postgres_only = pytest.mark.skipif(connection.vendor != "postgresql", reason="a PostgreSQL planner setting")


def _bg_pages():
    return live_pages(Page, Locale.objects.get(language_code="bg"))


def test_title_matches_come_before_body_matches_and_other_languages_stay_out(card):
    heirs = card("heirs-certificate", "bg")
    matches = ranking.ranked_matches(_bg_pages(), "наследници", "default")
    ids = [pk for pk, _ in matches]
    assert ids and ids[0] == heirs.pk
    bulgarian = set(_bg_pages().values_list("pk", flat=True))
    assert set(ids) <= bulgarian  # the scope is the current language
    assert card("heirs-certificate", "pl").pk not in ids


def test_one_query_whatever_the_number_of_matches(card):
    with CaptureQueriesContext(connection) as captured:
        matches = ranking.ranked_matches(_bg_pages(), "удостоверение удостоверения удосто", "default")
    assert len(matches) >= 5
    assert len([q for q in captured if "indexentry" in q["sql"].lower()]) == 1


@postgres_only
def test_the_planner_hint_does_not_outlive_the_query(card):
    with connection.cursor() as cursor:
        ranking.ranked_matches(_bg_pages(), "наследници", "default")
        cursor.execute("SHOW enable_seqscan")
        assert cursor.fetchone()[0] == "on"


@postgres_only
def test_outside_a_transaction_the_hint_and_the_query_go_in_one_round_trip(monkeypatch):
    """A request in autocommit sends the planner setting with the query (one simple query, one implicit
    transaction): the same matches, and the setting ends with it."""
    expected = ranking.ranked_matches(_bg_pages(), "удостоверение", "default")  # inside the test's transaction
    own = connections.create_connection("default")  # autocommit, like a request's (the demo is committed)
    try:
        monkeypatch.setattr(ranking, "connection", own)
        with CaptureQueriesContext(own) as captured:
            found = ranking.ranked_matches(_bg_pages(), "удостоверение", "default")
        assert found == expected and len(found) >= 5
        assert len(captured) == 1 and "set_config('enable_seqscan'" in captured[0]["sql"]
        with own.cursor() as cursor:
            cursor.execute("SHOW enable_seqscan")
            assert cursor.fetchone()[0] == "on"
    finally:
        own.close()


@postgres_only
def test_the_scope_kept_per_process_finds_what_the_scope_in_sql_finds(card):
    """search.ranking.SCOPE_IN_PROCESS: the same pages in the same order, and after the first search
    one query (the match), none for the scope."""
    in_sql = ranking.ranked_matches(_bg_pages(), "удостоверение удосто", "default")
    kept = ranking.ranked_matches(_bg_pages, "удостоверение удосто", "default", scope_key=("test", "bg"))
    assert kept == in_sql and len(kept) >= 5
    with CaptureQueriesContext(connection) as captured:
        again = ranking.ranked_matches(_bg_pages, "удостоверение удосто", "default", scope_key=("test", "bg"))
    assert again == in_sql
    assert [q for q in captured if "wagtailcore_page" in q["sql"]] == []
    assert len([q for q in captured if "indexentry" in q["sql"]]) == 1
    limited = ranking.ranked_matches(_bg_pages, "удостоверение удосто", "default", limit=3, scope_key=("test", "bg"))
    assert limited == in_sql[:3]
