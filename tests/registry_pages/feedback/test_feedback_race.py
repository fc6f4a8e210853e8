"""40 citizens' browsers posting the same answer at the same moment (PostgreSQL, Redis).

Each post runs in its own thread with its own database connection against a
real Redis; of 40 simultaneous posts exactly the daily limit are stored. The
test commits, so Django flushes the database after it: the module-scoped
`restored_database` puts the session's demo back once that flush is done
(a function-scoped fixture would run before it). Alone in this module so that
happens right after the test.
"""

import threading
import uuid

import pytest
from django.core.cache import caches
from django.db import connection, connections
from django.test import Client, RequestFactory

from registry_pages.feedback import ratelimit
from registry_pages.models import ServiceFeedback
from tests.registry_pages.feedback.support import caches_with, new_card, redis_cache

REDIS = "redis://127.0.0.1:6379/0"
ADDRESS = "203.0.113.50"


def _redis_reachable():
    import redis

    try:
        return redis.Redis.from_url(REDIS, socket_connect_timeout=0.5).ping()
    except redis.exceptions.RedisError:
        return False


def _post_together(url, count, address):
    """`count` threads, each its own client and database connection, released at once."""
    barrier = threading.Barrier(count)
    statuses, lock = [], threading.Lock()

    def post():
        try:
            client = Client()
            barrier.wait()
            status = client.post(url, {"helpful": "yes"}, REMOTE_ADDR=address).status_code
            with lock:
                statuses.append(status)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=post) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    return sorted(statuses)


@pytest.fixture(scope="module")
def restored_database(demo_snapshot, django_db_blocker):
    yield
    with django_db_blocker.unblock():
        demo_snapshot.restore()


@pytest.mark.skipif(connection.vendor == "sqlite", reason="SQLite serialises writers with a database lock; "
                    "40 threads writing at once fail with 'database table is locked' instead of racing")
@pytest.mark.django_db(transaction=True)
def test_forty_simultaneous_answers_store_exactly_the_daily_limit(restored_database, site_root, settings):
    assert _redis_reachable(), "Redis at 127.0.0.1:6379 is needed for this test (make test starts it)"
    settings.CACHES = caches_with(redis_cache(REDIS, prefix=f"t-abuse-{uuid.uuid4().hex}"))
    settings.REGISTRY_FEEDBACK_DAILY_LIMIT = 5
    service = new_card(site_root, "t-limit-race")
    try:
        statuses = _post_together(service.url + "feedback/", 40, ADDRESS)
        assert ServiceFeedback.objects.filter(page=service).count() == 5
        assert statuses == [303] * 5 + [429] * 35
    finally:
        caches["ratelimit"].delete(ratelimit.client_key(RequestFactory().get("/", REMOTE_ADDR=ADDRESS), service))
