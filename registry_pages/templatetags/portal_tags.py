"""Template tags of the public layout (`registry_pages.core.layout` computes it)."""

from django import template

from registry_pages.core.layout import layout_for

register = template.Library()


@register.simple_tag(takes_context=True)
def portal_layout(context, page=None):
    return layout_for(context.get("request"), page)
