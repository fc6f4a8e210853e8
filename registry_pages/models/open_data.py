"""The open-data routes every register serves: `<register>/export.csv` and `export.json`.

A register page names the module that builds its downloads
(`open_data_exports`, relative to this package); the module has
`export_csv(page, request)` and `export_json(page, request)`, built on
`registry_pages.opendata`. Routes of a mixin are found by
`RoutablePageMixin`, which reads every class of the page's MRO.
"""

from importlib import import_module

from wagtail.contrib.routable_page.models import RoutablePageMixin, path


class OpenDataRoutesMixin(RoutablePageMixin):
    open_data_exports = ""  # e.g. "..ngo_exports"

    def _open_data(self):
        return import_module(self.open_data_exports, __package__)

    @path("export.csv/", name="export_csv")
    def export_csv(self, request):
        return self._open_data().export_csv(self, request)

    @path("export.json/", name="export_json")
    def export_json(self, request):
        return self._open_data().export_json(self, request)
