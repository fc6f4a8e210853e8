"""Stored parts: a register page's rendered content, kept per version of the page.

The anonymous page cache (`page_cache`) keeps whole responses by URL; when it
misses — the first visitor after a publication, a page nobody opened for ten
minutes, a site run without it — the page is built from scratch: its context
(related services, the at-a-glance box, the structured data), its StreamField
blocks, the approval trail and the metryczka, some ten queries and most of the
render's CPU. None of that changes between two publications, so it is rendered
once and kept:

- **What:** the parts of the page template marked `{% storedpart "name" %}…
  {% endstoredpart %}`: the page's own head additions and the whole content
  block of `layout/page.html` (the page's text, approval trail, record). The
  layout around them (header, menu, breadcrumbs, language switcher, footer) is
  rendered on every request from its own cached parts (`layout`).
- **Key:** the page (its id and a fingerprint of every field of its row, so any
  saved change, published or not, is a new key), the language, the host and
  scheme (absolute URLs in the structured data), today's date (deadlines and
  reception days change at midnight) and the page cache's generation (moves,
  slug changes, settings, images, documents).
- **Freshness:** a part keeps the versions of the tags of what its render read
  (`cache_tags`: the pages it loaded, the directory tables it queried), exactly
  like a cached page, and is used only while none of them changed. A part of a
  page type not known to read its lists as objects also carries `pages` (any
  publication renews it).
- **When:** anonymous GET or HEAD requests of the page's main route without a
  query string, not previews, not editors (the session cookie), not pages under
  `REGISTRY_PAGE_CACHE_EXCLUDE`. A render that set a CSRF cookie is not kept.
- **Cost of a hit:** the page's context is not built (`BuiltContextMixin` asks
  `prepare` first): two cache reads (the parts, then their tags' versions).
- **Cache down:** every read misses, nothing is stored, the page is built as
  before.

`REGISTRY_STORED_PARTS_TIMEOUT` (seconds, default 600; 0 switches them off, as
the test settings do: the suite changes rows directly) bounds how long a part
is kept, which is also how stale the metryczka's view count can be.
"""

import hashlib
import json
from contextlib import contextmanager, nullcontext

from django.conf import settings
from django.db import connection
from django.utils import timezone, translation

from registry_pages.core import cache_tags, page_cache
from registry_pages.core.cache_bumps import is_precise

DEFAULT_TIMEOUT = 600
KEY_PREFIX = "registry_pages:part:"
PARTS = ("head", "content")
CONTEXT_FOUND = "stored_parts"  # {name: html} when every part was found
CONTEXT_PLAN = "stored_parts_plan"  # Plan when they are to be rendered and kept


def timeout() -> int:
    return int(getattr(settings, "REGISTRY_STORED_PARTS_TIMEOUT", DEFAULT_TIMEOUT))


class Plan:
    """Where this request's parts are kept, what building the page's context read (`tags`),
    and the tags' stamp before it started (a bump since then keeps the parts out)."""

    __slots__ = ("keys", "precise", "before", "tags")

    def __init__(self, keys: dict, precise: bool, before: str):
        self.keys = keys
        self.precise = precise
        self.before = before
        self.tags: set[str] = set()


def fingerprint(page) -> str:
    """A digest of every field of the page's row as loaded (StreamFields as their stored JSON)."""
    values = []
    for field in page._meta.concrete_fields:
        value = field.value_from_object(page)
        if hasattr(value, "get_prep_value"):  # a StreamValue: its raw data, not a render
            value = value.get_prep_value()
        values.append(value)
    raw = json.dumps(values, default=str, ensure_ascii=False, separators=(",", ":"))
    return hashlib.blake2b(raw.encode("utf-8"), digest_size=16).hexdigest()


def _main_route(request) -> bool:
    match = getattr(request, "routable_resolver_match", None)
    return match is None or getattr(match.func, "__name__", "") == "index_route"


def _eligible(page, request) -> bool:
    if timeout() <= 0 or request is None or not getattr(type(page), "stores_rendered_parts", False):
        return False
    if request.method not in ("GET", "HEAD") or request.GET or getattr(request, "is_preview", False):
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES:
        return False
    exclude = getattr(settings, "REGISTRY_PAGE_CACHE_EXCLUDE", page_cache.DEFAULT_EXCLUDE)
    if any(request.path.startswith(prefix) for prefix in exclude):
        return False
    return _main_route(request)


def _keys(page, request) -> dict:
    raw = "|".join([
        str(page_cache.generation()), request.get_host(), request.scheme, translation.get_language() or "",
        timezone.localdate().isoformat(), str(page.pk), type(page)._meta.label_lower, fingerprint(page),
    ])
    base = KEY_PREFIX + hashlib.sha256(raw.encode("utf-8")).hexdigest()
    return {name: f"{base}:{name}" for name in PARTS}


def prepare(page, request, context: dict) -> bool:
    """Put the stored parts in the context, or the plan to keep them; True when all were found
    (the page's own context need not be built)."""
    if not _eligible(page, request):
        return False
    keys = _keys(page, request)
    stored, fresh = page_cache.read_fresh(list(keys.values()), memo_key=f"{KEY_PREFIX}{page.pk}")
    if fresh:
        for _value, versions in stored.values():
            cache_tags.depends(*versions)  # a page cached whole is as fresh as its parts
        context[CONTEXT_FOUND] = {name: stored[key][0] for name, key in keys.items()}
        return True
    plan = Plan(keys, precise=is_precise(page), before=cache_tags.stamp() if page_cache.tags_enabled() else "")
    plan.tags = _row_tags(page)
    context[CONTEXT_PLAN] = plan
    return False


def _row_tags(page) -> set[str]:
    """What the page's own row names, read with it when the router loaded it (before any part
    was recording): the directory tables its foreign keys point into, and the pages they name."""
    from wagtail.models import Page

    tagged = {model: cache_tags.model_tag(model) for model in cache_tags.tagged_models()}
    tags = set()
    for field in page._meta.concrete_fields:
        target = field.related_model if field.is_relation else None
        if target in tagged:
            tags.add(tagged[target])
        elif target is not None and issubclass(target, Page) and field.value_from_object(page):
            tags.add(f"page:{field.value_from_object(page)}")
    return tags


@contextmanager
def recording(context):
    """Around the building of the page's context: what it reads is what its parts show too."""
    plan = context.get(CONTEXT_PLAN)
    if plan is None or not page_cache.tags_enabled():
        yield
        return
    with cache_tags.collecting() as deps, connection.execute_wrapper(cache_tags.sql_recorder):
        yield
    plan.tags |= deps.tags


def render(context, name: str, render_nodelist) -> str:
    """A `{% storedpart %}`: the stored HTML, or the nodelist rendered (and kept when planned)."""
    found = context.get(CONTEXT_FOUND)
    if found is not None and name in found:
        return found[name]
    plan = context.get(CONTEXT_PLAN)
    if plan is None or name not in plan.keys:
        return render_nodelist()
    request = context.get("request")
    tags_on = page_cache.tags_enabled()
    with (cache_tags.collecting() if tags_on else nullcontext(cache_tags.Deps())) as deps, \
            connection.execute_wrapper(cache_tags.sql_recorder):
        html = render_nodelist()
    if request is not None and request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return html  # it may carry this visitor's CSRF token
    deps.tags |= plan.tags
    if not plan.precise:
        deps.tags.add("pages")
    seen = page_cache._versions_if_unchanged(deps, plan.before)
    if seen is not None:
        page_cache._cache().set(plan.keys[name], (html, seen), timeout())
    return html
