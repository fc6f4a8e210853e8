"""What one page of results shows: the specific pages, snippets, promotions.

Loads the specific rows of the ten pages on screen with one query per page
type (service cards with their category), so a results page stays within
the portal's query budget however many results there are.
"""

from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string

from .groups import SERVICES, group_content_type_ids, group_of_content_type
from .highlight import highlight

SNIPPET_FIELDS = ("summary", "intro", "preamble")


def _snippet_source(page) -> str:
    for name in SNIPPET_FIELDS:
        value = getattr(page, name, "")
        if isinstance(value, str) and value.strip():
            return value
    return page.search_description or ""


def decorate(pages, plan) -> list[dict]:
    """The pages on screen, specific, each with its group and highlighted snippet."""
    from registry_pages.directory.public import public_or_none
    from registry_pages.models import ServiceCardPage

    groups = group_content_type_ids()
    service_ids = [p.pk for p in pages if group_of_content_type(p.content_type_id, groups) == SERVICES]
    specific = {
        card.pk: card
        for card in ServiceCardPage.objects.filter(pk__in=service_ids).select_related("category").defer(
            "legal_basis", "fees", "processing_times"
        )
    }
    others = [p.pk for p in pages if p.pk not in specific]
    if others:
        specific.update({p.pk: p for p in Page.objects.filter(pk__in=others).specific()})
    query_forms = plan.all_forms()
    items = []
    for page in pages:
        page = specific.get(page.pk, page)
        items.append(
            {
                "page": page,
                "group": group_of_content_type(page.content_type_id, groups),
                "category": public_or_none(getattr(page, "category", None)),
                "title": highlight(page.title, query_forms, plan.language),
                "snippet": highlight(_snippet_source(page), query_forms, plan.language),
            }
        )
    return items


def promotions(query: str, locale) -> list[dict]:
    """Editors' picks for the query, in the current language (a promoted page is one locale's page)."""
    picks = SearchPromotion.objects.filter(query__query_string=normalise_query_string(query)).select_related("page")
    result = []
    for pick in picks.order_by("sort_order"):
        if pick.page_id:
            page = pick.page.localized
            if page.live and page.locale_id == locale.pk:
                result.append({"page": page, "url": page.url, "title": page.title, "description": pick.description})
        elif pick.external_link_url:
            result.append({"page": None, "url": pick.external_link_url, "title": pick.external_link_text,
                           "description": pick.description})
    return result
