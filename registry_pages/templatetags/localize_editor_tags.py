"""Filters for the wagtail-localize translation editor template (see
templates/wagtail_localize/admin/edit_translation.html)."""

from django import template

from registry_pages.adapters.localize import without_convert_to_alias_link

register = template.Library()


@register.filter
def without_convert_to_alias(props, page_perms):
    """The editor's JSON props without the "Convert to alias page" link, unless the
    user may publish the page: an alias shows the source's content at once."""
    if page_perms is None or page_perms.can_publish():
        return props
    return without_convert_to_alias_link(props)
