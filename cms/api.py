"""Wagtail's API v2, read-only, for open data (docs/open-data.md).

Pages, images and documents. The pages endpoint shows only live, public
pages of the requesting site (Wagtail's `get_public_pages_queryset`): a
draft, an unpublished page or a page behind a view restriction is never
listed, and a live page's fields are those of its published revision. Each
page type names its fields in `api_fields`; `?type=registry_pages.ServiceCardPage&fields=*`
returns them, `?locale=pl` one language.
"""

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from cms.api_input import BoundedPagination, cleaned_filters, find_by_id


class PublicPagesAPIViewSet(PagesAPIViewSet):
    """Read-only by construction (the viewsets only list and retrieve); bad parameters are a JSON 400
    (cms/api_input.py)."""

    http_method_names = ["get", "head", "options"]
    filter_backends = cleaned_filters(PagesAPIViewSet.filter_backends)
    pagination_class = BoundedPagination

    def find_object(self, queryset, request):
        if "id" in request.GET:
            return find_by_id(queryset, request)
        if "\x00" in request.GET.get("html_path", ""):  # no page has it; PostgreSQL refuses it in a query
            return None
        return super().find_object(queryset, request)


class PublicImagesAPIViewSet(ImagesAPIViewSet):
    http_method_names = ["get", "head", "options"]
    filter_backends = cleaned_filters(ImagesAPIViewSet.filter_backends)
    pagination_class = BoundedPagination

    def find_object(self, queryset, request):
        return find_by_id(queryset, request)


class PublicDocumentsAPIViewSet(DocumentsAPIViewSet):
    http_method_names = ["get", "head", "options"]
    filter_backends = cleaned_filters(DocumentsAPIViewSet.filter_backends)
    pagination_class = BoundedPagination

    def find_object(self, queryset, request):
        return find_by_id(queryset, request)


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
api_router.register_endpoint("images", PublicImagesAPIViewSet)
api_router.register_endpoint("documents", PublicDocumentsAPIViewSet)
