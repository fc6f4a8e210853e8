"""Template tags of the public pages: the layout (`core.layout` computes it) and `filled`."""

from django import template

from registry_pages.core import meta
from registry_pages.core.breadcrumbs import breadcrumbs as crumbs_for
from registry_pages.core.content import has_content
from registry_pages.core.layout import layout_for

register = template.Library()


@register.simple_tag(takes_context=True)
def portal_layout(context, page=None):
    return layout_for(context.get("request"), page)


@register.filter
def filled(value) -> bool:
    """`{% if page.appeal|filled %}`: the value shows something (not "<p></p>", spaces or blank rows)."""
    return has_content(value)


@register.simple_tag
def page_description(page=None, municipality=""):
    """The meta description: registry_pages.core.meta."""
    return meta.page_description(page, municipality or "")


@register.inclusion_tag("registry_pages/layout/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, page=None, *trail):
    """The way back from this page to home; `trail` adds (title, url) pairs a view shows after home."""
    pairs = [(trail[i], trail[i + 1]) for i in range(0, len(trail) - 1, 2)]
    return {"crumbs": crumbs_for(context.get("request"), page, pairs)}
