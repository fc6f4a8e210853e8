"""How many answers one client gave on one card today, without storing who.

The cache key is a SHA-256 of the site's secret key, the client address
(`registry_pages.core.client_ip`: behind `REGISTRY_TRUSTED_PROXY_COUNT` proxies),
the date and the card's translation key: it cannot be turned back into an
address, changes every day and expires after a day. The limit is
`REGISTRY_FEEDBACK_DAILY_LIMIT` (default 5) per card, client and day.

An answer is counted *before* it is stored, with the cache's atomic add/incr
(`reserve`): of 40 simultaneous posts exactly the first 5 get a number within
the limit; a check followed by a later increment let them all through.

The counter lives in the `ratelimit` cache alias when the site configures one
(the project points it at Redis *without* ignoring errors, while the default
cache swallows them so pages degrade), else in `default`. When that cache
cannot be reached the answer is refused for that request only
(`LimitUnavailable`): the limit fails closed, the citizen is told to try later.
"""

import hashlib
import logging

from django.conf import settings
from django.core.cache import caches
from django.utils import timezone

from registry_pages.core.client_ip import client_address

logger = logging.getLogger(__name__)

DEFAULT_DAILY_LIMIT = 5
DAY_SECONDS = 24 * 60 * 60
CACHE_ALIAS = "ratelimit"


class LimitUnavailable(Exception):
    """The counter's cache cannot be reached: the answer is not accepted."""


def daily_limit() -> int:
    return int(getattr(settings, "REGISTRY_FEEDBACK_DAILY_LIMIT", DEFAULT_DAILY_LIMIT))


def limit_cache():
    return caches[CACHE_ALIAS if CACHE_ALIAS in settings.CACHES else "default"]


def client_key(request, card) -> str:
    day = timezone.localdate().isoformat()
    material = f"{settings.SECRET_KEY}|{client_address(request)}|{day}|{card.translation_key}"
    return "registry-feedback:" + hashlib.sha256(material.encode("utf-8")).hexdigest()


def _next_count(cache, key) -> int:
    for _attempt in range(3):
        if cache.add(key, 1, timeout=DAY_SECONDS):
            return 1
        try:
            return cache.incr(key)
        except ValueError:  # expired between add and incr: add again
            continue
    raise LimitUnavailable("the counter kept expiring")


def reserve(request, card) -> bool:
    """Count one more answer; True while the count is within today's limit.

    Raises LimitUnavailable when the cache fails (any backend's error)."""
    key = client_key(request, card)
    try:
        return _next_count(limit_cache(), key) <= daily_limit()
    except LimitUnavailable:
        raise
    except Exception as error:  # the backend's own connection errors; nothing to catch more narrowly generically
        logger.warning("Feedback limit cache unavailable, answer refused: %s", error.__class__.__name__)
        raise LimitUnavailable(str(error)) from error


def release(request, card) -> None:
    """Give a reserved answer back (it could not be stored)."""
    try:
        limit_cache().decr(client_key(request, card))
    except Exception:  # expired or unreachable: nothing to give back
        pass
