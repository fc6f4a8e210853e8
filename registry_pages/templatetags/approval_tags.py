"""`{% approval_trail page %}`: the signatures under a live page (see workflow/trail.py)."""

from django import template

from registry_pages.models import MunicipalitySettings
from registry_pages.workflow.trail import approval_trail as trail_for

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
    return {"signatures": signatures, "page": page}
