"""`/<lang>/changes/`: the site's register of changes, in the language of the address.

Every publication of a page in that language (Wagtail's log, as in `versions.py`) and
every page withdrawn (`WithdrawnPage`, with the text of its last public version),
newest first, filtered by date (`?from=YYYY-MM-DD&to=YYYY-MM-DD`) and by register
(`?type=service`, see `REGISTERS`), 50 to a page. The two sources are read a page at
a time (each sliced to what the page needs) and merged, so a long register costs the
same four queries as a short one, plus the layout. The same filtered register is
offered as an Atom feed and as CSV and JSON (`register_feeds.py`).
"""

from dataclasses import dataclass
from datetime import date, datetime, time

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.dateparse import parse_date
from django.utils.translation import gettext_lazy as _
from wagtail.models import PageLogEntry, Site

from registry_pages.core.layout import layout_for
from registry_pages.core.params import int_param
from registry_pages.record.models import WithdrawnPage
from registry_pages.record.versions import PUBLISH_ACTIONS
from registry_pages.record.visits import site_views

PER_PAGE = 50
# ?type= value → (page model, the register's name as a citizen reads it)
REGISTERS = {
    "service": ("registry_pages.servicecardpage", _("Service cards")),
    "ethics": ("registry_pages.ethicscodepage", _("Ethics codes")),
    "plan": ("registry_pages.actionplanpage", _("Action plans")),
    "item": ("registry_pages.actionitempage", _("Action plan tasks")),
    "ngo": ("registry_pages.ngoentrypage", _("NGO register")),
    "reception": ("registry_pages.receptiondayspage", _("Reception days")),
}


@dataclass
class Event:
    at: datetime
    kind: str  # "published", "unpublished", "deleted"
    title: str
    url: str = ""
    text: str = ""
    page_type: str = ""
    page: object = None  # a publication: the page and the revision that went live (register_details.py)
    revision_id: int | None = None


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
            Event(e.timestamp, "published", e.page.title,
                  (e.page.get_url(request=self.request) or "") if e.page.live else "", page_type=self._type(e),
                  page=e.page, revision_id=e.revision_id)
            for e in self.publications.select_related("page", "content_type")[:stop]
        ]
        withdrawn = [Event(w.ceased_at, w.reason, w.title, "", w.text, w.page_type) for w in self.withdrawals[:stop]]
        merged = sorted(published + withdrawn, key=lambda event: event.at, reverse=True)
        return merged[window]

    @staticmethod
    def _type(entry) -> str:
        return f"{entry.content_type.app_label}.{entry.content_type.model}" if entry.content_type_id else ""


@dataclass
class Selection:
    """The register's filters as read from the address, and the two sources filtered by them."""

    publications: object
    withdrawals: object
    date_from: date | None
    date_to: date | None
    register: str

    @property
    def query(self) -> str:
        parts = [f"{k}={v.isoformat()}" for k, v in (("from", self.date_from), ("to", self.date_to)) if v]
        return "&".join(parts + ([f"type={self.register}"] if self.register else []))

    def events(self, request) -> MergedEvents:
        return MergedEvents(self.publications, self.withdrawals, request)


def select(request) -> Selection:
    language = translation.get_language()
    first, last = _day(request.GET.get("from")), _day(request.GET.get("to"))
    register = request.GET.get("type") if request.GET.get("type") in REGISTERS else ""
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
    if register:
        label = REGISTERS[register][0]
        model = apps.get_model(label)
        publications = publications.filter(content_type=ContentType.objects.get_for_model(model))
        withdrawals = withdrawals.filter(page_type=label)
    return Selection(publications, withdrawals, first, last, register)


def register_of_changes(request):
    selection = select(request)
    paginator = Paginator(selection.events(request), PER_PAGE)
    page_obj = paginator.get_page(int_param(request.GET.get("page"), minimum=1) or 1)
    layout_for(request)
    return TemplateResponse(request, "registry_pages/record/register.html", {
        "request": request, "page_obj": page_obj, "events": page_obj.object_list, "paging_query": selection.query,
        "date_from": selection.date_from, "date_to": selection.date_to, "register": selection.register,
        "registers": [(key, label) for key, (_model, label) in REGISTERS.items()],
        "register_labels": {label_lower: name for label_lower, name in REGISTERS.values()},
        "site_views": site_views(Site.find_for_request(request)),  # the visit counter's site total
    })
