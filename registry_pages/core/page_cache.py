"""Anonymous page cache: public pages served from the Django cache.

`AnonymousPageCacheMiddleware` stores the finished response of a public
GET/HEAD request made without a session cookie, under a key made of the
cache *generation*, the host, the path (which carries the language: /bg/…),
the sorted query string and today's local date (reception days and deadlines
change at midnight). Each entry also keeps the versions of the *tags* of what its
render read (`cache_tags`: pages loaded, directory tables queried, the menu, "any
list of pages"), and is served only while none of them changed. What bumps which
tag is in `cache_bumps`: publishing a card empties the card, its translations,
the cards linking it and the pages listing pages, not the other cards. Moves,
slug changes and deletions of pages, and saves of settings, images, documents,
sites, locales, view restrictions, translation sources and
`REGISTRY_PAGE_CACHE_MODELS`, bump the generation: every cached page at once.
Tags are recorded, never guessed, so a forgotten dependency shows up as a missing
tag in `tests/registry_pages/core/test_cache_tags.py` rather than as a stale legal
text online.

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
on the host (with Redis the generation lives in Redis). Tag versions would
live in each worker's memory, so with the file every bump is a generation bump.

The add-on works without the middleware: the signal receivers only bump a
counter in the cache.

Cache unreachable (a Redis alias with django-redis' `IGNORE_EXCEPTIONS`):
every read is a miss, so pages are rendered as if uncached and nothing is
stored. A bump that could not reach the cache is remembered by the process
and made again on its next `generation()` call once the cache answers, so
pages cached before the outage are not served after it.
"""

import contextvars
import hashlib
import os
import time
from contextlib import contextmanager, nullcontext

from django.apps import apps
from django.conf import settings
from django.db import connection, transaction
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import patch_cache_control

from registry_pages.core import cache_tags

__all__ = [
    "AnonymousPageCacheMiddleware", "invalidate", "invalidate_tags", "generation", "layout_cache",
    "new_generation", "cached_part",
]

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
    return cache_tags._cache()


def layout_cache():
    """The cache that also keeps the layout's shared parts under the generation."""
    return _cache()


def timeout() -> int:
    return int(getattr(settings, "REGISTRY_PAGE_CACHE_TIMEOUT", DEFAULT_TIMEOUT))


def _generation_file() -> str:
    return getattr(settings, "REGISTRY_PAGE_CACHE_GENERATION_FILE", "") or ""


_bump_pending = False  # a bump this process could not store (cache unreachable)


_pinned: contextvars.ContextVar = contextvars.ContextVar("registry_pages_generation", default=None)


@contextmanager
def pinned_generation():
    """Within it, the generation is read once (at its first use) and that value answered after:
    one cache read per anonymous request instead of one per part (the middleware pins it). A bump
    made within it is seen at once."""
    token = _pinned.set([])
    try:
        yield
    finally:
        _pinned.reset(token)


def generation() -> int:
    """The current generation: in the cache (shared by every worker with Redis),
    or, with a per-process cache such as local memory, the modification time
    of `REGISTRY_PAGE_CACHE_GENERATION_FILE`, which every worker on the host sees."""
    pinned = _pinned.get()
    if pinned:
        return pinned[0]
    value = _read_generation()
    if pinned is not None:
        pinned.append(value)
    return value


def _read_generation() -> int:
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
        # A clock reading, not 1: an emptied (restarted) cache never gives a generation seen
        # before, so what a process keeps for one generation (core/routing.py) is never taken
        # for another; with the cache unreachable every call gives a new one (nothing is kept).
        first = time.time_ns() // 1000
        cache.add(GENERATION_KEY, first, None)
        value = cache.get(GENERATION_KEY, first)
    return int(value)


def _bump() -> None:
    try:
        _store_new_generation()
    finally:
        pinned = _pinned.get()
        if pinned:
            pinned.clear()  # read again at the next use


def _store_new_generation() -> None:
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


def tags_enabled() -> bool:
    """Tag versions need a cache every worker shares (not with the generation file)."""
    return not _generation_file()


def _bump_tags(tags) -> None:
    global _bump_pending
    if not cache_tags.bump(tags):
        _bump_pending = True  # not kept: a whole-generation bump once the cache answers


def invalidate_tags(tags) -> None:
    """Invalidate the cached pages that carry any of the tags: now, and again on commit."""
    if not tags_enabled():
        invalidate()
        return
    tags = set(tags)
    _bump_tags(tags)
    transaction.on_commit(lambda: _bump_tags(tags))


def _fresh(stored_versions: dict) -> bool:
    return not stored_versions or cache_tags.versions(stored_versions) == stored_versions


def _versions_if_unchanged(deps, before: str):
    """The versions of what a render read, or None when a bump happened during it."""
    if not tags_enabled():
        return {}
    seen = cache_tags.versions(sorted(deps.tags), with_stamp=True)
    return seen if seen.pop("") == before else None


def _collecting():
    return cache_tags.collecting() if tags_enabled() else nullcontext(cache_tags.Deps())


ONE_ROUND_TRIP = """A part's value and the versions of its tags used to be two round trips to the cache: the
value (which holds its tags), then their versions. The tags a key's value had are remembered in
the process, so the next read asks for the value and those tags' versions together (one MGET,
one snapshot); when the value turns out to carry other tags (re-rendered meanwhile) their
versions are read as before. What is compared is the same: the versions stored with the value
against the cache's current ones (uncached card 8 → 5 round trips, docs/performance.md)."""

MAX_PART_TAGS_KEPT = 10_000  # keys whose tags are remembered; beyond, the memo starts afresh
_part_tags: dict[str, tuple] = {}


def read_fresh(keys: list[str], memo_key: str) -> tuple[dict, bool]:
    """{key: (value, versions)} of the `keys` found, and whether all were found and their tags'
    versions are still those stored with them; one round trip once the process has seen
    `memo_key` (ONE_ROUND_TRIP)."""
    guess = _part_tags.get(memo_key)
    if guess is not None and tags_enabled():
        stored, current = cache_tags.read_with_versions(keys, guess)
    else:
        stored, current = _cache().get_many(keys), None
    if len(stored) < len(keys):
        return stored, False
    versions = _merged(stored)
    if current is not None and set(versions) == set(guess):
        return stored, current == versions
    if len(_part_tags) >= MAX_PART_TAGS_KEPT:
        _part_tags.clear()
    _part_tags[memo_key] = tuple(versions)
    return stored, _fresh(versions)


def _merged(stored: dict) -> dict:
    versions = {}
    for _value, seen in stored.values():
        versions.update(seen)
    return versions


def cached_part(key: str, compute, tags=(), part_timeout: int | None = None):
    """A part of pages (the layout, a register's rows) kept in the cache with the tags of
    what it read plus `tags`; recomputed when any changed. Its tags are added to the
    page being rendered, so a page served from the cache is as fresh as its parts.
    Read in one round trip once the process has seen the key (ONE_ROUND_TRIP)."""
    store = _cache()
    full_key = f"{key}:{generation()}"
    found, fresh = read_fresh([full_key], memo_key=key)
    if fresh:
        value, versions = found[full_key]
        cache_tags.depends(*versions)
        return value
    before = cache_tags.stamp() if tags_enabled() else ""
    with _collecting() as deps, connection.execute_wrapper(cache_tags.sql_recorder):
        cache_tags.depends(*tags)
        value = compute()
    seen = _versions_if_unchanged(deps, before)
    if seen is not None:
        store.set(full_key, (value, seen), part_timeout or timeout() or DEFAULT_TIMEOUT)
    return value


def cache_key(request, gen: int) -> str:
    query = "&".join(sorted(request.META.get("QUERY_STRING", "").split("&")))
    raw = "|".join([str(gen), request.get_host(), request.path, query, timezone.localdate().isoformat()])
    return "registry_pages:page-tagged:" + hashlib.sha256(raw.encode("utf-8")).hexdigest()


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
        if request.method not in ("GET", "HEAD") or settings.SESSION_COOKIE_NAME in request.COOKIES:
            return self.get_response(request)
        with pinned_generation():
            return self._anonymous(request)

    def _anonymous(self, request):
        if not _request_cacheable(request):
            return self.get_response(request)
        cache = _cache()
        key = cache_key(request, generation())
        stored = cache.get(key)
        if stored is not None and _fresh(stored[3]):
            status, headers, content, _versions = stored
            response = HttpResponse(b"" if request.method == "HEAD" else content, status=status)
            for name, value in headers:
                response[name] = value
            response[CACHE_HEADER] = "hit"
            return response
        before = cache_tags.stamp() if tags_enabled() else ""
        with _collecting() as deps, connection.execute_wrapper(cache_tags.sql_recorder):
            response = self.get_response(request)
        if _response_cacheable(request, response):
            headers = [(name, response[name]) for name in HEADERS_KEPT if response.has_header(name)]
            if not deps.precise:
                deps.tags.add("pages")  # it may list pages by query: any publication renews it
            seen = _versions_if_unchanged(deps, before)
            if request.method == "GET" and seen is not None:
                cache.set(key, (response.status_code, headers, response.content, seen), timeout())
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

