"""Filters for the wagtail-localize translation editor template (see
templates/wagtail_localize/admin/edit_translation.html)."""

import json

from django import template

register = template.Library()


@register.filter
def without_convert_to_alias(props, page_perms):
    """The editor's JSON props without the "Convert to alias page" link, unless the
    user may publish the page: an alias shows the source's content at once."""
    if page_perms is None or page_perms.can_publish():
        return props
    data = json.loads(props)
    data.get("links", {})["convertToAliasUrl"] = None
    return json.dumps(data)
