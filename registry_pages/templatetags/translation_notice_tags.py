"""The public notice on a translation behind its source (registry_pages/workflow/outdated.py):
"The Bulgarian version of this page was updated on …; this translation may be behind"."""

from django import template
from wagtail.models import Page

from registry_pages.core.layout import layout_for
from registry_pages.workflow.outdated import (
    BEHIND_SOURCE_LOCALE,
    language_name,
    local_date,
)

register = template.Library()


def behind_source_version(page, translations):
    """The live source version `page` is behind, from the layout's language versions (read
    with `BEHIND_SOURCE_LOCALE` by workflow/outdated_hooks.py), or None."""
    current = next((p for p in translations if p.pk == page.pk), None)
    locale_id = getattr(current, BEHIND_SOURCE_LOCALE, None)
    if locale_id is None:
        return None
    return next((p for p in translations if p.locale_id == locale_id), None)


@register.inclusion_tag("registry_pages/includes/translation_behind_notice.html", takes_context=True)
def translation_behind_notice(context, page=None):
    """No query of its own: everything comes with the layout (computed once per request)."""
    if not isinstance(page, Page):
        return {"notice": None}
    request = context.get("request")
    layout = layout_for(request, page)
    source = behind_source_version(page, layout.get("translations", []))
    if source is None or source.last_published_at is None:
        return {"notice": None}
    code = source.locale.language_code
    return {
        "notice": {
            "language": language_name(code),
            "date": local_date(source.last_published_at),
            "code": code,
            "url": next((v["url"] for v in layout["versions"] if v["code"] == code), None),
        }
    }
