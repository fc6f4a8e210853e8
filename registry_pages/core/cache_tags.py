"""Tags of the anonymous page cache: what a cached page read, and their versions.

While a response is rendered under `collecting()`, the content it reads is
recorded as *tags* (docs/performance.md, "Precise invalidation"):

- `page:<id>` for every page row loaded as an object (the page itself, its
  ancestors in the breadcrumbs, its translations, its related services, the
  menu): a `post_init` receiver on the page models, so no read is forgotten
  and no query is added;
- `model:<app.model>` for every query that reads the table of a *tagged*
  model (the directory snippets: departments, positions, categories, fields of
  activity), whatever the query returns (objects, `values()`, joins): a
  database execute wrapper looks for the table names in the SQL text;
- tags named by the code that reads a list whose members it does not load as
  pages (`depends("layout")`, `depends("pages")`).

A tag has a version in the cache (`registry_pages:tagver:<tag>`), a fresh token
on every bump. A cached entry keeps the versions of its tags when it was
stored and is stale when any differs (one `get_many`, no SQL). A version that
is missing (never bumped, or evicted) reads as "", so an evicted version makes
the entries that knew it stale, never fresh.

A bump also renews `STAMP_KEY`; an entry whose render saw the stamp change is
not stored (a publication during the render could otherwise leave the old
text under the new versions). A bump that cannot reach the cache turns into a
whole-generation bump, made as soon as the cache answers (`page_cache`).
"""

import contextvars
import secrets
import time
from contextlib import contextmanager

from django.apps import apps
from django.conf import settings
from django.core.cache import caches

__all__ = ["collecting", "depends", "versions", "bump", "stamp", "tagged_models", "connect_collectors"]

STAMP_KEY = "registry_pages:pagecache:stamp"
VERSION_PREFIX = "registry_pages:tagver:"
# Snippets whose rows pages show and whose changes bump only the pages that read their table.
DEFAULT_TAGGED_MODELS = (
    "registry_pages.Department",
    "registry_pages.Position",
    "registry_pages.ServiceCategory",
    "registry_pages.ActivityField",
)

_current: contextvars.ContextVar = contextvars.ContextVar("registry_pages_cache_deps", default=None)


class Deps:
    """What one render read: its tags, and whether the page type is known to read
    every list it shows through objects (`precise`; otherwise it also gets `pages`)."""

    __slots__ = ("tags", "precise")

    def __init__(self):
        self.tags: set[str] = set()
        self.precise = False


@contextmanager
def collecting():
    """Record the tags of what is read inside the block; they are added to an
    enclosing collection too (a cached part of a page is part of the page)."""
    outer = _current.get()
    deps = Deps()
    token = _current.set(deps)
    try:
        yield deps
    finally:
        _current.reset(token)
        if outer is not None:
            outer.tags |= deps.tags


def depends(*tags: str) -> None:
    """Add tags to the render in progress (nothing when none is)."""
    deps = _current.get()
    if deps is not None:
        deps.tags.update(tags)


def mark_precise(precise: bool = True) -> None:
    deps = _current.get()
    if deps is not None:
        deps.precise = precise


def _cache():
    """The page cache's alias (`REGISTRY_PAGE_CACHE_ALIAS`): pages, their parts and tag versions."""
    return caches[getattr(settings, "REGISTRY_PAGE_CACHE_ALIAS", "default")]


def _key(tag: str) -> str:
    return VERSION_PREFIX + tag


def stamp() -> str:
    return _cache().get(STAMP_KEY) or ""


def versions(tags, with_stamp: bool = False) -> dict:
    """{tag: version} of the tags ("" when missing), and "" → the stamp when asked."""
    keys = [_key(tag) for tag in tags] + ([STAMP_KEY] if with_stamp else [])
    found = _cache().get_many(keys) if keys else {}
    result = {tag: found.get(_key(tag)) or "" for tag in tags}
    if with_stamp:
        result[""] = found.get(STAMP_KEY) or ""
    return result


def read_with_versions(keys, tags) -> tuple[dict, dict]:
    """{key: value} of the `keys` found and {tag: version} of `tags`, in one round trip (an MGET:
    one snapshot)."""
    tags = list(tags)
    found = _cache().get_many([*keys, *(_key(tag) for tag in tags)])
    return {key: found[key] for key in keys if key in found}, {tag: found.get(_key(tag)) or "" for tag in tags}


def bump(tags) -> bool:
    """Give the tags new versions; False when the cache did not keep them."""
    tags = set(tags)
    if not tags:
        return True
    token = f"{time.time_ns():x}-{secrets.token_hex(4)}"
    cache = _cache()
    values = {_key(tag): token for tag in tags}
    values[STAMP_KEY] = token
    cache.set_many(values, None)
    return cache.get(STAMP_KEY) == token


# -- recording -----------------------------------------------------------------------------------

_tables: dict[str, str] | None = None


def tagged_models() -> list:
    labels = list(getattr(settings, "REGISTRY_PAGE_CACHE_TAGGED_MODELS", DEFAULT_TAGGED_MODELS))
    models = []
    for label in labels:
        try:
            models.append(apps.get_model(label))
        except (LookupError, ValueError):
            continue
    return models


def model_tag(model) -> str:
    return "model:" + model._meta.label_lower


def _table_tags() -> dict[str, str]:
    global _tables
    if _tables is None:
        _tables = {f'"{model._meta.db_table}"': model_tag(model) for model in tagged_models()}
    return _tables


def sql_recorder(execute, sql, params, many, context):
    """Database execute wrapper: the tagged tables a query reads become tags."""
    deps = _current.get()
    if deps is not None and isinstance(sql, str):
        for table, tag in _table_tags().items():
            if table in sql:
                deps.tags.add(tag)
    return execute(sql, params, many, context)


def _page_loaded(sender, instance, **kwargs):
    deps = _current.get()
    if deps is not None and instance.pk is not None:
        deps.tags.add(f"page:{instance.pk}")


def connect_collectors() -> None:
    from django.db.models.signals import post_init
    from wagtail.models import get_page_models

    for model in get_page_models():
        post_init.connect(_page_loaded, sender=model, dispatch_uid=f"registry_pages.cache_tags.{model._meta.label}")
