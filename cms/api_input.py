"""What the API v2 accepts in its query string, checked before any database or search backend sees it.

Wagtail's own filters pass `?search=` to the search backend as typed (a lone
`"` broke SQLite FTS5), let an unknown `?search_operator=` or a huge
`?offset=` reach the database, and answer an unknown `?locale=` with a bare
404. Here every problem is a 400 with a message naming the parameter, as
Wagtail's own API errors are: `{"message": "..."}`.
"""

from django.conf import settings
from wagtail.api.v2.filters import LocaleFilter, SearchFilter
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.utils import BadRequestError
from wagtail.models import Locale
from wagtail.search.backends import get_search_backend

from registry_pages.adapters.wagtail import filtered_by_tag
from registry_pages.core.params import int_param
from registry_pages.core.user_query import backend_text, clean_query

OPERATORS = ("and", "or")
MAX_OFFSET = 1_000_000


class QueryCleaningSearchFilter(SearchFilter):
    """`?search=`: the words of the query only (`registry_pages.core.user_query`); blank is a 400."""

    def filter_queryset(self, request, queryset, view):
        if "search" not in request.GET:
            return queryset
        if not getattr(settings, "WAGTAILAPI_SEARCH_ENABLED", True):
            raise BadRequestError("search is disabled")
        if filtered_by_tag(queryset):
            raise BadRequestError("filtering by tag with a search query is not supported")
        text = backend_text(clean_query(request.GET["search"]))
        if not text:
            raise BadRequestError("search: give at least one word to search for")
        operator = request.GET.get("search_operator") or None
        if operator is not None and operator not in OPERATORS:
            raise BadRequestError("search_operator must be 'and' or 'or'")
        order_by_relevance = "order" not in request.GET
        try:
            return get_search_backend().search(text, queryset, operator=operator, order_by_relevance=order_by_relevance)
        except Exception as error:  # FilterFieldError / OrderByFieldError: a field the index lacks
            from wagtail.search.backends.base import FilterFieldError, OrderByFieldError

            if isinstance(error, FilterFieldError):
                raise BadRequestError(f"cannot filter by '{error.field_name}' while searching (field is not indexed)") from error
            if isinstance(error, OrderByFieldError):
                raise BadRequestError(f"cannot order by '{error.field_name}' while searching (field is not indexed)") from error
            raise


class KnownLocaleFilter(LocaleFilter):
    """`?locale=`: one of the site's languages, else a 400 naming them."""

    def filter_queryset(self, request, queryset, view):
        if "locale" in request.GET:
            code = request.GET["locale"]
            if not Locale.objects.filter(language_code=code).exists():
                codes = ", ".join(Locale.objects.order_by("language_code").values_list("language_code", flat=True))
                raise BadRequestError(f"locale: unknown language '{clean_query(code)[:20]}'; use one of {codes}")
        return super().filter_queryset(request, queryset, view)


class BoundedPagination(WagtailPagination):
    """`?offset=` and `?limit=`: whole numbers within range (a huge offset overflowed SQLite)."""

    def paginate_queryset(self, queryset, request, view=None):
        for name, maximum in (("offset", MAX_OFFSET), ("limit", getattr(settings, "WAGTAILAPI_LIMIT_MAX", 20) or MAX_OFFSET)):
            if name in request.GET and int_param(request.GET[name], maximum=maximum) is None:
                raise BadRequestError(f"{name} must be a whole number from 0 to {maximum}")
        return super().paginate_queryset(queryset, request, view)


def cleaned_filters(backends) -> list:
    """A viewset's filter backends with Wagtail's search and locale filters replaced by these."""
    replacements = {SearchFilter: QueryCleaningSearchFilter, LocaleFilter: KnownLocaleFilter}
    return [replacements.get(backend, backend) for backend in backends]


def find_by_id(queryset, request):
    """`find/?id=`: an id out of range or not a number finds nothing (a 404), never a 500."""
    if "id" in request.GET:
        page_id = int_param(request.GET["id"])
        return queryset.filter(id=page_id).first() if page_id is not None else None
    return None
