"""Anonymous page cache: public pages served from the Django cache.

`AnonymousPageCacheMiddleware` stores the finished response of a public
GET/HEAD request made without a session cookie, under a key made of the
cache *generation*, the host, the path (which carries the language: /bg/…),
the sorted query string and today's local date (reception days and deadlines
change at midnight). Any publish, unpublish, move or delete of a page or of a
moderated snippet (Wagtail's `published`/`unpublished` signals), and any
save or delete of a model the pages show (snippets, site settings, images,
documents, sites, locales, view restrictions, `REGISTRY_PAGE_CACHE_MODELS`),
and any sync of a translation source (wagtail-localize's `TranslationSource`: the
"this translation may be behind" notice), bumps the generation: every cached page
is invalidated at once.

Whole-cache invalidation was chosen over per-page keys on purpose: a page
shows its menu, its siblings, related services in another branch, snippets
shared by thousands of cards and translations in other trees, so knowing
which pages a change touches is hard and a wrong guess leaves a stale legal
text online. Publishing is rare (a few times an hour); re-rendering the
pages visited after it is cheap.

Never cached (documented in docs/performance.md):
- requests carrying the session cookie (logged-in editors, password-
  restricted pages already unlocked) and non-GET/HEAD requests;
- responses other than 200, responses that set a cookie (the CSRF cookie of a
  form with a token, a session cookie; the cards' feedback form needs none), that used a CSRF token
  (`CSRF_COOKIE_NEEDS_UPDATE`), that say `Cache-Control: private/no-cache/
  no-store`, or that are streamed;
- paths under `REGISTRY_PAGE_CACHE_EXCLUDE` (admin, previews, documents whose
  collection may be private, language switch, static files);
- with `REGISTRY_PAGE_CACHE_TIMEOUT = 0` (the test settings), nothing at all.

With a per-process cache (local memory) and several workers, set
`REGISTRY_PAGE_CACHE_GENERATION_FILE`: the generation is then the modification
time of that file, so a publication in one worker invalidates every worker
on the host (with Redis the generation lives in Redis).

The add-on works without the middleware: the signal receivers only bump a
counter in the cache.

Cache unreachable (a Redis alias with django-redis' `IGNORE_EXCEPTIONS`):
every read is a miss, so pages are rendered as if uncached and nothing is
stored. A bump that could not reach the cache is remembered by the process
and made again on its next `generation()` call once the cache answers, so
pages cached before the outage are not served after it.
"""

import hashlib
import os
import time

from django.apps import apps
from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import patch_cache_control

__all__ = ["AnonymousPageCacheMiddleware", "invalidate", "generation", "connect", "layout_cache", "new_generation"]

GENERATION_KEY = "registry_pages:pagecache:generation"
DEFAULT_TIMEOUT = 600
DEFAULT_EXCLUDE = ("/admin/", "/django-admin/", "/documents/", "/i18n/", "/static/", "/media/", "/_util/")
# Models whose rows pages show, besides every registered snippet and setting.
DEFAULT_MODELS = (
    "wagtailcore.Site",
    "wagtailcore.Locale",
    "wagtailcore.PageViewRestriction",
    "wagtailcore.CollectionViewRestriction",
    "wagtailimages.Image",
    "wagtaildocs.Document",
    "registry_pages.Department",
    "registry_pages.Position",
    "registry_pages.PositionHolder",
    "registry_pages.ServiceCategory",
    "registry_pages.ActivityField",
    "registry_pages.MunicipalitySettings",
    "registry_pages.MunicipalityDetails",
    "wagtail_localize.TranslationSource",  # a sync: a translation's "may be behind" notice
)
HEADERS_KEPT = ("Content-Type", "Content-Language", "Content-Disposition", "X-Frame-Options", "Vary", "Link")
CACHE_HEADER = "X-Page-Cache"


def _cache():
    return caches[getattr(settings, "REGISTRY_PAGE_CACHE_ALIAS", "default")]


def layout_cache():
    """The cache that also keeps the layout's shared parts under the generation."""
    return _cache()


def timeout() -> int:
    return int(getattr(settings, "REGISTRY_PAGE_CACHE_TIMEOUT", DEFAULT_TIMEOUT))


def _generation_file() -> str:
    return getattr(settings, "REGISTRY_PAGE_CACHE_GENERATION_FILE", "") or ""


_bump_pending = False  # a bump this process could not store (cache unreachable)


def generation() -> int:
    """The current generation: in the cache (shared by every worker with Redis),
    or, with a per-process cache such as local memory, the modification time
    of `REGISTRY_PAGE_CACHE_GENERATION_FILE`, which every worker on the host sees."""
    path = _generation_file()
    if path:
        try:
            return os.stat(path).st_mtime_ns
        except FileNotFoundError:
            return 0
    global _bump_pending
    if _bump_pending:
        _bump_pending = False
        _bump()
    cache = _cache()
    value = cache.get(GENERATION_KEY)
    if value is None:
        cache.add(GENERATION_KEY, 1, None)
        value = cache.get(GENERATION_KEY, 1)
    return int(value)


def _bump() -> None:
    path = _generation_file()
    if path:
        os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
        stamp = max(time.time_ns(), generation() + 1)  # explicit: file times can be coarser than two bumps
        with open(path, "a"):
            pass
        os.utime(path, ns=(stamp, stamp))
        return
    global _bump_pending
    cache = _cache()
    try:
        # None only from a cache that ignored its connection error: try again later.
        _bump_pending = cache.incr(GENERATION_KEY) is None
    except ValueError:  # not set yet (or evicted): any new value invalidates
        cache.set(GENERATION_KEY, generation() + 1, None)


def new_generation() -> None:
    """Start a new generation now (no transaction involved): every cached page is stale."""
    _bump()


def invalidate(**_kwargs) -> None:
    """Invalidate every cached page: now, and again when the transaction commits
    (a request served between the two could otherwise cache the old content
    under the new generation)."""
    _bump()
    transaction.on_commit(_bump)


def cache_key(request, gen: int) -> str:
    query = "&".join(sorted(request.META.get("QUERY_STRING", "").split("&")))
    raw = "|".join([str(gen), request.get_host(), request.path, query, timezone.localdate().isoformat()])
    return "registry_pages:page:" + hashlib.sha256(raw.encode("utf-8")).hexdigest()


def _request_cacheable(request) -> bool:
    if timeout() <= 0 or request.method not in ("GET", "HEAD"):
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES:
        return False
    exclude = getattr(settings, "REGISTRY_PAGE_CACHE_EXCLUDE", DEFAULT_EXCLUDE)
    return not any(request.path.startswith(prefix) for prefix in exclude)


def _response_cacheable(request, response) -> bool:
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE") or getattr(request, "_portal_page_cache_skip", False):
        return False
    cache_control = response.get("Cache-Control", "").lower()
    return not any(word in cache_control for word in ("private", "no-cache", "no-store"))


def never_cache_page(request) -> None:
    """Call from a view or hook to keep this response out of the cache."""
    request._portal_page_cache_skip = True


class AnonymousPageCacheMiddleware:
    """Place it first after SecurityMiddleware/WhiteNoise, *before* the session,
    CSRF and auth middleware, so it sees the cookies they add to the response."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _request_cacheable(request):
            return self.get_response(request)
        cache = _cache()
        key = cache_key(request, generation())
        stored = cache.get(key)
        if stored is not None:
            status, headers, content = stored
            response = HttpResponse(b"" if request.method == "HEAD" else content, status=status)
            for name, value in headers:
                response[name] = value
            response[CACHE_HEADER] = "hit"
            return response
        response = self.get_response(request)
        if _response_cacheable(request, response):
            headers = [(name, response[name]) for name in HEADERS_KEPT if response.has_header(name)]
            if request.method == "GET":
                cache.set(key, (response.status_code, headers, response.content), timeout())
            response[CACHE_HEADER] = "miss"
            patch_cache_control(response, public=True)
        return response


# -- invalidation --------------------------------------------------------------------------------

_watched: set | None = None


def watched_models() -> set:
    """Models whose save or delete invalidates the cache (resolved once, lazily:
    snippets register themselves when the admin hooks load)."""
    global _watched
    if _watched is None:
        from wagtail.contrib.settings.registry import registry as settings_registry
        from wagtail.snippets.models import get_snippet_models

        labels = list(DEFAULT_MODELS) + list(getattr(settings, "REGISTRY_PAGE_CACHE_MODELS", ()))
        models = set(get_snippet_models()) | set(settings_registry)
        for label in labels:
            try:
                models.add(apps.get_model(label))
            except (LookupError, ValueError):
                continue
        _watched = models
    return _watched


def _model_saved(sender, **kwargs):
    if sender in watched_models():
        invalidate()


def _model_deleted(sender, instance, **kwargs):
    from wagtail.models import Page

    if isinstance(instance, Page) or sender in watched_models():
        invalidate()


def connect() -> None:
    from wagtail.signals import (
        page_published,
        page_unpublished,
        post_page_move,
        published,
        unpublished,
    )

    page_published.connect(invalidate, dispatch_uid="registry_pages.core.page_cache.published")
    page_unpublished.connect(invalidate, dispatch_uid="registry_pages.core.page_cache.unpublished")
    # Snippets with drafts (departments, positions, ...): the approved version
    # reaches the row when it is published, which is what citizens see.
    published.connect(invalidate, dispatch_uid="registry_pages.core.page_cache.snippet_published")
    unpublished.connect(invalidate, dispatch_uid="registry_pages.core.page_cache.snippet_unpublished")
    post_page_move.connect(invalidate, dispatch_uid="registry_pages.core.page_cache.moved")
    post_save.connect(_model_saved, dispatch_uid="registry_pages.core.page_cache.saved")
    post_delete.connect(_model_deleted, dispatch_uid="registry_pages.core.page_cache.deleted")
