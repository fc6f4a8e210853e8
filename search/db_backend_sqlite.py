"""The SQLite part of `search.db_backend` (imported only on SQLite with FTS5: modelsearch's
SQLite models exist only there)."""

from modelsearch.query import MatchAll, Not

from .modelsearch_adapter import (
    ResultsHooks,
    normalized_query,
    sqlite_backend_classes,
    sqlite_match,
)

SQLiteSearchBackend, SQLiteSearchResults = sqlite_backend_classes()


class RankedSQLiteSearchResults(ResultsHooks, SQLiteSearchResults):
    def _ranked(self):
        """(best score per matching key, keys the source queryset allows), computed once per
        search and shared by the clones a paginator makes (they share the query compiler)."""
        compiler = self.query_compiler
        cached = getattr(compiler, "_ranked_matches", None)
        if cached is not None:
            return cached
        match = sqlite_match(compiler, self.backend)
        scores = match.entries.annotate(score=match.score).values_list("index_entry__object_id", "score")
        best: dict[str, float] = {}
        for object_id, score in scores:
            if object_id not in best or score < best[object_id]:
                best[object_id] = score
        # The allowed pages by a subquery (as modelsearch counts), not a list of thousands of parameters.
        allowed = {
            str(pk)
            for pk in compiler.queryset.filter(pk__in=match.entries.values("index_entry__object_id")).values_list("pk", flat=True)
        }
        allowed &= best.keys()
        compiler._ranked_matches = (best, allowed)
        return compiler._ranked_matches

    def _fast_path(self) -> bool:
        compiler = self.query_compiler
        return compiler.order_by_relevance and not isinstance(normalized_query(compiler), (MatchAll, Not))

    def count_results(self):
        if not self._fast_path():
            return super().count_results()
        return len(self._ranked()[1])

    def fetch_results(self):
        if not self._fast_path():
            return super().fetch_results()
        best, allowed = self._ranked()
        ranked = sorted(allowed, key=lambda k: (best[k], -_as_number(k)))[self.start:self.stop]
        if not ranked:
            return []
        pk_field = self.query_compiler.queryset.model._meta.pk
        rows = self.query_compiler.queryset.filter(pk__in=[pk_field.to_python(k) for k in ranked]).in_bulk()
        results = []
        for key in ranked:
            obj = rows.get(pk_field.to_python(key))
            if obj is None:
                continue
            if self.score_field:
                setattr(obj, self.score_field, best[key])
            results.append(obj)
        return results


def _as_number(key):
    try:
        return int(key)
    except (TypeError, ValueError):
        return 0


class RankedSQLiteSearchBackend(SQLiteSearchBackend):
    results_class = RankedSQLiteSearchResults
