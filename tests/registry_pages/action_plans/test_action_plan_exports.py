"""A plan's deadlines as iCalendar (whole plan, one owner) and its items as CSV and JSON open data."""

import csv
import datetime as dt
import io
import json

import pytest
from django.utils import translation
from django.utils.translation import gettext
from icalendar import Calendar

from registry_pages.opendata.responses import BOM
from tests.registry_pages.action_plans.support import (
    freeze,
    make_item,
    make_plan,
    make_positions,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def plan(site_root, locales, monkeypatch):
    freeze(monkeypatch, dt.date(2026, 2, 10))
    positions = make_positions(locales["bg"])
    plan = make_plan(site_root)
    make_item(plan, "1.1", "м. март", [positions["pr"], positions["secretary"]], title="Годишен отчет")
    make_item(plan, "1.2", "тримесечно", [positions["secretary"]], status="in_progress", title="Анкети")
    make_item(plan, "1.3", "постоянен", [positions["pr"]], title="Новини")
    make_item(plan, "2.1", "м. май", [positions["pr"]], status="done", completed_on=dt.date(2026, 2, 1), title="Ден")
    plan.positions = positions
    return plan


def test_plan_deadlines_feed(client, plan):
    response = client.get(plan.url + "deadlines.ics")
    assert response["Content-Type"].startswith("text/calendar")
    assert response["Content-Disposition"] == 'attachment; filename="test-plan-deadlines-bg.ics"'
    cal = Calendar.from_ical(response.content)
    events = {str(e["summary"]): e for e in cal.walk("VEVENT")}
    # permanent and done items have no deadline to put in a calendar
    assert len(events) == 2
    with translation.override("bg"):
        summary = gettext("Deadline %(number)s: %(title)s") % {"number": "1.1", "title": "Годишен отчет"}
    report = events[summary]
    assert report.decoded("dtstart") == dt.date(2026, 3, 31)
    assert "м. март" in str(report["description"]) and "Секретар" in str(report["description"])
    assert str(report["url"]).endswith(plan.url + "t-1-1/")
    quarterly = next(e for s, e in events.items() if "1.2" in s)
    assert quarterly.decoded("dtstart") == dt.date(2026, 3, 31)
    again = Calendar.from_ical(client.get(plan.url + "deadlines.ics").content)
    assert sorted(str(e["uid"]) for e in again.walk("VEVENT")) == sorted(str(e["uid"]) for e in events.values())


def test_owner_deadlines_feed(client, plan):
    pr = plan.positions["pr"]
    cal = Calendar.from_ical(client.get(f"{plan.url}deadlines/{pr.pk}.ics").content)
    assert [str(e["summary"]).split(":")[0][-3:] for e in cal.walk("VEVENT")] == ["1.1"]
    assert pr.title in str(cal["x-wr-calname"])
    query = Calendar.from_ical(client.get(f"{plan.url}deadlines.ics?owner={plan.positions['secretary'].pk}").content)
    assert len(query.walk("VEVENT")) == 2
    assert client.get(f"{plan.url}deadlines/{plan.positions['directors'].pk}.ics").status_code == 404


def test_csv_and_json_open_data(client, plan):
    response = client.get(plan.url + "export.csv")
    assert response["Content-Disposition"] == 'attachment; filename="test-plan-bg.csv"'
    text = response.content.decode("utf-8")
    assert text.startswith(BOM)
    rows = list(csv.reader(io.StringIO(text[1:])))
    with translation.override("bg"):
        number, done = gettext("No."), gettext("Done")
    assert rows[0][0] == number and len(rows) == 5
    first = rows[1]
    assert first[:3] == ["1.1", "1", "Текст на задача 1.1"]
    assert first[3] == "Експерт „Връзки с обществеността“; Секретар" and first[4:6] == ["м. март", "2026-03-31"]
    assert rows[4][6] == done and rows[4][7] == "2026-02-01"
    assert rows[3][5] == ""  # permanent: no due date
    payload = json.loads(client.get(plan.url + "export.json").content)
    assert payload["language"] == "bg" and payload["period"] == "2026" and len(payload["items"]) == 4
    assert [t["number"] for t in payload["themes"]] == ["1", "2"]
    item = payload["items"][0]
    assert item["owners"] == ["Експерт „Връзки с обществеността“", "Секретар"]
    assert item["deadline"] == "м. март" and item["due_date"] == "2026-03-31" and item["status"] == "planned"
    assert payload["items"][2]["deadline_kind"] == "permanent" and payload["items"][2]["due_date"] is None
