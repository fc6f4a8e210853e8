""""Sort menu order" in a big register: at most `REGISTRY_EXPLORER_SORT_LIMIT` rows.

Wagtail 8's explorer lists a section's children in their menu order when asked for
`?ordering=ord` ("Sort menu order") and then does not paginate, so that every row can be
dragged (wagtail/admin/views/generic/models.py, `get_paginate_by`). A catalogue of 10,000
cards rendered 10,000 rows: about a minute per request, for a list no one can drag through.

Above the limit (default 500) the view shows the first `limit` children in menu order,
which can still be dragged among themselves (Wagtail's drag-and-drop posts the row's
position among *all* siblings, and these rows are the first ones, so positions stay
right), and tells the editor why in their language. The normal explorer listing is
paged by Wagtail (50 rows) and is unaffected.

The explorer is in menu order exactly when its queryset keeps the tree order of
`child_of` (`order_by("path")`, or none) and no search is running
(wagtail/admin/views/pages/listing.py, `order_queryset`: "ord" keeps the native tree
order; every other ordering calls `order_by` with its own field).
"""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.utils.translation import gettext

DEFAULT_LIMIT = 500
TREE_ORDER = ((), ("path",))
EXPLORER_VIEW = "wagtailadmin_explore"  # the full page; the "_results" view is the same list refreshed


def sort_limit() -> int:
    return int(getattr(settings, "REGISTRY_EXPLORER_SORT_LIMIT", DEFAULT_LIMIT))


def lists_in_menu_order(pages, request) -> bool:
    """Is the explorer listing `pages` for "Sort menu order" (unpaginated)?"""
    return (request.GET.get("ordering") == "ord" and not request.GET.get("q")
            and tuple(pages.query.order_by) in TREE_ORDER)


def cap_sort_menu_order(parent_page, pages, request):
    """The first `limit` children in menu order when the section has more, with a message."""
    limit = sort_limit()
    if parent_page.numchild <= limit or not lists_in_menu_order(pages, request):
        return pages
    match = getattr(request, "resolver_match", None)
    if match is not None and match.url_name == EXPLORER_VIEW:
        messages.warning(request, gettext(
            "This section has %(count)s pages, too many to sort by dragging on one screen: only the first "
            "%(limit)s in menu order are shown here, and can be dragged among themselves. The other pages keep "
            "their place in the menu."
        ) % {"count": parent_page.numchild, "limit": limit})
    return pages[:limit]
