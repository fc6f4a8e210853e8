"""The pages matching a query, best first, in one fast query (database backends).

With thousands of matches (a common word in a large catalogue) the database
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
from wagtail.search.backends import get_search_backend

from .modelsearch_adapter import (
    descendant_content_type_ids,
    index_entry_model,
    is_postgres_backend,
    is_sqlite_fts_backend,
    query_compiler,
    sqlite_match,
    text_search_config,
)
from .vocabulary import cached


def applies(backend_name: str) -> bool:
    backend = get_search_backend(backend_name)
    return is_sqlite_fts_backend(backend) or is_postgres_backend(backend)


def _in_scope(scope):
    return scope.order_by().annotate(_pk_text=Cast("pk", output_field=CharField())).values("_pk_text")


def ranked_matches(scope, query: str, backend_name: str, limit: int = 20_000, scope_key=None) -> list[tuple[int, int]]:
    """(page id, content type id) of every page of `scope` matching `query`, best first.

    `scope` is a page queryset, or a function that builds it; with `scope_key` (what the scope
    depends on besides the view restrictions) PostgreSQL keeps the scope's page ids with the
    vocabulary (search.vocabulary, SCOPE_IN_PROCESS): the scope is read once per version, and
    the query matches and ranks without it."""
    if connection.vendor == "postgresql":
        return _postgres_matches(scope, query, backend_name, limit, scope_key)
    return _sqlite_matches(scope() if callable(scope) else scope, query, backend_name, limit)


def _new_store(_language: str) -> dict:
    return {}


SCOPE_IN_PROCESS = """Checking each match against the scope in SQL (live, public, not an alias, this
language: a look-up of the page by primary key) cost 2–2.5 ms of a common word's 519 matches on
the 1,000-card bench site; a set of the scope's ids, read with one query when the vocabulary's
version changes (a page published, unpublished, moved or deleted, a view restriction or locale
saved) and forgotten when a page is saved in this process, answers the same in microseconds.
A page that leaves the scope without a publication signal (a script setting `live`) stays in
the other processes' sets until the next publication; one that enters it so (an alias converted
to a page) is found after the next one — the same as the titles the search keeps (search.known).
Only outside a transaction (a request runs in autocommit): inside one, the scope could be read
with page changes that are rolled back later, and kept after them; there the scope is checked
in the query, as it was."""


def scope_ids(scope, scope_key) -> tuple[frozenset, list[int]]:
    """(ids of the scope's pages, the content types of its model), kept per process (SCOPE_IN_PROCESS)."""
    store = cached("ranked-scopes", "", _new_store)
    key = (connection.alias, scope_key)
    found = store.get(key)
    if found is None:
        scope = scope() if callable(scope) else scope
        ids = frozenset(scope.order_by().values_list("pk", flat=True))
        found = store[key] = (ids, list(descendant_content_type_ids(scope.model)))
    return found


def forget_scopes() -> None:
    """A page saved in this process: its scopes are read again at the next search."""
    cached("ranked-scopes", "", _new_store).clear()


PLANNER_HINT = """PostgreSQL prices `@@` on a stored tsvector like a cheap comparison, so when a
common word matches a fifth of the entries it reads every entry and decompresses its vectors
instead of using the GIN indexes of title and body, several times slower (bench/README.md).
The query runs with sequential scans disabled for the transaction, and the setting is put back
as it was as soon as the rows are read, so no other query runs with it.

Where the scope is in the query (a scope without a key: search.across), the entries' text ids
are compared as numbers with the scope's page ids: each match is then
looked up by the pages' primary key, where comparing texts made PostgreSQL hash every page of
the language first (5,226 on the 1,000-card bench site: half of the query's time). An id that
is not a number (another model's entry) matches no page."""


@lru_cache(maxsize=1)
def _default_text_search_config() -> str:
    """The server's default, named explicitly: `to_tsquery(config, …)` is immutable, so PostgreSQL
    computes the query once instead of once per row (as it does for `to_tsquery(…)`)."""
    with connection.cursor() as cursor:
        cursor.execute("SHOW default_text_search_config")
        return cursor.fetchone()[0]


def _postgres_matches(scope, query, backend_name, limit, scope_key=None):
    terms = [term for term in query.split() if term.replace("_", "").isalnum()]  # words only: no tsquery syntax
    if not terms:
        return []
    config = text_search_config(get_search_backend(backend_name)) or _default_text_search_config()
    table = index_entry_model()._meta.db_table
    if scope_key is not None and not connection.in_atomic_block:  # see SCOPE_IN_PROCESS
        ids, content_types = scope_ids(scope, scope_key)
        scope_filter, scope_params, limit_sql = "", [], ""
    else:
        scope = scope() if callable(scope) else scope
        scope_sql, scope_params = scope.order_by().values("pk").query.sql_with_params()
        ids, content_types = None, list(descendant_content_type_ids(scope.model))
        scope_filter = f"AND (CASE WHEN e.object_id ~ '^[0-9]{{1,18}}$' THEN e.object_id::bigint END) IN ({scope_sql})"
        limit_sql = "LIMIT %s"
        scope_params = [*scope_params, limit]
    sql = f"""
        SELECT e.object_id, e.content_type_id
        FROM {table} e, to_tsquery(%s::regconfig, %s) q
        WHERE (e.title @@ q OR e.body @@ q)
          AND e.content_type_id + 0 = ANY(%s)  -- "+ 0": a filter, not an index to scan (PLANNER_HINT)
          {scope_filter}
        ORDER BY ts_rank(e.title, q) * 2 + ts_rank(e.body, q) DESC, e.object_id DESC
        {limit_sql}
    """
    params = [config, " | ".join(terms), content_types, *scope_params]
    if not connection.in_atomic_block and _sends_simple_queries():
        # One round trip: PostgreSQL runs the statements of one simple query in one implicit
        # transaction, whose end resets the transaction-local setting (see PLANNER_HINT).
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT set_config('enable_seqscan', 'off', true); {sql}", params)
            cursor.nextset()
            rows = cursor.fetchall()
    else:
        rows = _in_own_transaction(sql, params)
    if ids is None:
        return [(int(pk), content_type_id) for pk, content_type_id in rows]
    matches = []
    for pk, content_type_id in rows:
        if pk.isascii() and pk.isdigit() and int(pk) in ids:  # another model's entry (a text id) matches no page
            matches.append((int(pk), content_type_id))
            if len(matches) == limit:
                break
    return matches


def _sends_simple_queries() -> bool:
    """Whether the driver merges the parameters into the SQL (psycopg's client-side cursors, Django's
    default) and so sends several statements in one query; not with server-side binding."""
    from psycopg import ClientCursor  # PostgreSQL only

    connection.ensure_connection()
    cursor_class = getattr(connection.connection, "cursor_factory", None)
    return isinstance(cursor_class, type) and issubclass(cursor_class, ClientCursor)


def _in_own_transaction(sql, params):
    """The query with the transaction-local setting, in a transaction (or the caller's, the
    setting put back as it was: no savepoint statements)."""
    own_transaction = not connection.in_atomic_block
    with transaction.atomic(using=connection.alias, savepoint=False), connection.cursor() as cursor:
        if own_transaction:
            cursor.execute("SELECT set_config('enable_seqscan', 'off', true)")
        else:
            cursor.execute("SELECT current_setting('enable_seqscan'), set_config('enable_seqscan', 'off', true)")
            previous = cursor.fetchone()[0]
        cursor.execute(sql, params)
        rows = cursor.fetchall()
        if not own_transaction:
            cursor.execute("SELECT set_config('enable_seqscan', %s, true)", [previous])
    return rows


def _sqlite_matches(scope, query, backend_name, limit):
    """The FTS5 match and bm25 score the ranked SQLite backend uses (`search.db_backend_sqlite`), in the scope."""
    backend = get_search_backend(backend_name)
    match = sqlite_match(query_compiler(backend, scope, PlainText(query, operator="or")), backend)
    rows = (
        match.entries.filter(index_entry__object_id__in=_in_scope(scope))
        .annotate(score=match.score)
        .order_by("score", "-index_entry__object_id")
        .values_list("index_entry__object_id", "index_entry__content_type_id")[:limit]
    )
    return [(int(pk), content_type_id) for pk, content_type_id in rows]
