"""What citizens most often come for, on the home page of their language.

Each part costs one or two queries however much content there is (the home
page's budget is checked by tests/home): the services most opened from the
search in the last 90 days (the first services A to Z when there are too few
clicks), the next receptions, the latest publications (the register of
changes has the rest) and the action plan's progress by stored status.
"""

import datetime

from django.db.models import Count, OuterRef, Subquery, Sum
from django.db.models.functions import Coalesce
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from wagtail.models import PageLogEntry

from registry_pages.action_plans.items import ActionItemPage
from registry_pages.action_plans.models import ActionPlanPage
from registry_pages.receptions.models import ReceptionDaysPage
from registry_pages.record.versions import PUBLISH_ACTIONS
from registry_pages.services.models import ServiceCardPage
from search.models import SearchClickDay

TOP_SERVICES, NEXT_RECEPTIONS, LATEST_CHANGES = 6, 3, 5
CLICK_WINDOW = datetime.timedelta(days=90)


def top_services(locale) -> list:
    """One query: the cards with their clicks from the search in the window, most opened first, then A to Z."""
    since = timezone.localdate() - CLICK_WINDOW
    clicks = (SearchClickDay.objects.filter(date__gte=since, language=locale.language_code, page=OuterRef("pk"))
              .values("page").annotate(total=Sum("clicks")).values("total"))
    cards = (ServiceCardPage.objects.live().filter(view_restrictions__isnull=True, locale=locale, alias_of__isnull=True)
             .annotate(opened=Coalesce(Subquery(clicks), 0)))
    return list(cards.order_by("-opened", "title")[:TOP_SERVICES])


def next_receptions(locale, request) -> dict | None:
    page = ReceptionDaysPage.objects.live().filter(view_restrictions__isnull=True, locale=locale, alias_of__isnull=True).select_related("locale").first()
    if page is None:
        return None
    _now, _country, groups = page.schedule(request)
    upcoming = sorted((g for g in groups if g.next), key=lambda g: (g.next.day, g.next.slot.time_from))
    return {"page": page, "groups": upcoming[:NEXT_RECEPTIONS]}


def latest_changes(locale) -> dict:
    entries = (PageLogEntry.objects.filter(action__in=PUBLISH_ACTIONS, revision_id__isnull=False, page__locale=locale,
                                           page__live=True)
               .select_related("page").order_by("-timestamp", "-pk")[:LATEST_CHANGES * 3])
    seen, latest = set(), []
    for entry in entries:  # one line per page: its latest publication
        if entry.page_id not in seen:
            seen.add(entry.page_id)
            latest.append(entry)
    try:
        register = reverse("registry_changes")
    except NoReverseMatch:
        register = None
    return {"entries": latest[:LATEST_CHANGES], "register_url": register}


def plan_progress(locale) -> dict | None:
    plan = ActionPlanPage.objects.live().filter(view_restrictions__isnull=True, locale=locale, alias_of__isnull=True).order_by("-first_published_at").first()
    if plan is None:
        return None
    items = ActionItemPage.objects.child_of(plan).live().order_by()  # no ORDER BY path: it would split the groups
    counts = dict(items.values_list("status").annotate(n=Count("pk")).values_list("status", "n"))
    total = sum(counts.values())
    done = counts.get("done", 0)
    return {"plan": plan, "total": total, "done": done, "in_progress": counts.get("in_progress", 0),
            "percent": round(done * 100 / total) if total else 0}
