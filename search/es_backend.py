"""Wagtail's Elasticsearch 9 backend that answers from the database when the cluster cannot be reached.

Every search surface goes through a search backend: the citizens' search,
the API (`/api/v2/pages/?search=`), the NGO register (`?q=`), the admin's
page, image, document and snippet searches, and whatever is added later. So
the fallback is made here once: when a search, an autocomplete, a count or
a facet cannot reach the cluster (a connection error, a timeout, a 5xx), a
warning is logged and the same query, on the same queryset, is answered by
the database backend named by `FALLBACK` ("database" in the portal's
settings; the module `search.db_backend` when none is named).

After a failure the cluster is skipped for `RETRY_AFTER` seconds (30 by
default; `cms.outage.Circuit`, shared by every backend on the same URLs):
searches go straight to the database and indexing is skipped instead of
costing a timeout per page, and one warning is logged per window. Indexing
errors never fail a save (modelsearch's `catch_indexing_errors`); run
`manage.py update_index` after an outage to catch up.

The citizens' search (`search.engine`) runs its own, better-ranked database
path: it asks inside `raising_errors()`, where an unreachable cluster raises.
"""

import contextvars
from contextlib import contextmanager

from elastic_transport import ApiError as TransportApiError
from elastic_transport import TransportError
from modelsearch.backends import get_search_backend
from modelsearch.backends.elasticsearch9 import (
    Elasticsearch9SearchBackend,
    Elasticsearch9SearchResults,
)

from cms.outage import DEFAULT_SECONDS, Circuit

from .modelsearch_adapter import ResultsHooks

DEFAULT_FALLBACK = "search.db_backend"

_raising = contextvars.ContextVar("search_es_raising", default=False)
_circuits: dict[str, Circuit] = {}


@contextmanager
def raising_errors():
    """Within it an unreachable cluster raises instead of falling back (for callers with their own fallback)."""
    token = _raising.set(True)
    try:
        yield
    finally:
        _raising.reset(token)


def unreachable(error: Exception) -> bool:
    """Connection refused, timeout, or the cluster answering 5xx (no master, overloaded)."""
    if isinstance(error, TransportError):
        return True
    status = getattr(getattr(error, "meta", None), "status", None)
    return isinstance(error, TransportApiError) and isinstance(status, int) and status >= 500


class ClusterUnreachable(TransportError):
    """Raised without contacting the cluster while its circuit is open."""


class FallbackSearchResults(ResultsHooks, Elasticsearch9SearchResults):
    def _database_results(self):
        compiler = self.query_compiler
        database = get_search_backend(self.backend.fallback)
        if isinstance(compiler, self.backend.autocomplete_query_compiler_class):
            ask = database.autocomplete
        else:
            ask = database.search
        results = ask(compiler.query, compiler.queryset, fields=compiler.fields, order_by_relevance=compiler.order_by_relevance)
        if self.score_field:
            results = results.annotate_score(self.score_field)
        results = results[self.start : self.stop] if self.stop is not None else results[self.start :]
        results.prefetch_related = self.prefetch_related
        return results

    def _answer(self, from_cluster, from_database):
        circuit = self.backend.circuit
        try:
            if circuit.is_open():
                raise ClusterUnreachable(f"{circuit.name} unreachable a moment ago; not retried yet")
            value = from_cluster()
        except Exception as error:
            if not unreachable(error):
                raise
            if not isinstance(error, ClusterUnreachable):
                circuit.failed(error)
            if _raising.get():
                raise
            return from_database(self._database_results())
        circuit.succeeded()
        return value

    def fetch_results(self):
        return self._answer(lambda: list(super(FallbackSearchResults, self).fetch_results()), lambda r: list(r))

    def count_results(self):
        return self._answer(super().count_results, lambda r: r.count())

    def facet(self, field_name):
        return self._answer(lambda: super(FallbackSearchResults, self).facet(field_name), lambda r: r.facet(field_name))


class FallbackElasticsearch9SearchBackend(Elasticsearch9SearchBackend):
    results_class = FallbackSearchResults

    def __init__(self, params):
        params = dict(params)
        self.fallback = params.pop("FALLBACK", DEFAULT_FALLBACK)
        retry_after = float(params.pop("RETRY_AFTER", DEFAULT_SECONDS))
        super().__init__(params)
        key = repr(self.hosts)
        if key not in _circuits:
            hosts = ", ".join(f"{h.get('host', '?')}:{h.get('port', '')}" if isinstance(h, dict) else str(h) for h in self.hosts)
            _circuits[key] = Circuit(f"Elasticsearch at {hosts}", retry_after)
        self.circuit = _circuits[key]

    def _index(self, write):
        if self.circuit.is_open():
            return None  # skipped: the outage is logged once; update_index catches up
        try:
            result = write()
        except Exception as error:
            if unreachable(error):
                self.circuit.failed(error)
            raise  # modelsearch logs it and, for Elasticsearch, never fails the save
        self.circuit.succeeded()
        return result

    def add(self, obj):
        return self._index(lambda: super(FallbackElasticsearch9SearchBackend, self).add(obj))

    def add_bulk(self, model, obj_list):
        return self._index(lambda: super(FallbackElasticsearch9SearchBackend, self).add_bulk(model, obj_list))

    def delete(self, obj):
        return self._index(lambda: super(FallbackElasticsearch9SearchBackend, self).delete(obj))


SearchBackend = FallbackElasticsearch9SearchBackend
