"""A queryset compiled to SQL once and run again on every request.

Django turns a queryset into SQL each time it is evaluated. For the route cache's one query
(a page with its inheritance chain and an `EXISTS` over view restrictions) that compilation
cost more CPU than PostgreSQL spent answering it. A remembered route's query never changes
(the same page id, index path and restriction ids), so `CompiledQuery` keeps the SQL, its
parameters and what Django's model iterable needs to build the objects from the rows (the
selected columns, the related-object layout, the annotation columns), per database alias, and
hands them to a fresh compiler on every run:

- rows, objects, related objects and annotations come out exactly as from the queryset;
- every run executes the SQL afresh (nothing of the result is kept);
- a query Django cannot compile to SQL (an empty `__in`) is compiled each time, as usual;
- thread-safe: each run gets its own compiler on the thread's own connection; the first
  compilation of an alias is done under a lock.

Use it only for a queryset whose SQL cannot depend on anything but itself (not on the active
language, the time or settings).
"""

import threading

from django.core.exceptions import EmptyResultSet
from django.db.models.sql import Query

__all__ = ["CompiledQuery"]

_STATE = ("select", "klass_info", "annotation_col_map", "col_count", "has_extra_select")


class CompiledQuery:
    """`run()` evaluates the queryset as `list(queryset)` would, compiling it once per alias."""

    __slots__ = ("_queryset", "_compiled", "_lock")

    def __init__(self, queryset):
        queryset = queryset.all()  # a copy: the caller's queryset is left as it was
        queryset.query.get_compiler = self._compiler_for(queryset.query)  # copied by its clones
        self._queryset = queryset
        self._compiled: dict = {}
        self._lock = threading.Lock()

    def run(self) -> list:
        return list(self._queryset.all())

    def _compiler_for(self, query):
        def get_compiler(using=None, connection=None, elide_empty=True):
            compiler = Query.get_compiler(query, using, connection, elide_empty)
            state = self._compiled.get(compiler.using) or self._compile(compiler)
            if state is None:
                return compiler
            sql, params, *values = state
            for name, value in zip(_STATE, values, strict=True):
                setattr(compiler, name, value)
            compiler.as_sql = lambda *args, **kwargs: (sql, params)
            return compiler

        return get_compiler

    def _compile(self, compiler):
        """The kept state of `compiler`'s query, or None when it compiles to no SQL."""
        with self._lock:
            state = self._compiled.get(compiler.using)
            if state is not None:
                return state
            try:
                sql, params = compiler.as_sql()
            except EmptyResultSet:
                return None
            state = (sql, tuple(params), *(getattr(compiler, name) for name in _STATE))
            self._compiled[compiler.using] = state
            return state
