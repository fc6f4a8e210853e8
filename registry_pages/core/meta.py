"""The meta description of a public page (search engines show it under the title).

The editor's `search_description` (Promote tab) when filled; else the page's own short text
(`summary`, then `intro`), without markup and cut at a word near 160 characters; else a
sentence naming the page type, the title and the municipality, in the page's language. Views
without a page (the search) pass `page=None`.
"""

from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext as _

__all__ = ["page_description", "MAX_LENGTH"]

MAX_LENGTH = 160
OWN_TEXT_FIELDS = ("summary", "intro")


def _own_text(page) -> str:
    for name in OWN_TEXT_FIELDS:
        value = getattr(page, name, "")
        text = " ".join(strip_tags(str(value or "")).split())
        if text:
            return text
    return ""


def page_description(page, municipality: str = "") -> str:
    if not page:  # the search view, or `page` missing from the context
        text = _("Search the portal")
        return f"{text}: {municipality}" if municipality else text
    text = (getattr(page, "search_description", "") or "").strip() or _own_text(page)
    if not text:
        kind = str(page.specific_class._meta.verbose_name if page.specific_class else page._meta.verbose_name)
        values = {"kind": kind[:1].upper() + kind[1:], "title": page.title, "municipality": municipality}
        if municipality:
            text = _("%(kind)s “%(title)s” on the transparency portal: %(municipality)s.") % values
        else:
            text = _("%(kind)s “%(title)s” on the transparency portal.") % values
    return Truncator(text).chars(MAX_LENGTH)
