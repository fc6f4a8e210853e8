"""The register of changes to follow and to download: `changes/feed.atom`, `changes/export.csv`, `changes/export.json`.

Each takes the register's own filters (`?from=`, `?to=`, `?type=`) and the language of
the address. The feed holds the latest 50 events; the downloads up to `EXPORT_LIMIT`,
newest first (a municipality's register runs to a few thousand events a year).
CSV and JSON follow the portal's open-data conventions (`opendata/responses.py`).
"""

import json

from django.contrib.syndication.views import Feed
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.urls import reverse
from django.utils import translation
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from registry_pages.opendata.responses import JSON_CONTENT_TYPE, csv_response
from registry_pages.record.register import REGISTERS, select
from registry_pages.record.register_details import COLUMNS as DETAIL_COLUMNS
from registry_pages.record.register_details import details

FEED_SIZE = 50
EXPORT_LIMIT = 10_000
KINDS = {"published": gettext_lazy("published"), "unpublished": gettext_lazy("taken offline"),
         "deleted": gettext_lazy("removed")}


def _kind(event) -> str:
    return str(KINDS.get(event.kind, event.kind))


def _register_name(event) -> str:
    return next((str(name) for label, name in REGISTERS.values() if label == event.page_type), "")


class ChangesFeed(Feed):
    feed_type = Atom1Feed

    def get_object(self, request):
        self.request = request
        return select(request)

    def title(self, selection):
        return _("Register of changes")

    def link(self, selection):
        url = reverse("registry_changes")
        return f"{url}?{selection.query}" if selection.query else url

    def subtitle(self, selection):
        return _("Every publication of a page in this language and every page taken offline, the latest first.")

    def items(self, selection):
        return list(selection.events(self.request)[slice(0, FEED_SIZE)])

    def item_title(self, event):
        return f"{_kind(event)}: {event.title}"

    def item_description(self, event):
        return event.text or _register_name(event)

    def item_link(self, event):
        return event.url or reverse("registry_changes") + f"?from={event.at.date().isoformat()}&to={event.at.date().isoformat()}"

    def item_guid(self, event):
        return f"{event.kind}:{event.at.isoformat()}:{event.title}"

    item_guid_is_permalink = False

    def item_pubdate(self, event):
        return event.at

    def item_updateddate(self, event):
        return event.at


changes_feed = ChangesFeed()

COLUMNS = ["date", "event", "title", "register", "url", "text", *DETAIL_COLUMNS]
NO_DETAILS = dict.fromkeys(DETAIL_COLUMNS, "")


def _rows(request):
    selection = select(request)
    events = selection.events(request)[slice(0, EXPORT_LIMIT)]
    record = details(events, request)  # version, approver, note, history of each publication
    for event in events:
        url = request.build_absolute_uri(event.url) if event.url else ""
        yield {"date": event.at.isoformat(), "event": event.kind, "title": event.title,
               "register": _register_name(event), "url": url, "text": event.text,
               **record.get(event.revision_id, NO_DETAILS)}


def changes_csv(request):
    language = translation.get_language()
    rows = ([row[column] for column in COLUMNS] for row in _rows(request))
    return csv_response(COLUMNS, rows, f"changes-{language}.csv")


def changes_json(request):
    language = translation.get_language()
    payload = {"language": language, "source": request.build_absolute_uri(reverse("registry_changes")),
               "title": _("Register of changes"), "items": list(_rows(request))}
    body = json.dumps(payload, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)
    response = HttpResponse(body.encode("utf-8"), content_type=JSON_CONTENT_TYPE)
    response["Content-Disposition"] = f'inline; filename="changes-{language}.json"'
    return response
