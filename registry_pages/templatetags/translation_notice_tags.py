"""The public notice on a translation behind its source (registry_pages/workflow/outdated.py):
"The Bulgarian version of this page was updated on …; this translation may be behind"."""

from django import template
from wagtail.models import Page

from registry_pages.core.layout import layout_for
from registry_pages.workflow.outdated import behind_source, language_name, local_date

register = template.Library()


@register.inclusion_tag("registry_pages/includes/translation_behind_notice.html", takes_context=True)
def translation_behind_notice(context, page=None):
    """One query for a page; nothing for other views. The link to the source's version
    comes from the layout's language versions (already read)."""
    behind = behind_source(page) if isinstance(page, Page) else None
    if behind is None or behind.source_published_at is None:
        return {"notice": None}
    request = context.get("request")
    versions = layout_for(request, page)["versions"] if request is not None else []
    code = behind.source_language
    return {
        "notice": {
            "language": language_name(code),
            "date": local_date(behind.source_published_at),
            "code": code,
            "url": next((v["url"] for v in versions if v["code"] == code), None),
        }
    }
