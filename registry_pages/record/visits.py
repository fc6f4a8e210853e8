"""The visit counter: views of each page and of the site, per day, and nothing about the visitor.

A published register page carries, in its metryczka, a 1×1 image whose address names the
page (`/record/seen/<page id>.gif`, see `beacon_url`). A browser that shows the page fetches
it, whether the page came from the anonymous page cache or was rendered: the cached body is
the same for everyone and the count is made outside it, with no JavaScript. The image is
served with `Cache-Control: no-store`, so every view asks for it again.

Privacy: no cookie is read or set, and neither the address nor the user agent is stored; a
view only adds one to the page's row for the day (`PageViewDay`) and to its site's
(`SiteViewDay`). Not counted: HEAD requests, user agents that say they are robots (most never
fetch images anyway), previews (the image is left out of them), pages that are not live.

Never in the way: the image is answered even when the count cannot be written (the error is
logged), and a page never waits for it.
"""

import logging
import re
from datetime import timedelta

from django.db import DatabaseError, IntegrityError, transaction
from django.db.models import F, Q, Subquery, Sum
from django.http import HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_safe
from wagtail.models import Page, Site

from registry_pages.core import page_cache
from registry_pages.record.models import PageViewDay, SiteViewDay

logger = logging.getLogger(__name__)

RECENT_DAYS = 30
VIEWS_CACHE_SECONDS = 300  # how old the figure under a page may be (a cached page is older anyway)
# A transparent 1×1 GIF.
PIXEL = bytes.fromhex("47494638396101000100800000000000ffffff21f90401000000002c00000000010001000002024401003b")
ROBOT = re.compile(r"bot|crawl|spider|slurp|archiver|fetch|monitor|curl|wget|python-|httpclient|headless|preview",
                   re.IGNORECASE)


def is_robot(user_agent: str) -> bool:
    return not user_agent or bool(ROBOT.search(user_agent))


def beacon_url(page) -> str:
    return reverse("registry_record_seen", kwargs={"page_id": page.pk})


def _add_one(model, key: dict, day) -> None:
    if model.objects.filter(day=day, **key).update(count=F("count") + 1):
        return
    try:
        with transaction.atomic():
            model.objects.create(day=day, count=1, **key)
    except IntegrityError:  # another view created the row meanwhile
        model.objects.filter(day=day, **key).update(count=F("count") + 1)


def count_view(page_id: int, site_id: int | None) -> bool:
    """Add one view of the page (and of its site) today; False when it could not be written."""
    day = timezone.localdate()
    try:
        with transaction.atomic():
            _add_one(PageViewDay, {"page_id": page_id}, day)
            if site_id is not None:
                _add_one(SiteViewDay, {"site_id": site_id}, day)
    except DatabaseError:
        logger.exception("A view of page %s could not be counted", page_id)
        return False
    return True


def _pixel() -> HttpResponse:
    response = HttpResponse(PIXEL, content_type="image/gif")
    response["Cache-Control"] = "no-store"
    return response


@require_safe
def seen(request, page_id):
    """The beacon: count a view of a live page, answer the pixel whatever happens."""
    if request.method == "GET" and not is_robot(request.META.get("HTTP_USER_AGENT", "")):
        try:
            live = Page.objects.filter(pk=page_id, live=True).exists()
            site = Site.find_for_request(request) if live else None
        except DatabaseError:
            logger.exception("A view of page %s could not be counted", page_id)
            live, site = False, None
        if live:
            count_view(page_id, site.pk if site is not None else None)
    return _pixel()


def _totals(queryset) -> tuple[int, int]:
    since = timezone.localdate() - timedelta(days=RECENT_DAYS - 1)
    totals = queryset.aggregate(total=Sum("count"), recent=Sum("count", filter=Q(day__gte=since)))
    return totals["total"] or 0, totals["recent"] or 0


def _views_key(page_id) -> str | None:
    try:  # under the page cache's generation, like the layout's parts
        return f"registry_pages:views:{page_cache.generation()}:{page_id}:{timezone.localdate().isoformat()}"
    except Exception:  # noqa: BLE001 - a cache that cannot answer: read the database
        return None


def _remember(key, totals) -> None:
    if key is not None:
        try:
            page_cache.layout_cache().set(key, totals, VIEWS_CACHE_SECONDS)
        except Exception:  # noqa: BLE001
            pass


def cached_page_views(page) -> tuple[int, int] | None:
    """The page's (all, last 30 days) views when the cache holds them, else None (no query)."""
    key = _views_key(page.pk)
    try:
        cached = page_cache.layout_cache().get(key) if key is not None else None
    except Exception:  # noqa: BLE001
        cached = None
    return tuple(cached) if cached is not None else None


def views_annotations(page_id) -> dict:
    """Two subqueries giving a page's views (all, last 30 days), for a query the page makes anyway
    (the metryczka's read of the live revision): the count then costs no query of its own."""
    since = timezone.localdate() - timedelta(days=RECENT_DAYS - 1)
    rows = PageViewDay.objects.filter(page_id=page_id).values("page_id")
    return {
        "views_total": Subquery(rows.annotate(s=Sum("count")).values("s")[:1]),
        "views_recent": Subquery(rows.filter(day__gte=since).annotate(s=Sum("count")).values("s")[:1]),
    }


def remember_page_views(page, total, recent) -> tuple[int, int]:
    totals = (total or 0, recent or 0)
    _remember(_views_key(page.pk), totals)
    return totals


def page_views(page) -> tuple[int, int]:
    """(all views, views in the last 30 days including today) of a page: one query, then kept in the
    cache for `VIEWS_CACHE_SECONDS` (the metryczka shows it without a query of its own)."""
    cached = cached_page_views(page)
    if cached is not None:
        return cached
    totals = _totals(PageViewDay.objects.filter(page_id=page.pk))
    _remember(_views_key(page.pk), totals)
    return totals


def site_views(site) -> tuple[int, int]:
    """(all views, views in the last 30 days) of every page of a site: one query."""
    return _totals(SiteViewDay.objects.filter(site_id=site.pk)) if site is not None else (0, 0)
