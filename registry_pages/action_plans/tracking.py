"""Following up action items in the admin: who owns what, what is due, what is late.

Shared by the dashboard panel, the reports and `send_deadline_reminders`.
Items are tracked in the site's main language only (translations repeat the
same task), live or draft alike: an imported plan's deadlines run before it
is published. Due dates are computed as on the public pages.
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.db.models import Prefetch
from django.utils.translation import gettext
from wagtail.models import Locale

from registry_pages.action_plans.items import OVERDUE, ActionItemOwner, ActionItemPage
from registry_pages.action_plans.listing import STATUS_LABELS, number_key
from registry_pages.action_plans.models import ActionPlanPage
from registry_pages.core.calendar import site_calendar
from registry_pages.directory.models import Position

# Groups that follow every item (Art. 31(3): overdue tasks are signalled to the secretary).
OVERSEEING_GROUPS = ("Secretaries", "Mayors")
SECRETARIES_GROUP = "Secretaries"


def tracking_locale() -> Locale | None:
    return Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first() or Locale.objects.first()


def tracked_items(queryset=None) -> list[ActionItemPage]:
    """Items in the tracking language with owners (and their positions) and plans loaded: three queries."""
    if queryset is None:
        queryset = ActionItemPage.objects.all()
    locale = tracking_locale()
    if locale is not None:
        queryset = queryset.filter(locale=locale)
    owners = ActionItemOwner.objects.select_related("position").order_by("sort_order", "pk")
    items = list(queryset.filter(alias_of__isnull=True).prefetch_related(
        Prefetch("owners", queryset=owners, to_attr="owner_list")))
    plans = {p.path: p for p in ActionPlanPage.objects.filter(path__in={i.path[: -ActionPlanPage.steplen] for i in items})}
    for item in items:
        item._plan = plans.get(item.path[: -ActionPlanPage.steplen])
    items.sort(key=lambda i: (i._plan.path if i._plan else "", number_key(i.number)))
    return items


def annotate(items, today: datetime.date, calendar=None) -> list[ActionItemPage]:
    """Set `due`, `shown_status`, `status_label`, `owner_titles` and `plan_title` on each item."""
    calendar = calendar or site_calendar()
    for item in items:
        item.due = item.next_due(today, calendar)
        item.shown_status_value = OVERDUE if (item.due and today > item.due and not item.is_closed) else item.status
        item.status_label = str(STATUS_LABELS[item.shown_status_value])
        item.positions = [row.position for row in item.owner_list]
        item.owner_titles = "; ".join(p.title for p in item.positions)
        if item.owner_to_be_assigned:
            item.owner_titles = "; ".join(filter(None, [item.owner_titles, str(owner_pending_text(item))]))
        item.plan_title = item._plan.title if item._plan else ""
    return items


def owner_pending_text(item) -> str:
    """"Owner to be assigned (the plan names: X; Y)" for reports and exports."""
    names = item.unassigned_owner_names
    if not names:
        return gettext("Owner to be assigned")
    return gettext("Owner to be assigned (the plan names: %(names)s)") % {"names": "; ".join(names)}


def held_position_keys(user) -> set:
    """Translation keys of the positions the user holds (holders are kept in every language)."""
    return set(Position.objects.filter(holders__user=user).values_list("translation_key", flat=True))


def sees_all_items(user) -> bool:
    return user.is_superuser or user.groups.filter(name__in=OVERSEEING_GROUPS).exists()


def owned_by(item, position_keys: set) -> bool:
    return any(p.translation_key in position_keys for p in item.positions)


def needing_attention(items, today: datetime.date, days: int = 14) -> list[ActionItemPage]:
    """Open items that are overdue or due within `days` days (annotated items)."""
    horizon = today + datetime.timedelta(days=days)
    return [i for i in items if not i.is_closed and i.due is not None and i.due <= horizon]
