"""page_cache.cached_part (ONE_ROUND_TRIP): a part read with its tags' versions in one round trip once
the process knows its tags, and still recomputed when any tag was bumped, including tags the
process did not know the value had."""

import os

import pytest
from django.core.cache import cache

from registry_pages.core import cache_tags, page_cache

pytestmark = pytest.mark.django_db

REDIS_TEST_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/9")


@pytest.fixture(params=["cache", "redis"])
def tagged_cache(request, settings):
    if request.param == "redis":
        settings.CACHES = {"default": {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": REDIS_TEST_URL,
                                       "KEY_PREFIX": f"test-parts-{os.getpid()}"}}
    settings.REGISTRY_PAGE_CACHE_TIMEOUT = 600
    settings.REGISTRY_PAGE_CACHE_GENERATION_FILE = ""
    cache.clear()
    page_cache._part_tags.clear()
    yield
    cache.clear()
    page_cache._part_tags.clear()


@pytest.fixture
def round_trips(monkeypatch):
    """The calls that reach the cache (each is one round trip to Redis; local memory's `get_many`
    calls its own `get`, not counted)."""
    calls, depth = [], []
    store = cache_tags._cache()
    for name in ("get", "get_many"):
        original = getattr(store, name)

        def counted(*args, _original=original, _name=name, **kwargs):
            if not depth:
                calls.append(_name)
            depth.append(_name)
            try:
                return _original(*args, **kwargs)
            finally:
                depth.pop()

        monkeypatch.setattr(store, name, counted)
    return calls


def part(key, value, tags, computed):
    def compute():
        computed.append(value)
        return value

    return page_cache.cached_part(key, compute, tags=tags)


def test_a_known_part_is_read_in_one_round_trip_and_a_bump_still_renews_it(tagged_cache, round_trips):
    computed = []
    page_cache.generation()  # the generation's own read, apart
    assert part("t:menu", "v1", ("layout:1", "page:7"), computed) == "v1"
    assert part("t:menu", "v2", ("layout:1", "page:7"), computed) == "v1"  # kept
    round_trips.clear()
    assert part("t:menu", "v3", ("layout:1", "page:7"), computed) == "v1"
    assert round_trips == ["get", "get_many"]  # the generation, then the value and its tags' versions
    cache_tags.bump({"page:7"})
    assert part("t:menu", "v4", ("layout:1", "page:7"), computed) == "v4"
    assert computed == ["v1", "v4"]


def test_a_part_rerendered_with_other_tags_is_checked_against_those(tagged_cache):
    """Another worker re-rendered the part and it read one more page: its tag is checked too."""
    computed = []
    assert part("t:rows", "old", ("model:dept",), computed) == "old"
    full_key = f"t:rows:{page_cache.generation()}"
    versions = cache_tags.versions(["model:dept", "page:9"])
    cache_tags._cache().set(full_key, ("theirs", versions), 600)  # what the other worker stored
    assert part("t:rows", "mine", ("model:dept",), computed) == "theirs"
    cache_tags.bump({"page:9"})
    assert part("t:rows", "renewed", ("model:dept",), computed) == "renewed"
    assert computed == ["old", "renewed"]
