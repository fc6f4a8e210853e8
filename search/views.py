"""The citizens' search page and its suggestions.

`/<lang>/search/?q=…&type=…&category=…&page=…` — results of the current
language, grouped by type, with highlighted snippets, editors' picks first;
an empty query lists the service categories. Plain links and a GET form:
everything works without JavaScript. `/<lang>/search/suggest?q=` returns
titles as JSON for the progressive-enhancement widget (static/search/suggest.js).
"""

import re
from urllib.parse import quote

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.text import get_text_list
from django.utils.translation import get_language_info
from django.utils.translation import gettext as _
from wagtail.models import Page

from registry_pages.core.params import int_param
from registry_pages.core.user_query import MAX_QUERY_LENGTH, backend_text, clean_query  # noqa: F401 - the view's limit

from . import engine, known, query_log, vocabulary
from .groups import GROUP_LABELS, SERVICES, available_groups
from .query import QueryPlan
from .results import decorate, promotions

RESULTS_PER_PAGE = 10
SUGGESTIONS = 8
_LONG_NUMBER = re.compile(r"\d{5,}")


def normalise_for_log(query: str) -> str:
    """The query as logged: folded spaces, lower case, long numbers (ids, phones) removed."""
    query = _LONG_NUMBER.sub("#", " ".join(query.split()).lower())
    return query[:100]


def _service_categories(locale, request):
    from registry_pages.models import ServiceCategory, ServiceIndexPage

    catalogue = ServiceIndexPage.objects.live().public().filter(locale=locale).first()
    live_cards = Q(service_cards__live=True, service_cards__locale=locale)
    categories = (
        ServiceCategory.objects.filter(locale=locale, live=True)
        .annotate(card_count=Count("service_cards", filter=live_cards))
        .filter(card_count__gt=0)
    )
    url = catalogue.get_url(request=request) if catalogue else None
    return [{"category": c, "url": f"{url}?category={c.pk}" if url else None} for c in categories], url


def search(request):
    with vocabulary.pinned():  # the search's caches read with one look-up of their version
        return _search(request)


def _search(request):
    query = clean_query(request.GET.get("q"))
    locale = known.active_locale()
    group = request.GET.get("type", "")
    group = group if group in available_groups() else ""
    category_id = int_param(request.GET.get("category"), minimum=1)
    context = {"search_query": query, "selected_type": group, "selected_category": category_id}
    if not query:
        context["categories"], context["catalogue_url"] = _service_categories(locale, request)
        return TemplateResponse(request, "search/search.html", context)

    outcome = engine.search(query, locale, group=group, category_id=category_id)
    page = Paginator(outcome.hits, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    page.object_list = decorate(list(page.object_list), outcome.plan)
    _add_click_urls(page.object_list, query)
    if request.GET.get("page", "1") == "1" and not group and not category_id:
        query_log.count(normalise_for_log(query), locale.language_code, outcome.total)
    context.update(
        {
            "search_results": page,
            "result_count": outcome.total,
            "shown_count": len(outcome.hits),
            "promotions": promotions(query, locale) if page.number == 1 else [],
            "type_facets": [
                {"key": key, "label": GROUP_LABELS[key], "count": outcome.group_counts.get(key, 0)}
                for key in available_groups()
                if outcome.group_counts.get(key) or key == group
            ],
            "category_facets": _category_facets(outcome.category_counts, locale) if outcome.category_counts else [],
            "corrected": outcome.corrected,
            "via_languages": _language_names(outcome.via_languages),
            "only_via_languages": outcome.via_only,
            "services_type": SERVICES,
        }
    )
    if not outcome.total and not context["promotions"]:
        # nothing found: the way on is the catalogue by category (and the municipality's phone, in the template)
        context["categories"], context["catalogue_url"] = _service_categories(locale, request)
    return TemplateResponse(request, "search/search.html", context)


_PLACEHOLDER = 987654321


def _add_click_urls(items, query: str) -> None:
    """Each result's link (through the click counter): the URL reversed once, not once per result."""
    link = reverse("search_click", args=[_PLACEHOLDER]).replace(str(_PLACEHOLDER), "{}")
    suffix = "?q=" + quote(query, safe="/")  # as the template's |urlencode
    for item in items:
        item["url"] = link.format(item["page"].pk) + suffix


def _language_names(codes) -> str:
    """"English and Polish", in the visitor's language ("" for none)."""
    names = []
    for code in codes:
        try:
            names.append(get_language_info(code)["name_translated"])
        except KeyError:
            names.append(code)
    return get_text_list(names, _("and")) if names else ""


def _category_facets(counts, locale):
    from registry_pages.models import ServiceCategory

    categories = ServiceCategory.objects.filter(locale=locale, pk__in=list(counts), live=True)
    return [{"category": c, "count": counts[c.pk]} for c in categories]


def suggest(request):
    """Up to eight titles starting with what was typed, services first (JSON)."""
    from registry_pages.models import ServiceCardPage

    query = clean_query(request.GET.get("q"))
    locale = known.active_locale()
    if len(backend_text(query)) < 2:
        return JsonResponse({"query": query, "results": []})
    typed = [backend_text(query)]
    plan = QueryPlan.build(query, locale.language_code)
    cyrillic = backend_text(" ".join(c.cyrillic for c in plan.concepts if c.cyrillic))
    if cyrillic:
        typed.append(cyrillic)
    backend = "database" if "database" in settings.WAGTAILSEARCH_BACKENDS else "default"  # fast, never remote
    results, seen = [], set()
    for model in (ServiceCardPage, Page):
        for text in typed:
            if len(results) >= SUGGESTIONS:
                break
            pages = engine.live_pages(model, locale, backend).exclude(id__in=list(seen) or [0]).autocomplete(text, backend=backend)
            for page in pages[: SUGGESTIONS - len(results)]:
                if page.pk not in seen:
                    seen.add(page.pk)
                    results.append({"title": page.title, "url": page.get_url(request=request),
                                     "service": model is ServiceCardPage})
    return JsonResponse({"query": query, "results": results})
