"""Builders shared by the feedback limit tests: caches and a card to answer on."""

from tests.registry_pages.services.support import card, catalogue, category

CLOSED_PORT = "redis://127.0.0.1:9/0"


def redis_cache(location, prefix="t-abuse"):
    return {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": location,
        "KEY_PREFIX": prefix,
        "OPTIONS": {"CLIENT_CLASS": "django_redis.client.DefaultClient", "SOCKET_CONNECT_TIMEOUT": 0.5, "SOCKET_TIMEOUT": 0.5},
    }


def caches_with(ratelimit_cache):
    return {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}, "ratelimit": ratelimit_cache}


def new_card(site_root, slug):
    return card(catalogue(site_root, slug=slug), "Тестова услуга за лимита", category("Тестова категория за лимита"))
