"""How many answers one client gave on one card today, without storing who.

The cache key is a SHA-256 of the site's secret key, the client address,
the date and the card's translation key: it cannot be turned back into an
address, changes every day and expires after a day. The limit is
`REGISTRY_FEEDBACK_DAILY_LIMIT` (default 5) per card, client and day.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone

DEFAULT_DAILY_LIMIT = 5
DAY_SECONDS = 24 * 60 * 60


def daily_limit() -> int:
    return int(getattr(settings, "REGISTRY_FEEDBACK_DAILY_LIMIT", DEFAULT_DAILY_LIMIT))


def client_address(request) -> str:
    return request.META.get("REMOTE_ADDR", "") or "unknown"


def client_key(request, card) -> str:
    day = timezone.localdate().isoformat()
    material = f"{settings.SECRET_KEY}|{client_address(request)}|{day}|{card.translation_key}"
    return "registry-feedback:" + hashlib.sha256(material.encode("utf-8")).hexdigest()


def limit_reached(request, card) -> bool:
    return (cache.get(client_key(request, card)) or 0) >= daily_limit()


def count_answer(request, card) -> None:
    key = client_key(request, card)
    if cache.add(key, 1, timeout=DAY_SECONDS):
        return
    try:
        cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=DAY_SECONDS)
