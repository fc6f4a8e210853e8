"""The open-data routes every register serves: `<register>/export.csv` and `export.json`.

The register's feature builds the downloads (`export_csv(page, request)`,
`export_json(page, request)` on `registry_pages.opendata.responses`) and
registers them with `core.page_views.builds(<Page>, "export_csv")`. Routes of
a mixin are found by `RoutablePageMixin`, which reads every class of the
page's MRO.
"""

from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from registry_pages.core.page_views import build


class OpenDataRoutesMixin(RoutablePageMixin):
    @path("export.csv/", name="export_csv")
    def export_csv(self, request):
        return build(self, "export_csv", request)

    @path("export.json/", name="export_json")
    def export_json(self, request):
        return build(self, "export_json", request)
