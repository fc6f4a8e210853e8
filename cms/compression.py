"""Gzip for anonymous pages only (BREACH: never compress a response that carries a secret).

BREACH recovers a secret from the size of compressed responses that also reflect what the
attacker sends. A response is compressed only when it can hold no secret: a GET or HEAD
without the session cookie (no editor, no unlocked password page), whose rendering used no
CSRF token (`CSRF_COOKIE_NEEDS_UPDATE`: the feedback form, the password form), that sets no
cookie and is not `Cache-Control: private`. These are the pages the anonymous page cache
stores (registry_pages/core/page_cache.py). Placed outside the page cache, so what the cache
stores stays uncompressed and every client gets what its Accept-Encoding allows.
"""

from django.conf import settings
from django.middleware.gzip import GZipMiddleware

__all__ = ["AnonymousGZipMiddleware", "may_compress"]


def may_compress(request, response) -> bool:
    if request.method not in ("GET", "HEAD") or settings.SESSION_COOKIE_NAME in request.COOKIES:
        return False
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE") or response.cookies:
        return False
    return "private" not in response.get("Cache-Control", "").lower()


class AnonymousGZipMiddleware(GZipMiddleware):
    def process_response(self, request, response):
        if not may_compress(request, response):
            return response
        return super().process_response(request, response)
