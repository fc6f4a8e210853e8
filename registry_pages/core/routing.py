"""Finding the page of an anonymous request without walking the page tree.

Wagtail finds the page of `/bg/services/heirs-certificate/` by reading the site (a query ordered
by a CASE on the host name), the locale of the language and the site's home in it, then a child
by slug on each level and its specific row, and, before serving it, the page's ancestors and
their view restrictions: eight queries before the page's own content. What they find changes
only when the site's structure changes (moves, slug changes, deletions, sites, locales, view
restrictions), and each of those starts a new generation of the anonymous page cache
(`page_cache.generation()`).

`RouteCacheMiddleware` keeps in the memory of the process, for the current generation only,
the site of each host and, per host, language and path, what Wagtail found: the page's id and
type, its URL path, the path components its own routes take (`history/`), the pages whose view
restrictions apply to it and the index it was read through. A request that finds its path there
reads the page itself (one query: its specific fields, what its index reads with it — nothing
more when the page is served from its stored parts — and whether any of those view restrictions
exists now; its SQL compiled once per route, `compiled_query`) and routes into it with
`page.route()`, so:

- a page's content and `live` flag are read on every request: an unpublished page answers 404
  at once;
- a page whose URL path is no longer the one remembered (moved, renamed: checked even if a
  generation bump was lost) is found by Wagtail's walk, and so is a page that is gone;
- a page with a view restriction (on itself or an ancestor) takes Wagtail's own check, exactly as
  without the shortcut (password form, login redirect); others skip the two restriction queries.

Only GET/HEAD requests without a session cookie take the shortcut; editors, forms and previews
take Wagtail's way, and so does every request while the cache holding the generation is down
(no generation is seen twice then). `REGISTRY_ROUTE_CACHE = False` switches it off.

Views that are not pages get the host's site from the same memory, and keep the site they found
when it was not known yet. `active_locale()` answers `Locale.get_active()` from the same memory
(the layout of views that are not pages, and of "page not found", asks it). Nothing is kept on the page objects, which the
layout's cache may pickle: what the route found is told to Wagtail through the request
(`adapters/wagtail.py`).
"""

from typing import NamedTuple

from django.apps import apps
from django.conf import settings
from django.db.models import Exists
from django.http import Http404
from django.utils import translation
from wagtail.models import Locale, PageViewRestriction, Site

from registry_pages.adapters import wagtail as wagtail_adapter
from registry_pages.adapters.treebeard import remember_parent, remembered_parent
from registry_pages.core import page_cache, stored_parts
from registry_pages.core.compiled_query import CompiledQuery

__all__ = ["RouteCacheMiddleware", "remember_route", "active_locale", "connect", "clear"]

DEFAULT_SIZE = 20_000  # routes kept per process (the oldest dropped first): a few MB
MAX_HOSTS = 64  # host names (and ports) whose site is kept
SITE_FIELDS = ("id", "hostname", "port", "site_name", "root_page_id", "is_default_site")
UNRESTRICTED = "_registry_route_unrestricted"  # request attribute: the page id known to have none


class Parent(NamedTuple):
    """The index a page was read through (`SingleTypeChildrenMixin`), to read it the same way."""

    model: str
    pk: int
    path: str
    depth: int
    read: bool  # its children show it: read it too (else a stand-in gives the children's queryset)


class Route(NamedTuple):
    page_id: int
    model: str  # app_label.ModelName of the specific page
    url_path: str
    rest: tuple  # path components the page's own routes take (`history/`)
    checked: tuple  # ids whose view restrictions apply (the page, its ancestors; aliases' sources)
    parent: Parent | None


class _Store:
    """One generation's sites, locales and routes (replaced whole when the generation changes)."""

    __slots__ = ("generation", "sites", "locales", "routes", "queries")

    def __init__(self, generation):
        self.generation = generation
        self.sites: dict = {}
        self.locales: dict = {}
        self.routes: dict = {}
        self.queries: dict = {}  # (route, lean) -> CompiledQuery


_store = _Store(None)


def enabled() -> bool:
    return getattr(settings, "REGISTRY_ROUTE_CACHE", True)


def _size() -> int:
    return int(getattr(settings, "REGISTRY_ROUTE_CACHE_SIZE", DEFAULT_SIZE))


def clear() -> None:
    """Forget every remembered site, locale and route of this process."""
    global _store
    _store = _Store(None)


def _current_store():
    """This generation's store, or None when the generation cannot be read."""
    global _store
    try:
        generation = page_cache.generation()
    except Exception:  # noqa: BLE001 - a cache that raises: Wagtail's way
        return None
    store = _store
    if store.generation != generation:
        store = _store = _Store(generation)
    return store


def _eligible(request) -> bool:
    return (
        enabled()
        and request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and not getattr(request, "is_preview", False)
    )


def _host(request) -> tuple:
    return request._get_raw_host(), request.get_port()


def _route_key(request) -> tuple:
    return (*_host(request), translation.get_language(), request.path_info)


def _site(fields) -> Site:
    return Site(**dict(zip(SITE_FIELDS, fields, strict=True)))


def _known_unrestricted(page, request) -> bool:
    return getattr(request, UNRESTRICTED, None) == page.pk


def active_locale() -> Locale:
    """`Locale.get_active()`, read once per generation and language (a new instance each call)."""
    store = _current_store() if enabled() else None
    language = translation.get_language()
    known = store.locales.get(language) if store is not None else None
    if known is not None:
        return Locale(id=known[0], language_code=known[1])
    locale = Locale.get_active()
    if store is not None:
        store.locales[language] = (locale.pk, locale.language_code)
    return locale


# -- remembering: the first request of a path in a generation walks the tree as usual -----------


def _own_components(page, site, path_components):
    """How many of the request's components name the page, or None when that cannot be told."""
    root = site.root_page
    count = page.depth - root.depth
    own = page.url_path.strip("/").split("/")[root.depth - 1:] if count > 0 else []
    if count < 0 or len(own) != count or list(path_components[:count]) != own:
        return None
    return count


def _checked_ids(page) -> set:
    """The pages whose view restrictions Wagtail's `Page.get_view_restrictions` reads."""
    ids = set()

    def add(node):
        if node.alias_of_id:
            add(node.alias_of)
        else:
            ids.add(node.pk)

    add(page)
    for ancestor in page.get_ancestors().only("alias_of"):
        add(ancestor)
    return ids


def _parent_of(page):
    parent = remembered_parent(page)
    if not hasattr(parent, "single_type_children"):
        return None
    allowed = type(parent).allowed_subpage_models()
    if len(allowed) != 1 or allowed[0] is not type(page):
        return None
    return Parent(parent._meta.label, parent.pk, parent.path, parent.depth, parent.route_cache_reads_parent)


def remember_route(page, request, serve_args, serve_kwargs):
    """before_serve_page: remember what Wagtail's walk found for this path. The view restrictions
    are read here once (as Wagtail's check would): a page with none skips that check."""
    key = getattr(request, "_registry_route_key", None)
    site = wagtail_adapter.found_site(request)
    if key is None or site is None or not page.url_path:
        return None
    components = [part for part in request._registry_route_path.split("/") if part]
    count = _own_components(page, site, components)
    store = _current_store()
    if count is None or store is None or store.generation != key[0]:
        return None
    checked = _checked_ids(page)
    if not PageViewRestriction.objects.filter(page_id__in=checked).exists():
        setattr(request, UNRESTRICTED, page.pk)
    route = Route(page.pk, page._meta.label, page.url_path, tuple(components[count:]), tuple(sorted(checked)),
                  _parent_of(page))
    _forget_oldest(store.routes, _size())
    store.routes[key[1:]] = route
    _remember_site(store.generation, _host(request), site)
    return None


def _remember_site(generation, host, site) -> None:
    store = _store
    if isinstance(site, Site) and site.pk and store.generation == generation and host not in store.sites:
        _forget_oldest(store.sites, MAX_HOSTS)
        store.sites[host] = tuple(getattr(site, name) for name in SITE_FIELDS)


def _forget_oldest(kept: dict, size: int) -> None:
    try:
        while len(kept) >= size:
            kept.pop(next(iter(kept)), None)
    except (RuntimeError, StopIteration):  # another thread changed it meanwhile: nothing lost
        pass


# -- the shortcut ---------------------------------------------------------------------------------


def _lean(route) -> bool:
    """A page served from its stored parts shows nothing its index's joins would read with it
    (`stored_parts`): the row alone, the related rows read only if the parts are rendered."""
    return stored_parts.timeout() > 0 and getattr(apps.get_model(route.model), "stores_rendered_parts", False)


def _queryset(route, lean):
    """The page's queryset as its index reads it (and the index, when its children show it)."""
    model = apps.get_model(route.model)
    if route.parent is None:
        return model._default_manager.all(), None
    parent_model = apps.get_model(route.parent.model)
    if not route.parent.read:  # only what the children's queryset reads of it (child_of: path, depth)
        stand_in = parent_model(id=route.parent.pk, path=route.parent.path, depth=route.parent.depth)
        children = stand_in.single_type_children(model)
        return (children.select_related(None) if lean else children), None
    parent = parent_model._default_manager.filter(pk=route.parent.pk, path=route.parent.path).first()
    if parent is None:
        return None, None
    return parent.single_type_children(model), parent


def _page_query(route, queryset):
    restricted = Exists(PageViewRestriction.objects.filter(page_id__in=route.checked))
    return queryset.filter(pk=route.page_id).annotate(_route_restricted=restricted).order_by()[:1]


def _rows(route, store):
    """The rows of the route's page query; compiled once per route when it reads no parent (its
    SQL is then fixed by the route alone: `compiled_query`)."""
    lean = _lean(route)
    if route.parent is not None and route.parent.read:
        queryset, parent = _queryset(route, lean)
        return ([], None) if queryset is None else (list(_page_query(route, queryset)), parent)
    compiled = store.queries.get((route, lean)) if store is not None else None
    if compiled is None:
        compiled = CompiledQuery(_page_query(route, _queryset(route, lean)[0]))
        if store is not None:
            _forget_oldest(store.queries, _size())
            store.queries[(route, lean)] = compiled
    return compiled.run(), None


def _read(route, store=None):
    """The page of a remembered route, or None when it is gone or no longer at that URL path."""
    rows, parent = _rows(route, store)
    page = rows[0] if rows else None  # one row by its key: no ORDER BY to build or run
    if page is None or page.url_path != route.url_path:
        return None
    if parent is not None:
        remember_parent(page, parent)
    return page


def _shortcut(request, site_fields, route, store=None) -> bool:
    page = _read(route, store)
    if page is None:
        return False
    try:
        result = page.route(request, list(route.rest))
    except Http404:  # not live (any more): Wagtail's walk raises the same
        result = None
    if result is not None and not page._route_restricted:
        setattr(request, UNRESTRICTED, page.pk)
    wagtail_adapter.set_route(request, _site(site_fields), result)
    return True


class RouteCacheMiddleware:
    """Place it after AuthenticationMiddleware. Pages are still served by Wagtail's own view;
    this hands it the route (and the site) its walk would find."""

    def __init__(self, get_response):
        from wagtail.views import serve  # not at import: it loads the page model

        self.get_response = get_response
        self.serve = serve

    def __call__(self, request):
        response = self.get_response(request)
        pending = getattr(request, "_registry_site_key", None)
        if pending is not None:  # a view that is not a page found the site: keep it for the next ones
            _remember_site(*pending, wagtail_adapter.found_site(request))
        return response

    def _page_path(self, view_func, view_args, view_kwargs):
        """The path a view hands to Wagtail's `serve`: its own, or what a view that passes the
        request on (its `wagtail_page_path(**kwargs)`) gives it; None for other views."""
        if view_func is self.serve:
            return view_kwargs.get("path", view_args[0] if view_args else "")
        page_path = getattr(view_func, "wagtail_page_path", None)
        return page_path(**view_kwargs) if page_path is not None and not view_args else None

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not _eligible(request):
            return None
        store = _current_store()
        if store is None:
            return None
        key = _route_key(request)
        site_fields = store.sites.get(key[:2])
        path = self._page_path(view_func, view_args, view_kwargs)
        if path is None:  # another view (search, registers, the API): the site only
            if site_fields is not None:
                wagtail_adapter.set_site(request, _site(site_fields))
            else:
                request._registry_site_key = (store.generation, key[:2])
            return None
        route = store.routes.get(key)
        if route is None or site_fields is None or not _shortcut(request, site_fields, route, store):
            store.routes.pop(key, None)
            request._registry_route_key = (store.generation, *key)
            request._registry_route_path = path
        return None


def connect() -> None:
    from wagtail import hooks

    if remember_route not in hooks.get_hooks("before_serve_page"):
        hooks.register("before_serve_page", remember_route)
    wagtail_adapter.skip_view_restriction_check(_known_unrestricted)
