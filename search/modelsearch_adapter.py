"""The one module of the search app that touches django-modelsearch's private API.

modelsearch (Wagtail's search backends) documents its backends, `search()`
and its query classes; the search app needs more than that:

- the hooks a SearchResults subclass overrides to fetch and count results
  (`_do_search`, `_do_count`) and the score attribute asked for
  (`_score_field`): `ResultsHooks` gives them names of our own;
- the SQLite FTS5 match and bm25 rank of the SQLite query compiler
  (`normalize`, `MatchExpression`, `SQLiteFTSIndexEntry`,
  `compiler._build_rank_expression`): `sqlite_match`, used by both SQLite
  rankings (`search.db_backend_sqlite`, `search.ranking`);
- where the database backends live (`modelsearch.backends.database.sqlite.sqlite`,
  `….postgres.postgres`), whether SQLite answers with FTS5
  (`USE_SQLITE_FTS`), how a query compiler is built, the PostgreSQL text
  search configuration and the index table's columns.

`tests/search/test_modelsearch_contract.py` pins every name used here on the
installed version: after an upgrade that moved one, that test fails and names
this module, the only one to update.

Its modules are named once, by the constants below (the contract test imports
the same ones), and imported inside the functions: modelsearch's SQLite
modules define models that exist only on SQLite.
"""

from importlib import import_module
from typing import NamedTuple

import modelsearch.backends.database as database_backends
from django.db import connection
from django.db.models import Expression, QuerySet

SQLITE_BACKEND_MODULE = "modelsearch.backends.database.sqlite.sqlite"
SQLITE_QUERY_MODULE = "modelsearch.backends.database.sqlite.query"
POSTGRES_BACKEND_MODULE = "modelsearch.backends.database.postgres.postgres"
UTILS_MODULE = "modelsearch.utils"


# Backends


def database_backend(params):
    """modelsearch's database backend for the default database (what "modelsearch.backends.database" builds)."""
    return database_backends.SearchBackend(params)


def is_sqlite_fts_backend(backend) -> bool:
    """`backend` is modelsearch's SQLite FTS5 backend (not its plain fallback for SQLite without FTS5)."""
    if connection.vendor != "sqlite" or database_backends.USE_SQLITE_FTS is False:
        return False  # the SQLite module cannot be imported on other databases, nor without FTS5
    return isinstance(backend, import_module(SQLITE_BACKEND_MODULE).SQLiteSearchBackend)


def is_postgres_backend(backend) -> bool:
    """`backend` is modelsearch's PostgreSQL full-text backend."""
    if connection.vendor != "postgresql":
        return False
    return isinstance(backend, import_module(POSTGRES_BACKEND_MODULE).PostgresSearchBackend)


def sqlite_backend_classes() -> tuple[type, type]:
    """(SQLiteSearchBackend, SQLiteSearchResults), to subclass; SQLite with FTS5 only."""
    module = import_module(SQLITE_BACKEND_MODULE)
    return module.SQLiteSearchBackend, module.SQLiteSearchResults


def text_search_config(backend) -> str | None:
    """The PostgreSQL text search configuration the backend indexes with (None: the server's default)."""
    return backend.config


def query_compiler(backend, queryset, query):
    """The backend's compiler of `query` over `queryset` (what `backend.search(query, queryset)` builds)."""
    return backend.query_compiler_class(queryset, query)


# Index


def descendant_content_type_ids(model) -> list[int]:
    """The content types of `model` and its subclasses: the index entries that belong to its searches."""
    return import_module(UTILS_MODULE).get_descendants_content_types_pks(model)


def index_entry_model():
    """The model of the index table (columns `content_type`, `object_id`, `title`, `body`)."""
    from wagtail.search.models import IndexEntry

    return IndexEntry


# Results


class ResultsHooks:
    """The first base of a subclass of a modelsearch SearchResults class.

    modelsearch fetches the results between `start` and `stop` and counts them
    through private methods; here they call `fetch_results()` and
    `count_results()`, which a subclass overrides (calling `super()` for
    modelsearch's own). `score_field` is the attribute `annotate_score()` asked
    for (None when not asked).
    """

    def _do_search(self):
        return self.fetch_results()

    def _do_count(self):
        return self.count_results()

    def fetch_results(self):
        return super()._do_search()

    def count_results(self):
        return super()._do_count()

    @property
    def score_field(self) -> str | None:
        return self._score_field


# SQLite FTS5


class SQLiteMatch(NamedTuple):
    entries: QuerySet  # FTS index entries matching the query, of the compiler's model and its subclasses
    score: Expression  # their bm25 score, to annotate: lower is better


def normalized_query(compiler):
    """The compiler's query with negations moved to the front, as the SQLite backend runs it."""
    return import_module(SQLITE_QUERY_MODULE).normalize(compiler.query)


def sqlite_match(compiler, backend) -> SQLiteMatch:
    """The FTS5 match and bm25 score of modelsearch's SQLite search (`SQLiteSearchQueryCompiler.search`):
    the compiler's fields (or title and body), its model's content types, its weights.
    Not for `MatchAll` or `Not` queries (see `normalized_query`)."""
    match_expression = import_module(SQLITE_QUERY_MODULE).MatchExpression
    fts_index_entry = import_module(SQLITE_BACKEND_MODULE).SQLiteFTSIndexEntry

    config = compiler.get_config(backend)
    query = compiler.build_search_query(normalized_query(compiler), config=config)
    match = match_expression(compiler.fields or compiler.FTS_TABLE_FIELDS, query)
    entries = fts_index_entry.objects.filter(match).filter(
        index_entry__content_type__in=descendant_content_type_ids(compiler.queryset.model)
    )
    score = compiler._build_rank_expression(compiler.get_search_vectors(), config)
    return SQLiteMatch(entries, score)
