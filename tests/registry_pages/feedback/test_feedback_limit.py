"""The feedback limit under attack: simultaneous reservations, an unreachable
cache, clients behind the portal's reverse proxies. Simultaneous posts on
PostgreSQL: test_feedback_race.py."""

import threading
import uuid

import pytest
from django.core.cache import caches
from django.test import RequestFactory

from registry_pages.core.client_ip import client_address
from registry_pages.feedback import ratelimit
from registry_pages.models import ServiceFeedback
from tests.registry_pages.feedback.support import (
    CLOSED_PORT,
    caches_with,
    new_card,
    redis_cache,
)


def test_reservations_are_atomic_in_any_cache(settings):
    """Without a database: 40 threads reserving at once, exactly the limit get through."""
    settings.CACHES = caches_with({"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "t-race"})
    settings.REGISTRY_FEEDBACK_DAILY_LIMIT = 5

    class Card:
        translation_key = uuid.uuid4()

    request, results, barrier = RequestFactory().post("/", REMOTE_ADDR="192.0.2.1"), [], threading.Barrier(40)

    def reserve():
        barrier.wait()
        results.append(ratelimit.reserve(request, Card))

    threads = [threading.Thread(target=reserve) for _ in range(40)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert results.count(True) == 5 and results.count(False) == 35


@pytest.mark.django_db
def test_unreachable_limit_cache_refuses_the_answer_with_a_message(client, site_root, settings):
    service = new_card(site_root, "t-limit-down")
    settings.CACHES = caches_with(redis_cache(CLOSED_PORT))
    response = client.post(service.url + "feedback/", {"helpful": "yes", "comment": "Добре"}, REMOTE_ADDR="203.0.113.8")
    assert response.status_code == 503
    html = response.content.decode()
    assert 'role="alert"' in html
    assert "Отговорът ви не можа да бъде записан в момента" in html  # the bg card, in Bulgarian
    assert not ServiceFeedback.objects.filter(page=service).exists()
    assert client.get(service.url).status_code == 200  # the card itself still shows


def test_limit_uses_the_default_cache_where_the_site_has_no_ratelimit_alias(settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "only"}}
    assert ratelimit.limit_cache() is caches["default"]
    settings.CACHES = caches_with({"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "own"})
    assert ratelimit.limit_cache() is caches["ratelimit"]


@pytest.mark.parametrize(
    "proxies, forwarded, expected",
    [
        (0, "198.51.100.1", "10.0.0.2"),  # no proxy trusted: the header is ignored (anyone can send it)
        (1, "198.51.100.1", "198.51.100.1"),
        (1, "6.6.6.6, 198.51.100.1", "198.51.100.1"),  # the client's forged entry is left of the proxy's
        (2, "6.6.6.6, 198.51.100.1, 10.0.0.9", "198.51.100.1"),
        (1, " 2001:db8::1 ", "2001:db8::1"),
        (2, "198.51.100.1", "10.0.0.2"),  # fewer entries than proxies: the nearest proxy
        (1, "not-an-address", "10.0.0.2"),
        (1, "", "10.0.0.2"),
        (1, None, "10.0.0.2"),
    ],
)
def test_client_address_behind_trusted_proxies(settings, proxies, forwarded, expected):
    settings.REGISTRY_TRUSTED_PROXY_COUNT = proxies
    headers = {} if forwarded is None else {"HTTP_X_FORWARDED_FOR": forwarded}
    assert client_address(RequestFactory().get("/", REMOTE_ADDR="10.0.0.2", **headers)) == expected


def test_garbage_remote_addr_is_unknown(settings):
    settings.REGISTRY_TRUSTED_PROXY_COUNT = 0
    assert client_address(RequestFactory().get("/", REMOTE_ADDR="<script>")) == "unknown"


@pytest.mark.django_db
def test_citizens_behind_one_proxy_have_their_own_limits(client, site_root, settings):
    settings.REGISTRY_TRUSTED_PROXY_COUNT = 1
    settings.REGISTRY_FEEDBACK_DAILY_LIMIT = 2
    ratelimit.limit_cache().clear()
    service = new_card(site_root, "t-limit-proxy")
    url = service.url + "feedback/"

    def post(citizen):
        return client.post(url, {"helpful": "yes"}, REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR=citizen).status_code

    assert [post("198.51.100.1") for _ in range(3)] == [303, 303, 429]
    assert post("198.51.100.2") == 303  # another citizen behind the same proxy
    assert post("1.2.3.4, 198.51.100.1") == 429  # a forged left entry does not reset the limit
