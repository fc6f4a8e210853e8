"""Redis unreachable: every public page is served uncached, quickly, with one warning.

The cache is the real django-redis `default` alias of the production settings
(`REDIS_OPTIONS` with `IGNORE_EXCEPTIONS`) pointed at closed or silent ports.
"""

import itertools
import logging
import os
import socket
import statistics
import time

import pytest
from django.conf import settings as django_settings
from django.core.cache import cache
from wagtail.models import Page

from registry_pages.core.page_cache import CACHE_HEADER, new_generation
from registry_pages.models import NGORegisterPage, ServiceCardPage, ServiceIndexPage
from tests.demo_mark import needs_demo

pytestmark = [pytest.mark.django_db, needs_demo]

REDIS_TEST_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/9")
_database_numbers = itertools.count(1)  # django-redis keeps one pool (and breaker) per URL and process


def redis_cache(location, retry_after=30):
    options = {**django_settings.REDIS_OPTIONS, "IGNORE_EXCEPTIONS": True}
    options["CONNECTION_POOL_KWARGS"] = {"retry_after": retry_after}
    return {"default": {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": location, "KEY_PREFIX": f"test-{os.getpid()}", "OPTIONS": options}}


def closed_redis_url():
    return f"redis://127.0.0.1:9/{next(_database_numbers)}"


@pytest.fixture
def page_cache_on(settings):
    settings.REGISTRY_PAGE_CACHE_TIMEOUT = 600
    settings.REGISTRY_PAGE_CACHE_GENERATION_FILE = ""
    return settings


@pytest.fixture
def redis_down(page_cache_on):
    page_cache_on.CACHES = redis_cache(closed_redis_url())
    return page_cache_on


def public_urls():
    bg = {"locale__language_code": "bg"}
    card = ServiceCardPage.objects.live().filter(**bg).first()
    catalogue = ServiceIndexPage.objects.live().filter(**bg).first()
    register = NGORegisterPage.objects.live().filter(**bg).first()
    return ["/bg/", card.url, catalogue.url, register.url, register.url + "?q=спорт", "/bg/search/?q=удостоверение"]


def outage_warnings(caplog):
    return [r for r in caplog.records if r.name == "cms.outage" and r.levelno == logging.WARNING]


def test_public_pages_are_served_uncached_and_one_warning_is_logged(client, redis_down, caplog):
    urls = public_urls()
    with caplog.at_level(logging.WARNING, logger="cms.outage"):
        for _ in range(3):
            for url in urls:
                response = client.get(url)
                assert response.status_code == 200, url
                assert CACHE_HEADER not in response or response[CACHE_HEADER] == "miss", url  # never a hit
    warnings = outage_warnings(caplog)
    assert len(warnings) == 1  # one for the outage window, not one per cache call
    assert "Redis cache" in warnings[0].getMessage() and "unreachable" in warnings[0].getMessage()


def test_cache_calls_skip_redis_while_the_circuit_is_open(redis_down, caplog):
    with caplog.at_level(logging.WARNING, logger="cms.outage"):
        assert cache.get("anything") is None
        started = time.perf_counter()
        for number in range(200):
            cache.set(f"k{number}", number)
            assert cache.get(f"k{number}") is None
        elapsed = time.perf_counter() - started
    assert elapsed < 0.5  # 400 calls without a single connect attempt
    assert len(outage_warnings(caplog)) == 1


@pytest.fixture
def silent_redis():
    """A port that accepts connections and never answers (a hung or black-holed server)."""
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(64)
        yield f"redis://127.0.0.1:{server.getsockname()[1]}/0"


def _timings(client, url, count):
    timings = []
    for _ in range(count):
        started = time.perf_counter()
        assert client.get(url).status_code == 200
        timings.append(time.perf_counter() - started)
    return timings


def test_a_silent_redis_costs_one_timeout_per_window_not_one_per_request(client, page_cache_on, silent_redis, caplog):
    url = ServiceCardPage.objects.live().filter(locale__language_code="bg").first().url
    page_cache_on.CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    baseline = statistics.median(_timings(client, url, 5))  # rendered every time, no cache
    page_cache_on.CACHES = redis_cache(silent_redis)
    timeout = django_settings.REDIS_OPTIONS["SOCKET_TIMEOUT"]
    with caplog.at_level(logging.WARNING, logger="cms.outage"):
        first, *rest = _timings(client, url, 6)
    assert first < baseline + 3 * timeout  # the one call that waited for the timeout
    assert statistics.median(rest) < baseline + timeout / 2  # the others do not wait at all
    assert len(outage_warnings(caplog)) == 1


def test_a_publication_during_the_outage_is_not_hidden_by_pages_cached_before(client, page_cache_on):
    page_cache_on.CACHES = redis_cache(REDIS_TEST_URL)
    cache.clear()
    assert client.get("/bg/")[CACHE_HEADER] == "miss"
    assert client.get("/bg/")[CACHE_HEADER] == "hit"
    page_cache_on.CACHES = redis_cache(closed_redis_url())
    new_generation()  # a publication while Redis is unreachable: the bump is lost for now
    assert client.get("/bg/")[CACHE_HEADER] == "miss"
    page_cache_on.CACHES = redis_cache(REDIS_TEST_URL)  # Redis is back, with the old pages in it
    assert client.get("/bg/")[CACHE_HEADER] == "miss"  # the lost bump was made again
    cache.clear()


def test_admin_works_with_redis_down(client, redis_down):
    from django.contrib.auth import get_user_model

    client.force_login(get_user_model().objects.create_superuser("t_admin_redis", "a@example.org", "pw"))
    assert client.get("/admin/").status_code == 200
    assert client.get(f"/admin/pages/{Page.objects.get(depth=2, locale__language_code='bg').pk}/").status_code == 200
