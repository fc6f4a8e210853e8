"""`/<lang>/changes/`: the site's register of changes, in the language of the address.

Every publication of a page in that language (Wagtail's log, as in `versions.py`) and
every page withdrawn (`WithdrawnPage`, with the text of its last public version),
newest first, filtered by date (`?from=YYYY-MM-DD&to=YYYY-MM-DD`), 50 to a page.
The two sources are read a page at a time (each sliced to what the page needs) and
merged, so a long register costs the same four queries as a short one, plus the layout.
"""

from dataclasses import dataclass
from datetime import date, datetime, time

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.dateparse import parse_date
from wagtail.models import PageLogEntry

from registry_pages.core.layout import layout_for
from registry_pages.core.params import int_param
from registry_pages.record.models import WithdrawnPage
from registry_pages.record.versions import PUBLISH_ACTIONS

PER_PAGE = 50


@dataclass
class Event:
    at: datetime
    kind: str  # "published", "unpublished", "deleted"
    title: str
    url: str = ""
    text: str = ""


def _day(value: str) -> date | None:
    try:
        return parse_date(value or "")
    except ValueError:
        return None


class MergedEvents:
    """Publications and withdrawals, newest first, sliceable for Django's paginator."""

    def __init__(self, publications, withdrawals, request):
        self.publications, self.withdrawals, self.request = publications, withdrawals, request

    def count(self) -> int:
        return self.publications.count() + self.withdrawals.count()

    def __len__(self):
        return self.count()

    def __getitem__(self, window):
        stop = window.stop
        published = [  # linked while the page is online
            Event(e.timestamp, "published", e.page.title, (e.page.get_url(request=self.request) or "") if e.page.live else "")
            for e in self.publications.select_related("page")[:stop]
        ]
        withdrawn = [Event(w.ceased_at, w.reason, w.title, "", w.text) for w in self.withdrawals[:stop]]
        merged = sorted(published + withdrawn, key=lambda event: event.at, reverse=True)
        return merged[window]


def register_of_changes(request):
    language = translation.get_language()
    first, last = _day(request.GET.get("from")), _day(request.GET.get("to"))
    publications = PageLogEntry.objects.filter(
        action__in=PUBLISH_ACTIONS, revision_id__isnull=False, page__locale__language_code=language
    ).order_by("-timestamp", "-pk")
    withdrawals = WithdrawnPage.objects.filter(language=language)
    if first:
        start = timezone.make_aware(datetime.combine(first, time.min))
        publications, withdrawals = publications.filter(timestamp__gte=start), withdrawals.filter(ceased_at__gte=start)
    if last:
        end = timezone.make_aware(datetime.combine(last, time.max))
        publications, withdrawals = publications.filter(timestamp__lte=end), withdrawals.filter(ceased_at__lte=end)
    paginator = Paginator(MergedEvents(publications, withdrawals, request), PER_PAGE)
    page_obj = paginator.get_page(int_param(request.GET.get("page"), minimum=1) or 1)
    layout_for(request)
    query = "&".join(f"{k}={v.isoformat()}" for k, v in (("from", first), ("to", last)) if v)
    return TemplateResponse(request, "registry_pages/record/register.html", {
        "request": request, "page_obj": page_obj, "events": page_obj.object_list, "paging_query": query,
        "date_from": first, "date_to": last,
    })
