"""`{% approval_trail page %}`: the signatures under a live page (see workflow/trail.py);
`{% last_reviewed page as reviewed %}`: the page's effective review date."""

from django import template
from django.conf import settings
from wagtail.coreutils import get_supported_content_language_variant

from registry_pages.models import MunicipalitySettings
from registry_pages.workflow.trail import approval_trail as trail_for
from registry_pages.workflow.trail import last_reviewed_on

register = template.Library()


def _show(request) -> bool:
    layout = getattr(request, "_portal_layout", None) if request else None
    setting = layout.get("municipality") if layout else None
    if setting is None and request is not None:
        setting = MunicipalitySettings.for_request(request)
    return setting is None or setting.show_approval_trail


@register.inclusion_tag("registry_pages/includes/approval_trail_signatures.html", takes_context=True)
def approval_trail(context, page):
    request = context.get("request")
    signatures = trail_for(page) if page is not None and _show(request) else []
    # names are written in the municipality's language (see workflow/trail.py)
    names_language = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    return {"signatures": signatures, "page": page, "names_language": names_language}


@register.simple_tag
def last_reviewed(page):
    return last_reviewed_on(page) if page is not None else None
