"""The pages matching a query, best first, in one fast query (database backends).

With thousands of matches (10,000 cards, a common word) the database
backends are slow where we need them: modelsearch's SQLite backend orders by
a correlated subquery that re-runs the full-text match for every matching
row (seconds), and its PostgreSQL backend matches `title || body`, a
concatenation no index covers (a scan of every entry). Here the match and
its rank run once, restricted to the page scope, using the GIN indexes on
PostgreSQL, and only the ids and types come back (the types give the counts
per result group). On SQLite it reuses the backend's own query compiler, so
the match expression and BM25 weighting are exactly Wagtail's; on PostgreSQL
the title weighs twice the body, like the boosts.
"""

from functools import lru_cache

from django.db import connection, transaction
from django.db.models import CharField
from django.db.models.functions import Cast
from modelsearch.query import PlainText
from modelsearch.utils import get_descendants_content_types_pks
from wagtail.search.backends import get_search_backend


def applies(backend_name: str) -> bool:
    backend = get_search_backend(backend_name)
    if connection.vendor == "sqlite":  # the SQLite modules cannot be imported on other databases
        from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchBackend

        return isinstance(backend, SQLiteSearchBackend)
    if connection.vendor == "postgresql":
        from modelsearch.backends.database.postgres.postgres import PostgresSearchBackend

        return isinstance(backend, PostgresSearchBackend)
    return False


def _in_scope(scope):
    return scope.order_by().annotate(_pk_text=Cast("pk", output_field=CharField())).values("_pk_text")


def ranked_matches(scope, query: str, backend_name: str, limit: int = 20_000) -> list[tuple[int, int]]:
    """(page id, content type id) of every page of `scope` matching `query`, best first."""
    if connection.vendor == "postgresql":
        return _postgres_matches(scope, query, backend_name, limit)
    return _sqlite_matches(scope, query, backend_name, limit)


PLANNER_HINT = """PostgreSQL prices `@@` on a stored tsvector like a cheap comparison, so when a
common word matches a fifth of the entries it reads every entry and decompresses its vectors
(60 ms with 10,000 cards) instead of the GIN indexes of title and body (15 ms; bench/README.md).
The query runs with sequential scans disabled for the transaction, and the setting is put back
as it was as soon as the rows are read, so no other query runs with it."""


@lru_cache(maxsize=1)
def _default_text_search_config() -> str:
    """The server's default, named explicitly: `to_tsquery(config, …)` is immutable, so PostgreSQL
    computes the query once instead of once per row (as it does for `to_tsquery(…)`)."""
    with connection.cursor() as cursor:
        cursor.execute("SHOW default_text_search_config")
        return cursor.fetchone()[0]


def _postgres_matches(scope, query, backend_name, limit):
    from wagtail.search.models import IndexEntry

    terms = [term for term in query.split() if term.replace("_", "").isalnum()]  # words only: no tsquery syntax
    if not terms:
        return []
    config = get_search_backend(backend_name).config or _default_text_search_config()
    scope_sql, scope_params = _in_scope(scope).query.sql_with_params()
    table = IndexEntry._meta.db_table
    sql = f"""
        SELECT e.object_id, e.content_type_id
        FROM {table} e, to_tsquery(%s::regconfig, %s) q
        WHERE (e.title @@ q OR e.body @@ q)
          AND e.content_type_id + 0 = ANY(%s)  -- "+ 0": a filter, not an index to scan (PLANNER_HINT)
          AND e.object_id IN ({scope_sql})
        ORDER BY ts_rank(e.title, q) * 2 + ts_rank(e.body, q) DESC, e.object_id DESC
        LIMIT %s
    """
    content_types = list(get_descendants_content_types_pks(scope.model))
    # A transaction-local setting (see PLANNER_HINT); savepoint=False: inside a transaction
    # no savepoint statements, outside one a transaction of its own.
    with transaction.atomic(using=connection.alias, savepoint=False), connection.cursor() as cursor:
        cursor.execute("SELECT current_setting('enable_seqscan'), set_config('enable_seqscan', 'off', true)")
        previous = cursor.fetchone()[0]
        cursor.execute(sql, [config, " | ".join(terms), content_types, *scope_params, limit])
        rows = cursor.fetchall()
        cursor.execute("SELECT set_config('enable_seqscan', %s, true)", [previous])
    return [(int(pk), content_type_id) for pk, content_type_id in rows]


def _sqlite_matches(scope, query, backend_name, limit):
    from modelsearch.backends.database.sqlite.query import MatchExpression, normalize
    from modelsearch.backends.database.sqlite.sqlite import SQLiteFTSIndexEntry

    backend = get_search_backend(backend_name)
    compiler = backend.query_compiler_class(scope, PlainText(query, operator="or"))
    config = compiler.get_config(backend)
    match = MatchExpression(compiler.FTS_TABLE_FIELDS, compiler.build_search_query(normalize(compiler.query), config))
    rank = compiler._build_rank_expression(compiler.get_search_vectors(), config)
    rows = (
        SQLiteFTSIndexEntry.objects.filter(match)
        .filter(
            index_entry__content_type__in=get_descendants_content_types_pks(scope.model),
            index_entry__object_id__in=_in_scope(scope),
        )
        .annotate(score=rank)
        .order_by("score", "-index_entry__object_id")
        .values_list("index_entry__object_id", "index_entry__content_type_id")[:limit]
    )
    return [(int(pk), content_type_id) for pk, content_type_id in rows]
