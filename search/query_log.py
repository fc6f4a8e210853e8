"""The search log's counts, added up in memory and written in batches.

Every search of the first results page counts one row of `SearchQueryDay` (the query, its
language and day, how many times it was asked, the number of results the last time). Written at
once, that is an `UPDATE` per search: a round trip and a new row version each time a popular query
is asked. Each process now adds its counts up and writes them all together when the oldest one is
`SEARCH_LOG_FLUSH_SECONDS` old (default 10; 0 writes each search at once, as the test settings
do), and when the process exits. So the few-results report and the search terms report lag by
at most that long. Counts that could not be written (the database down) are kept for the next
write, up to `MAX_PENDING` queries; beyond that a new query's count is dropped, never the page.
"""

import atexit
import logging
import threading
import time

from django.conf import settings
from django.db import DatabaseError
from django.utils import timezone

logger = logging.getLogger(__name__)

DEFAULT_SECONDS = 10.0
MAX_PENDING = 5_000  # distinct queries kept in memory between two writes

_lock = threading.Lock()
_pending: dict = {}  # (date, language, query) -> [times asked, results the last time]
_oldest: float | None = None


def interval() -> float:
    return float(getattr(settings, "SEARCH_LOG_FLUSH_SECONDS", DEFAULT_SECONDS))


def count(query: str, language: str, results: int) -> None:
    """Count one asking of `query` (normalised by the caller)."""
    global _oldest
    key = (timezone.localdate(), language, query[:255])
    if interval() <= 0:
        _write({key: [1, results]})
        return
    now = time.monotonic()
    with _lock:
        entry = _pending.get(key)
        if entry is None and len(_pending) >= MAX_PENDING:
            return
        entry = _pending.setdefault(key, [0, 0])
        entry[0] += 1
        entry[1] = results
        _oldest = now if _oldest is None else _oldest
        due = now - _oldest >= interval()
    if due:
        flush()


def flush() -> None:
    """Write every count kept so far (a failed write keeps them for the next one)."""
    global _oldest
    with _lock:
        batch = dict(_pending)
        _pending.clear()
        _oldest = None
    if batch:
        _write(batch)


def _write(batch: dict) -> None:
    from .models import SearchQueryDay

    for position, (key, (hits, results)) in enumerate(batch.items()):
        try:
            SearchQueryDay.add(*key, hits=hits, results=results)
        except DatabaseError as error:
            logger.warning("Search log not written (%s); kept for the next write.", error)
            _keep(list(batch.items())[position:])
            return


def _keep(items) -> None:
    global _oldest
    with _lock:
        for key, (hits, results) in items:
            if key not in _pending and len(_pending) >= MAX_PENDING:
                continue
            entry = _pending.setdefault(key, [0, results])
            entry[0] += hits
        _oldest = _oldest if _oldest is not None else time.monotonic()


def _at_exit() -> None:
    try:
        flush()
    except Exception:  # noqa: BLE001 - the interpreter is stopping: nothing more to do
        pass


atexit.register(_at_exit)
