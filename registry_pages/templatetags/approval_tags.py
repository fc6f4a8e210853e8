"""`{% approval_trail page %}`: the signatures under a live page (see workflow/trail.py);
`{% last_reviewed page as reviewed %}`: the page's effective review date."""

from django import template

from registry_pages.workflow.trail import approval_trail as trail_for
from registry_pages.workflow.trail import last_reviewed_on, names_language, names_shown

register = template.Library()


@register.inclusion_tag("registry_pages/includes/approval_trail_signatures.html", takes_context=True)
def approval_trail(context, page):
    request = context.get("request")
    signatures = trail_for(page) if page is not None and names_shown(request) else []
    # names are written in the municipality's language (see workflow/trail.py)
    return {"signatures": signatures, "page": page, "names_language": names_language()}


@register.simple_tag
def last_reviewed(page):
    return last_reviewed_on(page) if page is not None else None
