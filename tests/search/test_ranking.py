"""search.ranking: every match of a scope, best first, in one query (SQLite and PostgreSQL)."""

import pytest
from django.db import connection, connections
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, Page

from registry_pages.models import ServiceCardPage
from search import ranking
from search.engine import live_pages
from search.vocabulary import cached

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


@pytest.fixture
def autocommit(monkeypatch):
    """search.ranking on a connection in autocommit, like a request's (the demo is committed); the ORM's
    reads stay in the test's transaction and see its changes."""
    own = connections.create_connection("default")
    monkeypatch.setattr(ranking, "connection", own)
    ranking.forget_scopes()
    yield own
    ranking.forget_scopes()
    own.close()


def _kept(limit=20_000):
    return ranking.ranked_matches(_bg_pages, "удостоверение удосто", "default", limit=limit, scope_key=("test", "bg"))


@postgres_only
def test_the_scope_kept_per_process_finds_what_the_scope_in_sql_finds(card, autocommit):
    """search.ranking.SCOPE_IN_PROCESS: the same pages in the same order, and after the first search
    one query (the match), none for the scope."""
    in_sql = ranking.ranked_matches(_bg_pages(), "удостоверение удосто", "default")
    assert _kept() == in_sql and len(in_sql) >= 5
    with CaptureQueriesContext(connection) as orm, CaptureQueriesContext(autocommit) as captured:
        again = _kept()
    assert again == in_sql
    assert orm.captured_queries == [] and len(captured) == 1 and "wagtailcore_page" not in captured[0]["sql"]
    assert _kept(limit=3) == in_sql[:3]


@postgres_only
def test_the_kept_scope_drops_a_page_saved_offline_here_or_unpublished_elsewhere(card, autocommit):
    from search.vocabulary import content_changed

    first, second = [ServiceCardPage.objects.get(pk=pk) for pk, _ in _kept()[:2]]
    first.live = False
    first.save()  # a script's save in this process: no signal, no version bump
    assert first.pk not in [pk for pk, _ in _kept()]
    ServiceCardPage.objects.filter(pk=second.pk).update(live=False)  # another worker's unpublication …
    content_changed()  # … reaches this process through the shared version
    assert second.pk not in [pk for pk, _ in _kept()]


@postgres_only
def test_inside_a_transaction_the_scope_is_checked_in_the_query(card):
    """Page changes of a transaction may be rolled back: nothing read inside one is kept."""
    ranking.forget_scopes()
    with CaptureQueriesContext(connection) as captured:
        found = _kept()
    assert found == ranking.ranked_matches(_bg_pages(), "удостоверение удосто", "default")
    assert any("wagtailcore_page" in q["sql"] and "indexentry" in q["sql"] for q in captured)
    assert cached("ranked-scopes", "", dict) == {}
