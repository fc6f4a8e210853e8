"""The public page, calendar and open data for monthly, by-appointment and hour-less receptions."""

import datetime as dt
import json

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.translation import gettext
from icalendar import Calendar

from registry_pages.models import ReceptionSlot
from registry_pages.receptions.office_hours import office_hours_value
from registry_pages.receptions.schedule import APPOINTMENT, LAST, MONTHLY
from tests.registry_pages.receptions.test_reception_days import (  # noqa: F401
    FRI,
    MON,
    TUE,
    T,
    freeze,
    make_page,
    positions,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def page(site_root, positions):  # noqa: F811
    page = make_page(site_root, [
        ReceptionSlot(position=positions["mayor"], frequency=MONTHLY, week_of_month=1, weekday=TUE,
                      time_from=T("14:00"), time_to=T("16:00"), room="12", by_appointment=True,
                      sign_up="тел. 0700 11 22"),
        ReceptionSlot(position=positions["deputy"], frequency=APPOINTMENT, by_appointment=True, sign_up="стая 5"),
        ReceptionSlot(position=positions["secretary"], weekday=MON),
        ReceptionSlot(position=positions["secretary"], frequency=MONTHLY, week_of_month=LAST, weekday=FRI,
                      time_from=T("09:00"), time_to=T("11:00")),
    ], slug="test-priemni-mesechni")
    page.office_hours = json.dumps([office_hours_value("cashier", "Каса", "понеделник – петък", "8:30–16:30")])
    page.save_revision().publish()
    return page


def test_page_shows_each_pattern_and_the_holiday_it_skipped(page, client, monkeypatch):
    freeze(monkeypatch, dt.datetime(2026, 3, 1, 10, 0))  # Sunday; Tuesday 3 March is Liberation Day in Bulgaria
    html = client.get(page.url).content.decode()
    with translation.override("bg"):
        first_tuesday = gettext("first Tuesday of the month")
        last_friday = gettext("last Friday of the month")
        no_hours = gettext("Hours not published")
        appointment = gettext("By appointment: sign up at %(where)s") % {"where": "стая 5"}
    assert first_tuesday != "first Tuesday of the month"  # translated
    assert first_tuesday[0].upper() + first_tuesday[1:] + ", <time" in html
    assert last_friday[0].upper() + last_friday[1:] in html
    assert no_hours in html
    assert appointment in html and "тел. 0700 11 22" in html
    # the mayor's first Tuesday of March is a holiday: the next reception is 7 April, and the page says why
    assert 'datetime="2026-04-07T14:00"' in html and "Освобождението" in html
    assert "Каса" in html and "8:30–16:30" in html


def test_calendar_feed_has_a_monthly_rule_an_all_day_weekly_event_and_no_appointment_event(page, client, monkeypatch):
    freeze(monkeypatch, dt.datetime(2026, 3, 1, 10, 0))
    events = Calendar.from_ical(client.get(page.url + "calendar.ics").content).walk("VEVENT")
    assert len(events) == 3  # the reception by appointment only has no date
    rules = sorted(str(e.get("rrule")["BYDAY"][0]) for e in events)
    assert rules == ["-1FR", "1TU", "MO"]
    mayor = next(e for e in events if e.get("rrule")["BYDAY"] == ["1TU"])
    assert mayor.get("rrule")["FREQ"] == ["MONTHLY"]
    exdates = [d.dt.date() for ex in ([mayor["exdate"]] if not isinstance(mayor["exdate"], list) else mayor["exdate"]) for d in ex.dts]
    assert dt.date(2026, 3, 3) in exdates
    monday = next(e for e in events if e.get("rrule")["BYDAY"] == ["MO"])
    assert monday.decoded("dtstart") == dt.date(2026, 3, 2)  # all day: no hours published


def test_json_open_data_names_the_pattern(page, client, monkeypatch):
    freeze(monkeypatch, dt.datetime(2026, 3, 1, 10, 0))
    items = json.loads(client.get(page.url + "export.json").content)["items"]
    mayor = items[0]
    assert (mayor["frequency"], mayor["week_of_month"], mayor["sign_up"]) == ("monthly", 1, "тел. 0700 11 22")
    assert mayor["next_reception"] == "2026-04-07"
    deputy = items[1]
    assert deputy["frequency"] == "appointment" and deputy["time_from"] == "" and deputy["next_reception"] is None


def test_validation_of_patterns(positions):  # noqa: F811
    with pytest.raises(ValidationError) as error:
        ReceptionSlot(position=positions["mayor"], frequency=MONTHLY, weekday=TUE).clean()
    assert "week_of_month" in error.value.message_dict
    with pytest.raises(ValidationError) as error:
        ReceptionSlot(position=positions["mayor"], weekday=None).clean()
    assert "weekday" in error.value.message_dict
    with pytest.raises(ValidationError) as error:
        ReceptionSlot(position=positions["mayor"], weekday=TUE, time_from=T("10:00")).clean()
    assert "time_to" in error.value.message_dict
    appointment = ReceptionSlot(position=positions["mayor"], frequency=APPOINTMENT)
    appointment.clean()
    assert appointment.by_appointment
