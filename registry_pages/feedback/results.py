"""Feedback counted per service and quarter.

A service is counted across its languages (by the cards' translation key)
and named in the language asked for: one query for the counts and names,
one for the comments, whatever the number of services.
"""

import datetime
import re
from dataclasses import dataclass

from django.db.models import Count, F, OuterRef, Q, Subquery
from django.db.models.functions import ExtractQuarter, ExtractYear
from django.utils import timezone
from django.utils.encoding import iri_to_uri

from registry_pages.core.layout import layout_for
from registry_pages.core.page_views import builds
from registry_pages.feedback.chart import bar_chart
from registry_pages.feedback.models import FeedbackResultsPage
from registry_pages.models import ServiceCardPage, ServiceFeedback

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


def _counts(feedback, locale_id):
    """One query: answers per (service, quarter), with the service's live card in the language."""
    card = ServiceCardPage.objects.live().filter(
        translation_key=OuterRef("page__translation_key"), locale_id=locale_id, alias_of__isnull=True
    )
    return (
        feedback.annotate(year=ExtractYear("created_at"), number=ExtractQuarter("created_at"), key=F("page__translation_key"))
        .values("key", "year", "number")
        .annotate(
            helpful_count=Count("pk", filter=Q(helpful=True)),
            not_helpful_count=Count("pk", filter=Q(helpful=False)),
            comment_count=Count("pk", filter=~Q(comment="")),
            title=Subquery(card.values("title")[:1]),
            url_path=Subquery(card.values("url_path")[:1]),
            card_id=Subquery(card.values("pk")[:1]),
        )
        .order_by()
    )


def quarterly_results(locale_id, quarter=None, url_for=None) -> list[ServiceResult]:
    """Rows per (quarter, service) for the services live in the given language, newest quarter first.

    `url_for(url_path)` turns a card's `url_path` into its public URL (no link without it).
    """
    feedback = ServiceFeedback.objects.all()
    if quarter is not None:
        feedback = feedback.filter(created_at__gte=quarter.bounds()[0], created_at__lt=quarter.bounds()[1])
    rows = []
    for row in _counts(feedback, locale_id):
        if row["title"] is None:
            continue  # no live card in this language
        url = url_for(row["url_path"]) if url_for else ""
        result = ServiceResult(Quarter(row["year"], row["number"]), row["title"], url,
                               row["helpful_count"], row["not_helpful_count"], row["comment_count"])
        result.key = row["key"]
        result.card_id = row["card_id"]  # the card in this language: the admin filters its comments by it
        rows.append(result)
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


def _url_under(home, request):
    """Public URL of a page below the language's home page, from its url_path (no query)."""
    home_url = home.get_url(request=request) if home is not None else None
    if not home_url:
        return None
    return lambda url_path: home_url + iri_to_uri(url_path[len(home.url_path):]) if url_path.startswith(home.url_path) else ""


@builds(FeedbackResultsPage, "context")
def results_context(page, request) -> dict:
    """The public page: quarters to choose from, the chosen one's rows and approved comments.

    Three queries whatever the number of services: counts, comments, and the
    layout's home page (shared with the header)."""
    home = layout_for(request, page).get("home")
    all_rows = quarterly_results(page.locale_id, url_for=_url_under(home, request))
    quarters = sorted({row.quarter for row in all_rows}, reverse=True)
    chosen = Quarter.parse(request.GET.get("quarter"))
    if chosen not in quarters:
        chosen = quarters[0] if quarters else None
    rows = [row for row in all_rows if row.quarter == chosen]
    names = {row.key: row.service for row in rows}
    comments = approved_comments(names.keys(), chosen) if any(row.comments for row in rows) else []
    for comment in comments:
        comment.service = names.get(comment.key, "")
    return {
        "quarters": quarters,
        "quarter": chosen,
        "rows": rows,
        "chart": bar_chart(rows, chosen) if rows else "",
        "comments": comments,
    }
