"""The pages matching a query on SQLite FTS5, best first, in one fast query.

modelsearch's SQLite backend orders results by a correlated subquery that
re-runs the full-text match for every matching row: with thousands of
matches (10,000 cards, a common word) that takes seconds. Here the match
and its BM25 rank run once, restricted to the page scope, and only the top
ids and types come back (the types give the counts per result group). It reuses the backend's own query compiler, so the match
expression and the title weighting are exactly Wagtail's.
"""

from django.db.models import CharField
from django.db.models.functions import Cast
from modelsearch.backends.database.sqlite.query import MatchExpression, normalize
from modelsearch.backends.database.sqlite.sqlite import SQLiteFTSIndexEntry, SQLiteSearchBackend
from modelsearch.query import PlainText
from modelsearch.utils import get_descendants_content_types_pks
from wagtail.search.backends import get_search_backend


def applies(backend_name: str) -> bool:
    return isinstance(get_search_backend(backend_name), SQLiteSearchBackend)


def ranked_matches(scope, query: str, backend_name: str, limit: int = 20_000) -> list[tuple[int, int]]:
    """(page id, content type id) of every page of `scope` matching `query`, best first."""
    backend = get_search_backend(backend_name)
    compiler = backend.query_compiler_class(scope, PlainText(query, operator="or"))
    config = compiler.get_config(backend)
    match = MatchExpression(compiler.FTS_TABLE_FIELDS, compiler.build_search_query(normalize(compiler.query), config))
    rank = compiler._build_rank_expression(compiler.get_search_vectors(), config)
    in_scope = scope.order_by().annotate(_pk_text=Cast("pk", output_field=CharField())).values("_pk_text")
    rows = (
        SQLiteFTSIndexEntry.objects.filter(match)
        .filter(
            index_entry__content_type__in=get_descendants_content_types_pks(scope.model),
            index_entry__object_id__in=in_scope,
        )
        .annotate(score=rank)
        .order_by("score", "-index_entry__object_id")
        .values_list("index_entry__object_id", "index_entry__content_type_id")[:limit]
    )
    return [(int(pk), content_type_id) for pk, content_type_id in rows]
