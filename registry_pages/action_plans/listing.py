"""What the public plan and item pages show: items by theme, filters, progress.

Everything the plan page needs is read in a fixed number of queries (the
items, their owner rows with positions, the positions' translations, the
themes), however many items the plan has; due dates and the overdue flag
are computed in Python from each item's parsed deadline, today and the
country's working days.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field

from django.db.models import Prefetch
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from registry_pages.action_plans.items import (
    OVERDUE,
    ActionItemOwner,
    ActionItemPage,
    ActionItemStatus,
)
from registry_pages.action_plans.models import ActionPlanPage
from registry_pages.core.calendar import site_calendar
from registry_pages.core.page_views import builds
from registry_pages.core.params import int_param
from registry_pages.directory.models import Position
from registry_pages.directory.public import with_public_positions
from registry_pages.directory.responsibility import load_responsibility

STATUS_LABELS = {**dict(ActionItemStatus.choices), OVERDUE: _("Overdue")}
# Filter choices in reading order (overdue after in progress: it is what readers look for).
STATUS_FILTERS = [
    ActionItemStatus.PLANNED, ActionItemStatus.IN_PROGRESS, OVERDUE, ActionItemStatus.DONE, ActionItemStatus.CANCELLED,
]
# Every status has a segment, so a theme's segments add up to its items.
CHART_SERIES = [ActionItemStatus.DONE, ActionItemStatus.IN_PROGRESS, OVERDUE, ActionItemStatus.PLANNED, ActionItemStatus.CANCELLED]


def today() -> datetime.date:
    """Today in the site's time zone (tests replace it)."""
    return timezone.localdate()


def number_key(number: str) -> tuple:
    """"1.10" after "1.9": numbers compared part by part, text parts after numbers."""
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in re.split(r"[.\s]+", number.strip()) if p)


@dataclass
class ItemRow:
    item: ActionItemPage
    owners: list[Position]
    due: datetime.date | None
    status: str

    @property
    def status_label(self):
        return STATUS_LABELS[self.status]


@dataclass
class ThemeGroup:
    number: str
    title: str
    rows: list[ItemRow] = field(default_factory=list)
    counts: dict = field(default_factory=dict)
    level: int = 1
    is_parent: bool = False  # a direction or goal: its items sit under the goals or tasks that follow it

    @property
    def heading_level(self) -> int:
        return min(self.level, 3) + 1  # h2 … h4

    @property
    def label(self) -> str:
        """"1.2. Title", or only the title; a plan without themes has one group with neither."""
        return f"{self.number}. {self.title}".strip() if self.number else self.title


def plan_items(plan, *, live_only=True) -> list[ActionItemPage]:
    """The plan's items with owners (positions in the plan's language), in number order."""
    items = ActionItemPage.objects.child_of(plan)
    if live_only:
        # Restrictions on the plan and above are enforced when the plan is served;
        # an item with its own restriction is left out (a join, not Wagtail's extra query).
        items = items.live().filter(view_restrictions__isnull=True)
    owners = ActionItemOwner.objects.select_related("position__department").order_by("sort_order", "pk")
    items = list(items.prefetch_related(Prefetch("owners", queryset=owners, to_attr="owner_list")))
    public_rows = {id(row) for row in with_public_positions([row for item in items for row in item.owner_list], plan.locale_id)}
    for item in items:
        item.owner_list = [row for row in item.owner_list if id(row) in public_rows]
        item._plan = plan
    items.sort(key=lambda i: number_key(i.number))
    return items


def item_rows(plan, items, when: datetime.date, calendar) -> list[ItemRow]:
    return [
        ItemRow(item, [o.position for o in item.owner_list], item.next_due(when, calendar), item.shown_status(when, calendar))
        for item in items
    ]


def plan_themes(plan) -> list:
    """The plan's themes in order (read once per plan object)."""
    if getattr(plan, "_theme_list", None) is None:
        plan._theme_list = list(plan.themes.all().order_by("sort_order"))
    return plan._theme_list


def group_by_theme(plan, rows: list[ItemRow]) -> list[ThemeGroup]:
    """Groups in the plan's outline order; items of no theme (a plan numbered 1, 2, 3) form one untitled group."""
    themes = plan_themes(plan)
    groups = {t.number: ThemeGroup(t.number, t.title, level=t.level or 1) for t in themes}
    for theme, following in zip(themes, themes[1:]):
        groups[theme.number].is_parent = (following.level or 1) > (theme.level or 1)
    for row in rows:
        number = row.item.theme_number
        if number not in groups:
            groups[number] = ThemeGroup(number, "")
        groups[number].rows.append(row)
    for group in groups.values():
        group.counts = _counts(group.rows)
    return list(groups.values())


def _counts(rows) -> dict:
    return {status: sum(r.status == status for r in rows) for status in STATUS_FILTERS}


def top_level(groups: list[ThemeGroup]) -> list[ThemeGroup]:
    """The groups at the outline's top level, each holding the items of the goals and tasks under it."""
    tops: list[ThemeGroup] = []
    for group in groups:
        if not tops or group.level <= 1 or not group.number:
            tops.append(ThemeGroup(group.number, group.title, list(group.rows), level=1))
        else:
            tops[-1].rows.extend(group.rows)
    for group in tops:
        group.counts = _counts(group.rows)
    return tops


BAR_WIDTH = 100  # SVG user units of one theme's bar (drawn at the width of the page)


def chart(groups: list[ThemeGroup]) -> dict:
    """A bar per theme, named by its number and title: each status a share of the theme's items."""
    bars = []
    for group in groups:
        total = len(group.rows)
        x, segments = 0.0, []
        for status in CHART_SERIES:
            share = (group.counts[status] / total * BAR_WIDTH) if total else 0
            segments.append({"status": status, "x": f"{x:.2f}", "width": f"{share:.2f}",
                             "count": group.counts[status], "label": STATUS_LABELS[status]})
            x += share
        bars.append({"group": group, "total": total, "segments": segments})
    return {"bars": bars, "width": BAR_WIDTH}


EXTRA_COLUMNS = (
    ("indicator", _("Indicator")),
    ("implementation_method", _("Method of implementation")),
    ("funding", _("Funding")),
)


def extra_columns(items) -> dict:
    """{name: heading} of the optional columns some item of the plan fills in (no empty columns)."""
    return {name: label for name, label in EXTRA_COLUMNS if any(getattr(i, name).strip() for i in items)}


def _selected(request, name):
    return (request.GET.get(name) or "").strip() if request is not None else ""


@builds(ActionPlanPage, "context")
def plan_context(plan, request) -> dict:
    when = today()
    calendar = site_calendar(plan, request)
    items = plan_items(plan)
    rows = item_rows(plan, items, when, calendar)
    all_groups = group_by_theme(plan, rows)
    owners = sorted({p.pk: p for r in rows for p in r.owners}.values(), key=lambda p: p.title)
    owner_filter, status_filter = _selected(request, "owner"), _selected(request, "status")
    shown = rows
    owner_id = int_param(owner_filter)
    if owner_id is not None:
        shown = [r for r in shown if any(p.pk == owner_id for p in r.owners)]
    if status_filter in STATUS_LABELS:
        shown = [r for r in shown if r.status == status_filter]
    filtered = shown is not rows
    groups = group_by_theme(plan, shown) if filtered else all_groups
    load_responsibility(plan)
    return {
        "today": when,
        "theme_groups": [g for g in groups if g.rows] if filtered else groups,
        "chart": chart([g for g in top_level(all_groups) if g.rows]),
        "columns": extra_columns(items),
        "chart_series": [(s, STATUS_LABELS[s]) for s in CHART_SERIES],
        "owner_choices": owners,
        "status_choices": [(s, STATUS_LABELS[s]) for s in STATUS_FILTERS],
        "owner_filter": owner_filter,
        "status_filter": status_filter,
        "filtered": filtered,
        "shown_count": len(shown),
        "item_count": len(rows),
    }


def _theme(item, plan):
    """(number, title) of the item's theme; the title comes with the item when the plan routed to it."""
    title = getattr(item, "theme_title", None)
    if title is None and plan is not None:
        title = next((t.title for t in plan_themes(plan) if t.number == item.theme_number), None)
    if title is None:
        return None
    return {"number": item.theme_number, "title": title, "label": f"{item.theme_number}. {title}"}


@builds(ActionItemPage, "context")
def item_context(item, request) -> dict:
    when = today()
    plan = item.plan()
    calendar = site_calendar(item, request)
    owners = with_public_positions(item.owner_rows(), item.locale_id)
    load_responsibility(item)
    due = item.next_due(when, calendar)
    status = item.shown_status(when, calendar)
    return {
        "today": when,
        "plan": plan,
        "theme": _theme(item, plan),
        "owners": [o.position for o in owners],
        "due": due,
        "shown_status": status,
        "status_label": STATUS_LABELS[status],
        "reports": list(item.progress_reports.select_related("document").order_by("date", "sort_order")),
    }
