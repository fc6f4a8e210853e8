"""Serve register downloads (`…/calendar.ics`, `…/export.csv`, `…/export.json`).

Wagtail's page URL pattern only accepts path segments of letters, digits,
`_` and `-`, so a page route such as `calendar.ics` is unreachable through
it. This view accepts exactly the download names below after a page path and
hands the request to Wagtail's own `serve` with the name as a route segment
(`<page>/calendar.ics/`), so privacy settings, `before_serve_page` hooks and
the page's routes apply as for any page. Pages declare the routes with a
trailing slash, e.g. `@path("calendar.ics/", name="calendar")`.
"""

from django.urls import re_path
from wagtail.views import serve

DOWNLOAD_NAMES = ("calendar.ics", "deadlines.ics", "export.csv", "export.json")
# Numbered calendars, e.g. an action plan's deadlines of one owner: `<plan>/deadlines/<position id>.ics`.
NUMBERED_DOWNLOADS = (r"\d+\.ics",)
_NAMES_PATTERN = "|".join([name.replace(".", r"\.") for name in DOWNLOAD_NAMES] + list(NUMBERED_DOWNLOADS))


def _page_path(path, filename):
    return f"{path}{filename}/"


def serve_download(request, path, filename):
    return serve(request, _page_path(path, filename))


# The route cache (core/routing.py) finds the page of a download as of any page: this is its path.
serve_download.wagtail_page_path = _page_path


urlpatterns = [
    re_path(rf"^(?P<path>(?:[\w\-]+/)*)(?P<filename>{_NAMES_PATTERN})/?$", serve_download, name="registry_download"),
]
