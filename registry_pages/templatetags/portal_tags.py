"""Template tags of the public pages: the layout (`core.layout` computes it) and `filled`."""

from django import template

from registry_pages.core import meta
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
