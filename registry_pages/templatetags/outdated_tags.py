"""Admin tags for translations behind their source (registry_pages/workflow/outdated.py): the
explorer's row tag (from the explorer query's annotation) and the translation editor's warning."""

from django import template

from registry_pages.workflow.outdated import (
    behind_source,
    editor_message,
    is_behind,
    sync_url,
)

register = template.Library()


@register.filter
def is_behind_source(page) -> bool:
    return is_behind(page)


@register.inclusion_tag("registry_pages/admin/translation_behind_warning.html", takes_context=True)
def translation_behind_warning(context, instance):
    """The warning above the translation editor of a translation behind its source."""
    behind = behind_source(instance)
    if behind is None:
        return {"message": None}
    request = context.get("request")
    user = getattr(request, "user", None)
    return {"message": editor_message(behind), "sync_url": sync_url(behind, user)}
