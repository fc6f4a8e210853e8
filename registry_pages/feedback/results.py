"""Feedback counted per service and quarter.

A service is counted across its languages (by the cards' translation key)
and named in the language asked for. One query for the counts, one for the
services' names, one for the comments, whatever the number of services.
"""

import datetime
import re
from dataclasses import dataclass

from django.db.models import Count, F, Q
from django.db.models.functions import ExtractQuarter, ExtractYear
from django.utils import timezone

from ..models import ServiceCardPage, ServiceFeedback

QUARTER_RE = re.compile(r"^(\d{4})-Q([1-4])$")


@dataclass(frozen=True, order=True)
class Quarter:
    year: int
    number: int

    def __str__(self):
        return f"{self.year}-Q{self.number}"

    @classmethod
    def parse(cls, text):
        match = QUARTER_RE.match((text or "").strip())
        return cls(int(match[1]), int(match[2])) if match else None

    @classmethod
    def of(cls, moment):
        local = timezone.localtime(moment) if timezone.is_aware(moment) else moment
        return cls(local.year, (local.month - 1) // 3 + 1)

    def bounds(self):
        """Start (inclusive) and end (exclusive), aware, in the site's time zone."""
        start = datetime.datetime(self.year, 3 * self.number - 2, 1)
        end = datetime.datetime(self.year + (self.number == 4), 1 if self.number == 4 else 3 * self.number + 1, 1)
        return timezone.make_aware(start), timezone.make_aware(end)


@dataclass
class ServiceResult:
    quarter: Quarter
    service: str
    url: str
    helpful: int
    not_helpful: int
    comments: int

    @property
    def total(self) -> int:
        return self.helpful + self.not_helpful

    @property
    def helpful_percent(self) -> int:
        return round(100 * self.helpful / self.total) if self.total else 0

    @property
    def quarter_label(self) -> str:
        return str(self.quarter)


def _counts(feedback):
    return (
        feedback.annotate(year=ExtractYear("created_at"), number=ExtractQuarter("created_at"), key=F("page__translation_key"))
        .values("key", "year", "number")
        .annotate(
            helpful_count=Count("pk", filter=Q(helpful=True)),
            not_helpful_count=Count("pk", filter=Q(helpful=False)),
            comment_count=Count("pk", filter=~Q(comment="")),
        )
        .order_by()
    )


def service_names(locale_id, request=None) -> dict:
    """translation key → (title, url) of the live cards in one language."""
    cards = (
        ServiceCardPage.objects.live()
        .filter(locale_id=locale_id, alias_of__isnull=True)
        .select_related(None)
        .only("title", "translation_key", "url_path", "locale_id", "path", "depth")
    )
    return {card.translation_key: (card.title, card.get_url(request=request) or "") for card in cards}


def quarterly_results(locale_id, request=None, quarter=None, names=None) -> list[ServiceResult]:
    """Rows per (quarter, service) for the services live in the given language, newest quarter first."""
    names = service_names(locale_id, request) if names is None else names
    feedback = ServiceFeedback.objects.all()
    if quarter is not None:
        feedback = feedback.filter(created_at__gte=quarter.bounds()[0], created_at__lt=quarter.bounds()[1])
    rows = []
    for row in _counts(feedback):
        if row["key"] not in names:
            continue
        title, url = names[row["key"]]
        rows.append(ServiceResult(Quarter(row["year"], row["number"]), title, url,
                                  row["helpful_count"], row["not_helpful_count"], row["comment_count"]))
    rows.sort(key=lambda r: (-r.quarter.year, -r.quarter.number, r.service.casefold()))
    return rows


def approved_comments(keys, quarter):
    start, end = quarter.bounds()
    return list(
        ServiceFeedback.objects.filter(
            status=ServiceFeedback.Status.APPROVED, page__translation_key__in=list(keys),
            created_at__gte=start, created_at__lt=end,
        )
        .exclude(comment="")
        .annotate(key=F("page__translation_key"))
        .only("comment", "helpful", "language", "created_at")
        .order_by("-created_at")[:200]
    )


def results_context(page, request) -> dict:
    """The public page: quarters to choose from, the chosen one's rows and approved comments."""
    from .chart import bar_chart

    names = service_names(page.locale_id, request)
    all_rows = quarterly_results(page.locale_id, request, names=names)
    quarters = sorted({row.quarter for row in all_rows}, reverse=True)
    chosen = Quarter.parse(request.GET.get("quarter"))
    if chosen not in quarters:
        chosen = quarters[0] if quarters else None
    rows = [row for row in all_rows if row.quarter == chosen]
    comments = []
    if chosen is not None:
        comments = approved_comments(names.keys(), chosen)
        for comment in comments:
            comment.service = names.get(comment.key, ("", ""))[0]
    return {
        "quarters": quarters,
        "quarter": chosen,
        "rows": rows,
        "chart": bar_chart(rows, chosen) if rows else "",
        "comments": comments,
    }
