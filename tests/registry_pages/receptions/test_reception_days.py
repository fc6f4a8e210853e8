"""Reception days page: rows grouped by official, next reception, downloads."""

import csv
import datetime as dt
import io
import json
import re
from zoneinfo import ZoneInfo

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from django.utils.dates import WEEKDAYS
from django.utils.translation import gettext
from icalendar import Calendar
from wagtail.models import Page, Site

from registry_pages.models import (
    Department,
    EthicsCodeIndexPage,
    MunicipalitySettings,
    Position,
    ReceptionDaysPage,
    ReceptionSlot,
)
from registry_pages.opendata.responses import BOM
from registry_pages.receptions import models as reception_module
from tests.registry_pages.support import translate_ancestors

pytestmark = pytest.mark.django_db
MON, TUE, WED, THU, FRI = range(5)
T = dt.time.fromisoformat


def freeze(monkeypatch, when: dt.datetime):
    aware = when.replace(tzinfo=ZoneInfo(settings.TIME_ZONE))
    monkeypatch.setattr(reception_module, "local_now", lambda: aware)


@pytest.fixture
def parent(site_root):
    """A fresh section under the site's root (the demo, when loaded, already fills the home page)."""
    return site_root.add_child(instance=Page(title="Раздел", slug="test-razdel"))


@pytest.fixture
def positions(locales):
    bg = locales["bg"]
    hall = Department.objects.create(name="Дирекция АПО", address="пл. Съединение 1", locale=bg)
    make = lambda title, holder: Position.objects.create(title=title, holder_name=holder, department=hall, locale=bg)  # noqa: E731
    return {
        "mayor": make("Кмет", "Елена Димитрова"),
        "deputy": make("Заместник-кмет", "Николай Стоянов"),
        "secretary": make("Секретар", "Георги Иванов"),
    }


def slot(position, weekday, start, end, **extra):
    return ReceptionSlot(position=position, weekday=weekday, time_from=T(start), time_to=T(end), **extra)


def make_page(parent, slots, slug="test-priemni-dni"):
    page = ReceptionDaysPage(title="Приемни дни", slug=slug, intro="<p>Запишете се на телефон 600.</p>")
    page.slots = slots
    parent.add_child(instance=page)
    page.save_revision().publish()
    return ReceptionDaysPage.objects.get(pk=page.pk)


@pytest.fixture
def page(site_root, positions):
    """Directly under the home page, as in a real site."""
    return make_page(site_root, [
        slot(positions["mayor"], FRI, "13:00", "16:00", room="315", by_appointment=True, note="Тел. 600 10"),
        slot(positions["deputy"], TUE, "08:30", "12:00", room="402"),
        slot(positions["deputy"], FRI, "13:00", "17:30", room="402", official_name="Н. Стоянов"),
        slot(positions["secretary"], MON, "13:00", "17:30", room="316"),
        slot(positions["secretary"], WED, "08:30", "12:00", room="316"),
    ])


# --- where it may be created, validation ---------------------------------------------


def test_creatable_under_a_section_not_inside_registers(parent, positions):
    assert ReceptionDaysPage.can_create_at(parent)
    page = make_page(parent, [])
    assert not ReceptionDaysPage.can_create_at(parent)  # one per parent
    assert not ReceptionDaysPage.can_create_at(page)
    index = EthicsCodeIndexPage(title="Кодекси", slug="kodeksi")
    parent.add_child(instance=index)
    assert not ReceptionDaysPage.can_create_at(index)


def test_a_reception_must_end_after_it_starts(positions):
    bad = slot(positions["mayor"], FRI, "16:00", "13:00")
    with pytest.raises(ValidationError) as error:
        bad.clean()
    assert "time_to" in error.value.message_dict


def test_admin_can_open_the_create_form(client, parent):
    client.force_login(get_user_model().objects.create_superuser("t_admin", "a@example.org", "pw"))
    url = f"/admin/pages/add/registry_pages/receptiondayspage/{parent.pk}/"
    response = client.get(url)
    assert response.status_code == 200
    assert "slots-TOTAL_FORMS" in response.content.decode()


# --- grouping and next reception --------------------------------------------------------


def test_rows_grouped_by_official_with_name_fallback(page):
    groups = page.groups()
    assert [(g.position.title, g.official, len(g.slots)) for g in groups] == [
        ("Кмет", "Елена Димитрова", 1),
        ("Заместник-кмет", "Николай Стоянов", 1),
        ("Заместник-кмет", "Н. Стоянов", 1),
        ("Секретар", "Георги Иванов", 2),
    ]


def test_next_reception_skips_liberation_day(page, client, monkeypatch):
    freeze(monkeypatch, dt.datetime(2026, 3, 2, 9, 0))  # Monday; Tuesday 3 March is a holiday in Bulgaria
    deputy = page.groups(dt.date(2026, 3, 2), T("09:00"), "BG")[1]
    assert deputy.next.day == dt.date(2026, 3, 10)
    html = client.get(page.url).content.decode()
    assert '<time datetime="2026-03-10T08:30">' in html
    holiday = re.search(r'<p class="reception-holiday">(.*?)</p>', html, re.S).group(1)
    assert "3 март" in holiday.lower() and "10 март" in holiday.lower() and "Освобождението" in holiday
    # the same Tuesday in Poland is an ordinary working day
    setting = MunicipalitySettings.for_site(Site.objects.get(is_default_site=True))
    setting.country = "PL"
    setting.save()
    html = client.get(page.url).content.decode()
    assert '<time datetime="2026-03-03T08:30">' in html
    assert "reception-holiday" not in html


def test_todays_slot_counts_until_it_ends(page, client, monkeypatch):
    freeze(monkeypatch, dt.datetime(2026, 3, 4, 11, 0))  # Wednesday, secretary 8:30–12:00
    html = client.get(page.url).content.decode()
    today = re.search(r'<time datetime="2026-03-04T08:30">.*?</time> <strong>\((.+?)\)</strong>', html)
    assert today, "today's reception is marked as today"
    freeze(monkeypatch, dt.datetime(2026, 3, 4, 12, 30))
    html = client.get(page.url).content.decode()
    assert '<time datetime="2026-03-09T13:00">' in html  # Monday afternoon comes next
    assert "2026-03-04T" not in html


# --- rendering ----------------------------------------------------------------------


def test_every_field_renders_in_an_accessible_table(page, client, monkeypatch):
    freeze(monkeypatch, dt.datetime(2026, 3, 2, 9, 0))
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<caption>" in html and '<th scope="col">' in html
    assert html.count('<tbody class="reception-group">') == 4
    assert '<th scope="rowgroup" rowspan="2">Секретар' in html
    with translation.override("bg"):
        yes = gettext("Yes, book in advance")
    for text in ("Кмет", "Елена Димитрова", "Н. Стоянов", "315", "402", "Тел. 600 10", "Запишете се на телефон 600.",
                 "Дирекция АПО", yes, "13:00", "17:30"):
        assert text in html, text
    assert "петък" in html and "вторник" in html  # weekdays in the page's language
    for route in ("calendar.ics", "export.csv", "export.json"):
        assert f'href="{page.url}{route}"' in html
    assert "css/receptions.css" in html


def _count(client, url):
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


def test_query_count_does_not_grow_with_rows(site_root, positions, client, django_assert_max_num_queries):
    small = make_page(site_root, [slot(positions["mayor"], FRI, "13:00", "16:00")], slug="test-malko")
    rows = [slot(p, day, f"1{n}:00", f"1{n}:30", room=str(day))
            for p in positions.values() for day in range(5) for n in range(3)]
    big = make_page(site_root, rows, slug="test-mnogo")
    assert big.slots.count() == 45
    _count(client, small.url)
    _count(client, big.url)  # each page's own cached part (its view count) warm too
    assert _count(client, big.url) == _count(client, small.url)
    with django_assert_max_num_queries(15):
        client.get(big.url)


def test_renders_in_a_translated_locale_with_translated_positions(page, positions, client, locales):
    pl = locales["pl"]
    for position in positions.values():
        copy = position.copy_for_translation(pl)
        copy.title = {"Кмет": "Burmistrz", "Заместник-кмет": "Zastępca burmistrza", "Секретар": "Sekretarz"}[
            position.title]
        copy.save()
    translate_ancestors(page, pl)
    translated = page.copy_for_translation(pl)
    translated.save_revision().publish()
    translated = ReceptionDaysPage.objects.get(pk=translated.pk)
    assert translated.slots.count() == 5
    html = client.get(translated.url).content.decode()
    assert '<html lang="pl">' in html
    assert "Burmistrz" in html and "Sekretarz" in html and "Кмет<" not in html


# --- downloads ----------------------------------------------------------------------


def test_icalendar_feed_has_weekly_events_with_holiday_exdates(page, client, monkeypatch):
    freeze(monkeypatch, dt.datetime(2026, 2, 20, 9, 0))
    response = client.get(page.url + "calendar.ics")
    assert response["Content-Type"].startswith("text/calendar")
    cal = Calendar.from_ical(response.content)
    events = cal.walk("VEVENT")
    assert len(events) == 5
    tuesday = next(e for e in events if e.get("rrule")["BYDAY"] == ["TU"])
    assert tuesday.get("rrule")["FREQ"] == ["WEEKLY"]
    assert tuesday.decoded("dtstart") == dt.datetime(2026, 2, 24, 8, 30, tzinfo=ZoneInfo(settings.TIME_ZONE))
    assert tuesday["dtstart"].params["TZID"] == settings.TIME_ZONE
    exdates = [d.dt for ex in _as_list(tuesday.get("exdate")) for d in ex.dts]
    assert dt.datetime(2026, 3, 3, 8, 30, tzinfo=ZoneInfo(settings.TIME_ZONE)) in exdates
    with translation.override("bg"):
        summary = gettext("Reception: %(position)s %(name)s") % {"position": "Заместник-кмет", "name": "Николай Стоянов"}
        by_appointment = gettext("By appointment only.")
    assert str(tuesday["summary"]) == summary
    assert "402" in str(tuesday["location"]) and "пл. Съединение 1" in str(tuesday["location"])
    mayor = next(e for e in events if "Кмет" in str(e["summary"]))
    assert by_appointment in str(mayor["description"])
    assert cal.walk("VTIMEZONE")
    # UIDs are stable from one download to the next
    again = Calendar.from_ical(client.get(page.url + "calendar.ics").content)
    assert sorted(str(e["uid"]) for e in events) == sorted(str(e["uid"]) for e in again.walk("VEVENT"))
    assert len({str(e["uid"]) for e in events}) == 5


def _as_list(value):
    return value if isinstance(value, list) else [value]


def test_csv_and_json_open_data(page, client, monkeypatch):
    freeze(monkeypatch, dt.datetime(2026, 3, 2, 9, 0))
    response = client.get(page.url + "export.csv")
    text = response.content.decode("utf-8")
    assert text.startswith(BOM)
    assert response["Content-Disposition"] == 'attachment; filename="test-priemni-dni-bg.csv"'
    rows = list(csv.reader(io.StringIO(text[1:])))
    with translation.override("bg"):
        position_header, tuesday = gettext("Position"), str(WEEKDAYS[TUE])
    assert rows[0][0] == position_header and len(rows) == 6
    deputy = next(r for r in rows if r[1] == "Николай Стоянов")
    assert deputy[3:7] == [tuesday, "08:30", "12:00", "402"] and deputy[-1] == "2026-03-10"
    payload = json.loads(client.get(page.url + "export.json").content)
    assert payload["language"] == "bg" and len(payload["items"]) == 5
    mayor = payload["items"][0]
    assert mayor["by_appointment"] is True and mayor["iso_weekday"] == 5 and mayor["next_reception"] == "2026-03-06"
