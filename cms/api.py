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


class PublicPagesAPIViewSet(PagesAPIViewSet):
    """Read-only by construction (the viewsets only list and retrieve)."""

    http_method_names = ["get", "head", "options"]


class PublicImagesAPIViewSet(ImagesAPIViewSet):
    http_method_names = ["get", "head", "options"]


class PublicDocumentsAPIViewSet(DocumentsAPIViewSet):
    http_method_names = ["get", "head", "options"]


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
api_router.register_endpoint("images", PublicImagesAPIViewSet)
api_router.register_endpoint("documents", PublicDocumentsAPIViewSet)
