"""Breadcrumbs of a public page: home, the menu section it is in, its parent.

Read from the request's layout (home and menu sections, cached: no query), the
page itself and the parent Wagtail's router remembered on it (no query either);
only a page whose ancestors are known neither way costs one query (its
ancestors). Views that are not pages pass `trail` entries of their own
(title, url) after home.
"""

from wagtail.models import Page

from registry_pages.adapters.treebeard import remembered_parent
from registry_pages.core.layout import layout_for


def _crumb(page, request):
    return {"title": page.title, "url": page.get_url(request=request)}


def _between(page, home, sections) -> list:
    """Pages strictly between home and the page, shallowest first."""
    if page.depth <= home.depth + 1 or not page.path.startswith(home.path):
        return []
    section = next((s for s in sections if page.path.startswith(s.path) and s.pk != page.pk), None)
    parent = remembered_parent(page)
    if page.depth == home.depth + 2 and (section or parent) is not None:
        return [section or parent]
    if parent is not None and section is not None and parent.depth == section.depth + 1 == page.depth - 1:
        return [section, parent]
    return list(Page.objects.ancestor_of(page).filter(depth__gt=home.depth).order_by("depth"))


def breadcrumbs(request, page=None, trail=()) -> list[dict]:
    """[{title, url}, …] from home to the page's parent (empty on home, or without a home)."""
    layout = layout_for(request, page)
    home = layout.get("home")
    if home is None:
        return []
    if isinstance(page, Page):
        if page.pk == home.pk:
            return []
        crumbs = [_crumb(home, request)] + [_crumb(p, request) for p in _between(page, home, layout["sections"])]
    else:
        crumbs = [_crumb(home, request)]
    return crumbs + [{"title": title, "url": url} for title, url in trail]
