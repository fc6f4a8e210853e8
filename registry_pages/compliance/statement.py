"""What an information page shows; for the accessibility statement, the statement's parts.

The statement is generated from the page's fields and the site's country (`requirements.py`):
conformance status, what is not accessible, when it was prepared and last reviewed, how to
give feedback (the page's e-mail and phone, else the municipality's), and where to turn
when the municipality does not answer (the country's enforcement body). The municipality's
settings come from the request's layout, read without a query once the layout is warm.
"""

from registry_pages.compliance.models import InformationPage
from registry_pages.compliance.requirements import ANSWER_DAYS, ENFORCEMENT
from registry_pages.core.calendar import site_country
from registry_pages.core.layout import layout_for
from registry_pages.core.page_views import builds
from registry_pages.directory.responsibility import load_responsibility


def feedback_route(page: InformationPage, municipality) -> dict:
    """The e-mail and phone the statement gives for feedback: the page's own, else the municipality's."""
    return {
        "email": page.feedback_email or (municipality.email if municipality else ""),
        "phone": page.feedback_phone or (municipality.phone if municipality else ""),
    }


def statement_context(page: InformationPage, request) -> dict:
    municipality = layout_for(request, page)["municipality"] if request is not None else None
    country = site_country(page, request)
    return {
        "feedback": feedback_route(page, municipality),
        "enforcement": ENFORCEMENT.get(country),
        "answer_days": ANSWER_DAYS.get(country, 14),
        "non_accessible_items": page.non_accessible_items(),
    }


@builds(InformationPage, "context")
def information_context(page: InformationPage, request) -> dict:
    load_responsibility(page)
    if not page.is_accessibility_statement:
        return {}
    return {"statement": statement_context(page, request)}
