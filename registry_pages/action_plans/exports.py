"""A plan's items as downloads: deadlines as iCalendar, items as CSV and JSON.

The feed has one all-day event per item that has a due date (its next due
date; permanent, ongoing or unreadable deadlines have none), for the whole
plan or for one owner (`deadlines/<position id>.ics`, also `?owner=<id>`).
UIDs come from the item's translation key and the language, so a
subscribed calendar updates events instead of duplicating them.
"""

import datetime

from django.http import Http404
from django.utils import timezone, translation
from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from icalendar import Calendar, Event

from registry_pages.action_plans import listing
from registry_pages.action_plans.listing import (
    STATUS_LABELS,
    item_rows,
    plan_items,
    plan_themes,
)
from registry_pages.action_plans.models import ActionPlanPage
from registry_pages.action_plans.tracking import owner_pending_text
from registry_pages.core.calendar import site_calendar
from registry_pages.core.page_views import builds
from registry_pages.core.params import int_param
from registry_pages.opendata.responses import (
    csv_response,
    export_filename,
    ical_response,
    json_response,
)


def _rows(plan, request):
    when = listing.today()  # looked up on the module: one clock for pages and exports
    calendar = site_calendar(plan, request)
    return when, item_rows(plan, plan_items(plan), when, calendar)


def _host(page, request) -> str:
    site = page.get_site()
    return (site.hostname if site else None) or request.get_host()


def build_calendar(plan, rows, host: str, request=None, title: str = "") -> Calendar:
    language = plan.locale.language_code
    stamp = plan.last_published_at or timezone.now()
    cal = Calendar()
    cal.add("prodid", "-//registry_pages//action plan deadlines//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", title or plan.title)
    for row in rows:
        if row.due is None or row.item.is_closed:
            continue
        item = row.item
        event = Event()
        event.add("uid", f"action-item-{item.translation_key}-{language}@{host}")
        event.add("dtstamp", stamp)
        event.add("summary", _("Deadline %(number)s: %(title)s") % {"number": item.number, "title": item.title})
        event.add("dtstart", row.due)
        event.add("dtend", row.due + datetime.timedelta(days=1))
        owners = "; ".join(p.title for p in row.owners)
        lines = [item.task, _("Deadline as written: %(text)s") % {"text": item.deadline_text or "–"}]
        if owners:
            lines.append(_("Owners: %(owners)s") % {"owners": owners})
        lines.append(_("Status: %(status)s") % {"status": row.status_label})
        event.add("description", "\n".join(lines))
        event.add("url", item.get_full_url(request=request))
        cal.add_component(event)
    return cal


@builds(ActionPlanPage, "deadlines_ics")
def ical_feed(plan, request, position_id=None):
    if position_id is None:
        position_id = int_param(request.GET.get("owner"))
    with translation.override(plan.locale.language_code):
        _when, rows = _rows(plan, request)
        suffix, title = "deadlines", plan.title
        if position_id is not None:
            rows = [r for r in rows if any(p.pk == position_id for p in r.owners)]
            owner = next((p for r in rows for p in r.owners if p.pk == position_id), None)
            if owner is None:
                raise Http404("No items of this plan are owned by that position.")
            suffix, title = f"deadlines-{position_id}", f"{plan.title} – {owner.title}"
        cal = build_calendar(plan, rows, _host(plan, request), request, title)
        return ical_response(cal, export_filename(plan, "ics", suffix))


HEADER = (
    ("number", gettext_lazy("No.")),
    ("theme", gettext_lazy("Theme")),
    ("task", gettext_lazy("Task")),
    ("owners", gettext_lazy("Owners")),
    ("deadline", gettext_lazy("Deadline as written")),
    ("due_date", gettext_lazy("Due date")),
    ("status", gettext_lazy("Status")),
    ("completed_on", gettext_lazy("Completed on")),
    ("url", gettext_lazy("Address")),
    # added for real plans (issue 15): after the original columns, so readers by position keep working
    ("owner_to_be_assigned", gettext_lazy("Owner to be assigned")),
    ("indicator", gettext_lazy("Indicator")),
    ("implementation_method", gettext_lazy("Method of implementation")),
    ("funding", gettext_lazy("Funding")),
)


def _item(row, request) -> dict:
    item = row.item
    return {
        "number": item.number,
        "theme": item.theme_number,
        "title": item.title,
        "task": strip_tags(item.task),
        "owners": [p.title for p in row.owners],
        "owner_to_be_assigned": item.owner_to_be_assigned,
        "owners_to_assign": item.unassigned_owner_names,
        "indicator": item.indicator,
        "implementation_method": item.implementation_method,
        "funding": item.funding,
        "deadline": item.deadline_text,
        "deadline_kind": item.deadline_kind,
        "due_date": row.due.isoformat() if row.due else None,
        "status": row.status,
        "status_label": str(row.status_label),
        "completed_on": item.completed_on.isoformat() if item.completed_on else None,
        "url": item.get_full_url(request=request),
    }


@builds(ActionPlanPage, "export_csv")
def export_csv(plan, request):
    with translation.override(plan.locale.language_code):
        _when, rows = _rows(plan, request)
        lines = []
        for row in rows:
            data = _item(row, request)
            data["owners"] = "; ".join(data["owners"])
            data["owner_to_be_assigned"] = owner_pending_text(item=row.item) if data["owner_to_be_assigned"] else ""
            data["status"] = str(STATUS_LABELS[row.status])
            lines.append([data[key] for key, _label in HEADER])
        return csv_response([str(label) for _key, label in HEADER], lines, export_filename(plan, "csv"))


@builds(ActionPlanPage, "export_json")
def export_json(plan, request):
    with translation.override(plan.locale.language_code):
        when, rows = _rows(plan, request)
        themes = [{"number": t.number, "title": t.title, "level": t.level} for t in plan_themes(plan)]
        return json_response(
            plan, [_item(row, request) for row in rows], export_filename(plan, "json"), request=request,
            period=plan.period, themes=themes, generated=when.isoformat(),
        )
