"""Reception days as downloads: an iCalendar feed, CSV and JSON open data.

The feed has one recurring event per reception row (weekly, or monthly on
the n-th weekday; a row without hours is an all-day event; a reception by
appointment only has no date and is left out), so a citizen who subscribes
sees every future reception; public holidays of the next twelve
months are excluded (EXDATE), because no reception takes place on them.
UIDs are built from the row's translation key and the language, so they stay
the same from one download to the next and a calendar updates instead of
duplicating events.
"""

import datetime
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from icalendar import Calendar, Event

from registry_pages.core.calendar import get_calendar
from registry_pages.core.page_views import builds
from registry_pages.opendata.responses import (
    csv_response,
    export_filename,
    ical_response,
    json_response,
)
from registry_pages.receptions.models import ReceptionDaysPage
from registry_pages.receptions.schedule import (
    first_occurrence,
    holidays_of_slot,
    ical_rule,
)

EXDATE_HORIZON = datetime.timedelta(days=365)


def _location(slot) -> str:
    parts = []
    if slot.room:
        parts.append(_("Room %(room)s") % {"room": slot.room})
    department = slot.position.department if slot.position else None
    if department and department.address:
        parts.append(department.address)
    return ", ".join(parts)


def _description(slot) -> str:
    lines = [_("By appointment only.") if slot.by_appointment else _("No appointment needed.")]
    if slot.sign_up:
        lines.append(_("Sign up: %(where)s") % {"where": slot.sign_up})
    if slot.note:
        lines.append(slot.note)
    return "\n".join(lines)


def _context(page, request):
    return page.schedule(request)


def build_calendar(page, groups, today: datetime.date, country: str, host: str) -> Calendar:
    tz = ZoneInfo(settings.TIME_ZONE)
    language = page.locale.language_code
    holiday_name = get_calendar(country).holiday_name
    stamp = page.last_published_at or timezone.now()
    cal = Calendar()
    cal.add("prodid", "-//registry_pages//reception days//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", page.title)
    cal.add("x-wr-timezone", settings.TIME_ZONE)
    for group in groups:
        for slot in group.slots:
            rule = ical_rule(slot)
            first = first_occurrence(slot, today) if rule else None
            if first is None:
                continue
            event = Event()
            event.add("uid", f"reception-{slot.translation_key}-{language}@{host}")
            event.add("dtstamp", stamp)
            event.add("summary", _("Reception: %(position)s %(name)s") % {
                "position": slot.position.title, "name": group.official,
            })
            if slot.has_hours:
                event.add("dtstart", datetime.datetime.combine(first, slot.time_from, tzinfo=tz))
                event.add("dtend", datetime.datetime.combine(first, slot.time_to, tzinfo=tz))
            else:
                event.add("dtstart", first)
                event.add("dtend", first + datetime.timedelta(days=1))
            event.add("rrule", rule)
            location = _location(slot)
            if location:
                event.add("location", location)
            event.add("description", _description(slot))
            for holiday in holidays_of_slot(slot, today, today + EXDATE_HORIZON, holiday_name):
                if slot.has_hours:
                    event.add("exdate", datetime.datetime.combine(holiday.day, slot.time_from, tzinfo=tz))
                else:
                    event.add("exdate", holiday.day)
            cal.add_component(event)
    cal.add_missing_timezones(first_date=today - datetime.timedelta(days=7), last_date=today + 2 * EXDATE_HORIZON)
    return cal


def _host(page, request) -> str:
    site = page.get_site()
    return (site.hostname if site else None) or request.get_host()


@builds(ReceptionDaysPage, "calendar_ics")
def ical_feed(page, request):
    with translation.override(page.locale.language_code):
        now, country, groups = _context(page, request)
        cal = build_calendar(page, groups, now.date(), country, _host(page, request))
        return ical_response(cal, export_filename(page, "ics"))


def _rows(groups):
    for group in groups:
        for slot in group.slots:
            yield group, slot


HEADER = (
    ("position", gettext_lazy("Position")),
    ("official", gettext_lazy("Official")),
    ("department", gettext_lazy("Department")),
    ("weekday", gettext_lazy("Day")),
    ("time_from", gettext_lazy("From")),
    ("time_to", gettext_lazy("To")),
    ("room", gettext_lazy("Room")),
    ("by_appointment", gettext_lazy("By appointment")),
    ("sign_up", gettext_lazy("Sign up")),
    ("note", gettext_lazy("Note")),
    ("next_reception", gettext_lazy("Next reception")),
)


def _item(group, slot) -> dict:
    return {
        "position": slot.position.title if slot.position else "",
        "official": group.official,
        "department": group.department.name if group.department else "",
        "weekday": slot.pattern,
        "iso_weekday": slot.weekday + 1 if slot.weekday is not None else None,
        "frequency": slot.frequency,
        "week_of_month": slot.week_of_month,
        "time_from": slot.time_from.strftime("%H:%M") if slot.time_from else "",
        "time_to": slot.time_to.strftime("%H:%M") if slot.time_to else "",
        "room": slot.room,
        "by_appointment": slot.by_appointment,
        "sign_up": slot.sign_up,
        "note": slot.note,
        "next_reception": group.next.day.isoformat() if group.next else None,
    }


@builds(ReceptionDaysPage, "export_csv")
def export_csv(page, request):
    with translation.override(page.locale.language_code):
        _now, _country, groups = _context(page, request)
        header = [str(label) for _key, label in HEADER]
        rows = []
        for group, slot in _rows(groups):
            item = _item(group, slot)
            item["by_appointment"] = _("yes") if slot.by_appointment else _("no")
            rows.append([item[key] for key, _label in HEADER])
        return csv_response(header, rows, export_filename(page, "csv"))


@builds(ReceptionDaysPage, "export_json")
def export_json(page, request):
    with translation.override(page.locale.language_code):
        now, _country, groups = _context(page, request)
        items = [_item(group, slot) for group, slot in _rows(groups)]
        return json_response(
            page, items, export_filename(page, "json"), request=request,
            time_zone=settings.TIME_ZONE, generated=now.date().isoformat(),
        )
