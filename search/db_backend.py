"""Wagtail's database search backend, with relevance ranking that scales on SQLite.

modelsearch's SQLite backend orders results by a *correlated* subquery that
re-runs the FTS5 MATCH for every matching row, so a query matching 5,000
pages of a 40,000-page portal took 2–20 s (bench/README.md). Here the
matches and their bm25 scores are read once, the source queryset keeps only
the allowed pages (live, public, language…: one query on the primary keys),
the page of results is cut in Python and its rows fetched by primary key:
three queries whatever the number of matches. Same scores and order as
modelsearch (score ascending, then newest first). Other databases, counts,
facets and non-relevance orderings use modelsearch unchanged.

Configured by `search.backends.DATABASE_BACKEND` ("BACKEND": "search.db_backend").
"""

from modelsearch.backends.database import SearchBackend as _database_backend


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks up in a backend module
    backend = _database_backend(params)
    from modelsearch.backends.database import USE_SQLITE_FTS

    if USE_SQLITE_FTS and type(backend).__name__ == "SQLiteSearchBackend":
        from .db_backend_sqlite import RankedSQLiteSearchBackend

        return RankedSQLiteSearchBackend(params)
    return backend
