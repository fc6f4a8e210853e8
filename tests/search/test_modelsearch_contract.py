"""Contract of the modelsearch private API that search/modelsearch_adapter.py relies on.

Each test pins, on the installed modelsearch, a name, a signature or a
behaviour the adapter uses. When an upgrade moved or changed one, the test
fails with a message naming the adapter: update that module (the only one in
`search/` that touches these names), then this test.
"""

import importlib
import importlib.util
import inspect
from importlib.metadata import version

import pytest
from django.db import connection
from modelsearch.backends.base import BaseSearchQueryCompiler, BaseSearchResults
from modelsearch.query import PlainText
from wagtail.models import Page

from search import modelsearch_adapter as adapter

CHECKED_WITH = "1.3.2"  # the modelsearch version this contract was last read against
ADAPTER = "search/modelsearch_adapter.py"
HOOKS = ("fetch_results", "count_results", "score_field")  # ResultsHooks' own names

sqlite_only = pytest.mark.skipif(connection.vendor != "sqlite", reason="modelsearch's SQLite modules import only on SQLite")
postgres_only = pytest.mark.skipif(connection.vendor != "postgresql", reason="modelsearch's PostgreSQL backend")


def contract(holds, what: str) -> None:
    assert holds, (
        f"modelsearch {version('modelsearch')} (contract read on {CHECKED_WITH}): {what}. "
        f"Update {ADAPTER}, the one module that uses it, then this test."
    )


def parameters(function) -> list[str]:
    return [name for name in inspect.signature(function).parameters if name != "self"]


def test_module_paths_exist():
    paths = (adapter.SQLITE_BACKEND_MODULE, adapter.SQLITE_QUERY_MODULE, adapter.POSTGRES_BACKEND_MODULE, adapter.UTILS_MODULE)
    for path in paths:
        contract(importlib.util.find_spec(path) is not None, f"module {path} is gone")


def test_database_backend_factory_and_fts_flag():
    from modelsearch.backends import database

    contract(callable(getattr(database, "SearchBackend", None)), "modelsearch.backends.database.SearchBackend is gone")
    contract(parameters(database.SearchBackend) == ["params"], "modelsearch.backends.database.SearchBackend(params) changed")
    contract(hasattr(database, "USE_SQLITE_FTS"), "modelsearch.backends.database.USE_SQLITE_FTS is gone")


def test_results_hooks_are_private_methods_modelsearch_calls():
    for name in ("_do_search", "_do_count"):
        contract(callable(getattr(BaseSearchResults, name, None)), f"BaseSearchResults.{name} is gone")
        contract(parameters(getattr(BaseSearchResults, name)) == [], f"BaseSearchResults.{name}() takes arguments now")
    contract("_score_field" in vars(BaseSearchResults(None, None)), "BaseSearchResults no longer sets _score_field")
    for attribute in ("backend", "query_compiler", "prefetch_related", "start", "stop"):
        contract(hasattr(BaseSearchResults(None, None), attribute), f"BaseSearchResults no longer sets {attribute}")


@pytest.mark.django_db
def test_results_hooks_do_not_clash_with_modelsearch_names():
    from modelsearch.backends.elasticsearch9 import Elasticsearch9SearchResults

    for results_class in (BaseSearchResults, Elasticsearch9SearchResults, type(adapter.database_backend({})).results_class):
        for name in HOOKS:
            contract(not hasattr(results_class, name), f"{results_class.__name__} defines {name}, a name ResultsHooks uses")


@pytest.mark.django_db
def test_results_hooks_answer_searches_counts_and_scores():
    """modelsearch still fetches and counts through the hooks ResultsHooks overrides."""
    backend = adapter.database_backend({})

    class Probe(adapter.ResultsHooks, backend.results_class):
        def fetch_results(self):
            return ["fetched"]

        def count_results(self):
            return 7

    def probe():
        return Probe(backend, adapter.query_compiler(backend, Page.objects.all(), PlainText("x")))

    contract(list(probe()) == ["fetched"], "SearchResults no longer fetches through _do_search()")
    contract(probe().count() == 7, "SearchResults no longer counts through _do_count()")  # a fresh one: no results cache
    contract(probe().annotate_score("relevance").score_field == "relevance", "annotate_score() no longer sets _score_field")


def test_query_compiler_constructor_and_attributes():
    contract(
        parameters(BaseSearchQueryCompiler.__init__)[:2] == ["queryset", "query"],
        "BaseSearchQueryCompiler(queryset, query, …) changed",
    )
    compiler = BaseSearchQueryCompiler(Page.objects.all(), PlainText("x"))
    for attribute in ("queryset", "query", "fields", "order_by_relevance"):  # read by the ranked results and the fallback
        contract(hasattr(compiler, attribute), f"BaseSearchQueryCompiler no longer sets {attribute}")


def test_index_entry_columns():
    fields = {field.name for field in adapter.index_entry_model()._meta.get_fields()}
    contract({"content_type", "object_id", "title", "body"} <= fields, f"IndexEntry's columns changed: {sorted(fields)}")


@pytest.mark.django_db
def test_descendant_content_types():
    from wagtail.models import Page as WagtailPage

    utils = importlib.import_module(adapter.UTILS_MODULE)
    contract(parameters(utils.get_descendants_content_types_pks) == ["model"], "get_descendants_content_types_pks(model) changed")
    ids = adapter.descendant_content_type_ids(WagtailPage)
    contract(len(list(ids)) > 1 and all(isinstance(pk, int) for pk in ids), "get_descendants_content_types_pks changed")


@sqlite_only
def test_sqlite_private_names_and_signatures():
    backend_module = importlib.import_module(adapter.SQLITE_BACKEND_MODULE)
    query_module = importlib.import_module(adapter.SQLITE_QUERY_MODULE)
    for name in ("SQLiteSearchBackend", "SQLiteSearchResults", "SQLiteSearchQueryCompiler", "SQLiteFTSIndexEntry"):
        contract(hasattr(backend_module, name), f"{adapter.SQLITE_BACKEND_MODULE}.{name} is gone")
    for name in ("MatchExpression", "normalize"):
        contract(hasattr(query_module, name), f"{adapter.SQLITE_QUERY_MODULE}.{name} is gone")
    compiler = backend_module.SQLiteSearchQueryCompiler
    contract(parameters(compiler._build_rank_expression) == ["vectors", "config"], "compiler._build_rank_expression(vectors, config) changed")
    contract(parameters(compiler.build_search_query) == ["query", "config"], "compiler.build_search_query(query, config) changed")
    contract(parameters(compiler.get_config) == ["backend"], "compiler.get_config(backend) changed")
    contract(parameters(compiler.get_search_vectors) == [], "compiler.get_search_vectors() changed")
    contract(compiler.FTS_TABLE_FIELDS == ["title", "body"], f"compiler.FTS_TABLE_FIELDS is {compiler.FTS_TABLE_FIELDS}")
    contract(parameters(query_module.MatchExpression.__init__) == ["columns", "query"], "MatchExpression(columns, query) changed")
    contract(parameters(query_module.normalize) == ["search_query"], "normalize(search_query) changed")
    entry = backend_module.SQLiteFTSIndexEntry
    contract(entry._meta.get_field("index_entry").related_model is adapter.index_entry_model(), "SQLiteFTSIndexEntry.index_entry changed")


@sqlite_only
@pytest.mark.django_db
def test_sqlite_backend_is_recognised_and_subclassable():
    from modelsearch.backends import database

    backend = adapter.database_backend({})
    contract(database.USE_SQLITE_FTS is True, "USE_SQLITE_FTS is not set by the SQLite backend any more")
    contract(adapter.is_sqlite_fts_backend(backend), f"the SQLite backend is now {type(backend).__module__}.{type(backend).__name__}")
    backend_class, results_class = adapter.sqlite_backend_classes()
    contract(backend_class.results_class is results_class, "SQLiteSearchBackend.results_class is not SQLiteSearchResults")


@sqlite_only
@pytest.mark.django_db
def test_sqlite_match_finds_what_modelsearch_finds():
    """The adapter's match and score select modelsearch's own matches (the demo's service cards)."""
    backend = adapter.database_backend({})
    pages = Page.objects.live()
    compiler = adapter.query_compiler(backend, pages, PlainText("удостоверение", operator="or"))
    match = adapter.sqlite_match(compiler, backend)
    ours = {int(pk) for pk in match.entries.annotate(score=match.score).values_list("index_entry__object_id", flat=True)}
    theirs = {page.pk for page in backend.search(PlainText("удостоверение", operator="or"), pages)}
    contract(theirs and theirs <= ours, "sqlite_match no longer selects modelsearch's matches")
    contract(isinstance(adapter.normalized_query(compiler), PlainText), "normalize() no longer leaves PlainText as it is")


@postgres_only
@pytest.mark.django_db
def test_postgres_backend_is_recognised_with_its_config():
    backend = adapter.database_backend({})
    contract(adapter.is_postgres_backend(backend), f"the PostgreSQL backend is now {type(backend).__module__}.{type(backend).__name__}")
    configured = adapter.database_backend({"SEARCH_CONFIG": "simple"})
    contract(adapter.text_search_config(configured) == "simple", "PostgresSearchBackend.config no longer holds SEARCH_CONFIG")
