"""What one page of results shows: the specific pages, snippets, promotions.

Loads the specific rows of the ten pages on screen with one query per page
type (service cards with their category), and only the columns a result
shows, so a results page stays within the portal's query budget however
many results there are, and reads no page body it does not show.
"""

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string

from . import known
from .groups import group_content_type_ids, group_of_content_type
from .highlight import highlight
from .vocabulary import promoted_queries

SNIPPET_FIELDS = ("summary", "intro", "preamble")


def _snippet_source(page) -> str:
    for name in SNIPPET_FIELDS:
        value = getattr(page, name, "")
        if isinstance(value, str) and value.strip():
            return value
    return page.search_description or ""


def _shown_fields(model) -> tuple[list[str], bool]:
    """The columns a result of `model` shows (title, type, language, snippet source, category):
    a result loads only these, not the whole page (its body, rich text, legal basis …)."""
    names = {f.name: f for f in model._meta.get_fields() if getattr(f, "concrete", False)}
    wanted = ["title", "content_type", "locale", "search_description"]
    wanted += [n for n in SNIPPET_FIELDS if n in names]  # `_snippet_source` reads each until one is text
    category = names.get("category")
    has_category = bool(category and category.many_to_one)
    if has_category:
        wanted += [f"category__{n}" for n in ("name", "live") if _has_field(category.related_model, n)]
    return wanted, has_category


def _has_field(model, name: str) -> bool:
    try:
        model._meta.get_field(name)
    except FieldDoesNotExist:
        return False
    return True


def _specific(pages) -> dict:
    """Page id → the specific page of each candidate, with the shown columns only: one query per
    page type on screen not seen yet (the candidates carry their type; no query of the base table
    first); kept per process (search.known), so a page shown again costs no query."""
    kept = known.shown_pages()
    found: dict = {}
    by_type: dict[int, list[int]] = {}
    for page in pages:
        shown = kept.get(page.pk)
        if shown is not None:
            found[page.pk] = shown
        else:
            by_type.setdefault(page.content_type_id, []).append(page.pk)
    unknown = []
    for content_type_id, ids in by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None or not issubclass(model, Page):
            unknown += ids
            continue
        fields, has_category = _shown_fields(model)
        rows = model.objects.filter(pk__in=ids).order_by()
        if has_category:
            rows = rows.select_related("category")
        loaded = {row.pk: row for row in rows.only(*fields)}
        found.update(loaded)
        if len(kept) + len(loaded) > known.MAX_SHOWN_KEPT:
            kept.clear()
        kept.update(loaded)
    if unknown:
        found.update({p.pk: p for p in Page.objects.filter(pk__in=unknown).specific()})
    return found


def decorate(pages, plan) -> list[dict]:
    """The pages on screen, specific, each with its group and highlighted snippet."""
    from registry_pages.directory.public import public_or_none

    groups = group_content_type_ids()
    specific = _specific(pages)
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
    normalised = normalise_query_string(query)
    if normalised not in promoted_queries():
        return []
    picks = SearchPromotion.objects.filter(query__query_string=normalised).select_related("page")
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
