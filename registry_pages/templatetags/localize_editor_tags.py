"""Tags for the wagtail-localize translation editor template (see
templates/wagtail_localize/admin/edit_translation.html)."""

from django import template

from registry_pages.adapters.localize import without_convert_to_alias_link
from registry_pages.workflow.editor_actions import editor_actions
from registry_pages.workflow.language_completeness import completeness_by_language

register = template.Library()


@register.filter
def without_convert_to_alias(props, page_perms):
    """The editor's JSON props without the "Convert to alias page" link, unless the
    user may publish the page: an alias shows the source's content at once."""
    if page_perms is None or page_perms.can_publish():
        return props
    return without_convert_to_alias_link(props)


@register.inclusion_tag("registry_pages/admin/translation_editor_actions.html", takes_context=True)
def translation_editor_actions(context, instance):
    """Submit, or the current step's review actions, above the translation editor."""
    request = context.get("request")
    return {"next": editor_actions(instance, getattr(request, "user", None)), "csrf_token": context.get("csrf_token")}


@register.inclusion_tag("registry_pages/admin/translation_completeness.html")
def translation_completeness(instance):
    """What the page still lacks in each language, the open translation first."""
    return {"languages": completeness_by_language(instance)}
