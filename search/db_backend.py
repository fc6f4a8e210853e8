"""Wagtail's database search backend, with relevance ranking that scales on SQLite.

modelsearch's SQLite backend orders results by a *correlated* subquery that
re-runs the FTS5 MATCH for every matching row, so a query matching thousands
of pages takes seconds (figures in bench/README.md). Here the
matches and their bm25 scores are read once, the source queryset keeps only
the allowed pages (live, public, language…: one query on the primary keys),
the page of results is cut in Python and its rows fetched by primary key:
three queries whatever the number of matches. Same scores and order as
modelsearch (score ascending, then newest first). Other databases, counts,
facets and non-relevance orderings use modelsearch unchanged.

Configured by `search.backends.DATABASE_BACKEND` ("BACKEND": "search.db_backend").
"""

from .modelsearch_adapter import database_backend, is_sqlite_fts_backend


def SearchBackend(params):
    backend = database_backend(params)
    if is_sqlite_fts_backend(backend):
        from .db_backend_sqlite import RankedSQLiteSearchBackend

        return RankedSQLiteSearchBackend(params)
    return backend
