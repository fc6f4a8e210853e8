"""Action plan and item pages: deadlines parsed on save, overdue derived, the public listing."""

import datetime as dt
import re

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import Page, Site

from registry_pages.action_plans.listing import STATUS_LABELS
from registry_pages.core.calendar import get_calendar
from registry_pages.models import ActionItemPage, ActionPlanPage, MunicipalitySettings
from tests.registry_pages.action_plans.support import (
    freeze,
    make_item,
    make_plan,
    make_positions,
)

pytestmark = pytest.mark.django_db
BG = get_calendar("BG")


@pytest.fixture
def positions(locales):
    return make_positions(locales["bg"])


@pytest.fixture
def plan(site_root):
    return make_plan(site_root)


@pytest.fixture
def items(plan, positions):
    return {
        "1.1": make_item(plan, "1.1", "При актуализация", [positions["secretary"]]),
        "1.2": make_item(plan, "1.2", "м. март", [positions["pr"], positions["directors"]], status="in_progress"),
        "1.3": make_item(plan, "1.3", "тримесечно", [positions["pr"]], status="done", completed_on=dt.date(2026, 3, 20)),
        "2.1": make_item(plan, "2.1", "м м.юни", [positions["directors"]]),
        "2.2": make_item(plan, "2.2", "скоро", [positions["secretary"]]),
        "2.10": make_item(plan, "2.10", "", [positions["secretary"]], assigned_on=dt.date(2026, 3, 2)),
    }


# --- models ---------------------------------------------------------------------------


def test_deadline_is_parsed_on_save_in_the_plan_year(items):
    march = items["1.2"]
    assert (march.deadline_kind, march.deadline_month, march.deadline_year) == ("month", 3, 2026)
    assert items["2.1"].deadline_month == 6  # the seed's typo "м м.юни"
    assert items["1.3"].deadline_recurrence == "quarterly"
    assert items["2.2"].deadline_kind == "unrecognised" and items["2.2"].deadline_text == "скоро"
    assert items["2.10"].deadline.defaulted and items["2.10"].deadline_working_days == 7
    march.deadline_text = "до 30.04.2026"
    march.save()
    march.refresh_from_db()
    assert (march.deadline_kind, march.deadline_date, march.deadline_month) == ("date", dt.date(2026, 4, 30), None)


def test_theme_defaults_to_the_number_prefix(items):
    assert items["2.10"].theme_number == "2" and items["1.1"].theme_number == "1"


def test_next_due_dates_use_working_days(items, plan):
    today = dt.date(2026, 2, 10)
    assert items["1.2"].next_due(today, BG) == dt.date(2026, 3, 31)
    assert items["2.1"].next_due(today, BG) == dt.date(2026, 6, 30)
    # quarterly: the end of the current quarter (31 March 2026 is a Tuesday)
    assert items["1.3"].next_due(today, BG) == dt.date(2026, 3, 31)
    assert items["1.1"].next_due(today, BG) is None and items["2.2"].next_due(today, BG) is None
    # no deadline: 7 working days from the first working day after 2 March; 3 March is a holiday in Bulgaria
    assert items["2.10"].next_due(today, BG) == dt.date(2026, 3, 12)
    assert items["2.10"].next_due(today, get_calendar("PL")) == dt.date(2026, 3, 11)


def test_overdue_is_derived_never_stored(items):
    item = items["1.2"]
    assert not item.is_overdue(dt.date(2026, 3, 31), BG)  # due today: not yet overdue
    assert item.is_overdue(dt.date(2026, 4, 1), BG)
    assert item.shown_status(dt.date(2026, 4, 1), BG) == "overdue"
    assert ActionItemPage.objects.get(pk=item.pk).status == "in_progress"
    item.status = "done"
    assert not item.is_overdue(dt.date(2026, 4, 1), BG)
    item.status = "cancelled"
    assert not item.is_overdue(dt.date(2026, 4, 1), BG)
    # nothing to be late for
    assert not items["1.1"].is_overdue(dt.date(2027, 1, 1), BG)
    assert not items["2.2"].is_overdue(dt.date(2027, 1, 1), BG)


def test_plan_period_must_be_in_order(site_root):
    plan = ActionPlanPage(title="П", slug="p", period_start=2026, period_end=2025)
    with pytest.raises(ValidationError) as error:
        plan.clean()
    assert "period_end" in error.value.message_dict


def test_items_only_under_plans(site_root, plan):
    assert ActionItemPage.can_create_at(plan)
    assert not ActionItemPage.can_create_at(site_root)
    assert ActionPlanPage.can_create_at(site_root)


def test_plan_adoption_date_from_the_act(plan):
    assert plan.adopted_on == dt.date(2026, 1, 15)
    assert plan.period == "2026"


def test_admin_forms_open(client, plan, items):
    client.force_login(get_user_model().objects.create_superuser("t_admin", "a@example.org", "pw"))
    add = client.get(f"/admin/pages/add/registry_pages/actionitempage/{plan.pk}/")
    assert add.status_code == 200
    html = add.content.decode()
    assert "owners-TOTAL_FORMS" in html and "progress_reports-TOTAL_FORMS" in html
    edit = client.get(f"/admin/pages/{plan.pk}/edit/")
    assert edit.status_code == 200 and "themes-TOTAL_FORMS" in edit.content.decode()


# --- public plan page ---------------------------------------------------------------


def _html(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_plan_page_lists_items_by_theme(client, plan, items, monkeypatch):
    freeze(monkeypatch, dt.date(2026, 4, 2))
    html = _html(client, plan.url)
    assert "<h2 id=\"theme-1\">1. Прозрачност</h2>" in html and "2. Обслужване" in html
    numbers = re.findall(r'<th scope="row"><a href="[^"]+">([\d.]+)</a></th>', html)
    assert numbers == ["1.1", "1.2", "1.3", "2.1", "2.2", "2.10"]  # 2.10 after 2.2
    with translation.override("bg"):
        overdue, done, in_progress = gettext("Overdue"), gettext("Done"), gettext("In progress")
    # 1.2 was due on 31 March and is shown overdue, with the word, not a colour alone
    row = re.search(r">1\.2</a></th>(.*?)</tr>", html, re.S).group(1)
    assert "м. март" in row and '<time datetime="2026-03-31">' in row
    assert f'<span class="badge badge--overdue">{overdue}</span>' in row
    assert "Експерт „Връзки с обществеността“;<br>Директори на дирекции" in row
    assert f'<span class="badge badge--done">{done}</span>' in html
    row = re.search(r">2\.2</a></th>(.*?)</tr>", html, re.S).group(1)
    assert "скоро" in row and "datetime=" not in row
    for route in ("deadlines.ics", "export.csv", "export.json"):
        assert f'href="{plan.url}{route}"' in html
    assert "Община Белоречие" in html and "РД-01-12" in html and "Въведение към плана." in html
    assert in_progress in html


def test_progress_chart_and_its_table(client, plan, items, monkeypatch):
    freeze(monkeypatch, dt.date(2026, 4, 2))
    html = _html(client, plan.url)
    rows = re.findall(r'<li class="action-chart__row">(.*?)</li>', html, re.S)
    assert len(rows) == 2
    # each bar is named by its theme, says how many items it has and adds up to them
    theme1 = rows[0]
    assert '<span class="action-chart__label">1. Прозрачност</span>' in theme1
    assert 'role="img"' in theme1 and 'aria-label="' in theme1
    # theme 1: one of three done, one overdue (1.2), one planned; theme 2: 2.10 (7 working days from 2 March) overdue
    assert 'action-chart__bar--done" x="0.00" y="0" width="33.33"' in theme1
    assert 'action-chart__bar--overdue" x="33.33" y="0" width="33.33"' in theme1
    assert 'action-chart__bar--planned" x="66.67" y="0" width="33.33"' in theme1
    with translation.override("bg"):
        legend = [str(STATUS_LABELS[s]) for s in ("done", "in_progress", "overdue", "planned", "cancelled")]
    assert re.findall(r'aria-hidden="true"></span>([^<]+)</li>', html)[:5] == legend
    table = re.search(r'<table class="action-progress-table[^"]*">.*?</table>', html, re.S).group(0)
    counts = lambda title: re.findall(r"<td[^>]*>(\d+)</td>", re.search(rf'<th scope="row">{title}</th>(.*?)</tr>', table).group(1))
    assert counts("1. Прозрачност") == ["1", "0", "1", "1", "0", "3"]  # done, in progress, overdue, planned, cancelled, all
    assert counts("2. Обслужване") == ["0", "0", "1", "2", "0", "3"]


def test_filters_by_owner_and_status(client, plan, items, positions, monkeypatch):
    freeze(monkeypatch, dt.date(2026, 4, 2))
    html = _html(client, plan.url + f"?owner={positions['secretary'].pk}")
    numbers = re.findall(r'<th scope="row"><a href="[^"]+">([\d.]+)</a></th>', html)
    assert numbers == ["1.1", "2.2", "2.10"]
    assert f'<option value="{positions["secretary"].pk}" selected>' in html
    assert f'href="{plan.url}deadlines/{positions["secretary"].pk}.ics"' in html
    html = _html(client, plan.url + "?status=overdue")
    assert re.findall(r'<th scope="row"><a href="[^"]+">([\d.]+)</a></th>', html) == ["1.2", "2.10"]
    html = _html(client, plan.url + "?status=done")
    assert re.findall(r'<th scope="row"><a href="[^"]+">([\d.]+)</a></th>', html) == ["1.3"]
    assert "2. Обслужване</h2>" not in html  # themes without matching items are left out
    html = _html(client, plan.url + f"?status=done&owner={positions['directors'].pk}")
    with translation.override("bg"):
        assert gettext("No items match the filter.") in html
    # the form works without JavaScript: a GET form with labelled selects
    assert 'method="get"' in html and '<label for="filter-owner">' in html and '<label for="filter-status">' in html


def test_drafts_are_not_listed(client, plan, items, positions):
    make_item(plan, "2.3", "януари", [positions["pr"]], live=False, slug="t-draft")
    html = _html(client, plan.url)
    assert ">2.3</a>" not in html


def test_item_page_renders_every_field(client, plan, items, positions, monkeypatch):
    freeze(monkeypatch, dt.date(2026, 2, 2))
    item = make_item(
        plan, "1.4", "м. март", [positions["pr"], positions["secretary"]], status="in_progress",
        assigned_on=dt.date(2026, 1, 20), slug="t-full",
        reports=[(dt.date(2026, 1, 28), "Подготвена е програма.", {"link": "https://example.org/programa"})],
    )
    html = _html(client, item.url)
    for text in ("1.4", "Текст на задача 1.4", "м. март", '<time datetime="2026-03-31">', "Подготвена е програма.",
                 'href="https://example.org/programa"', "Георги Иванов", "1. Прозрачност",
                 "План за прозрачно управление", '<time datetime="2026-01-20">'):
        assert text in html, text
    owners = re.search(r'<ol class="action-owners">(.*?)</ol>', html, re.S).group(1)
    assert owners.index("Експерт") < owners.index("Секретар")
    with translation.override("bg"):
        assert gettext("organises the work") in owners


def _count(client, url):
    client.get(url)  # warm what every page shares (site root paths, the cached layout)
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


def test_plan_page_queries_stay_bounded_for_100_items(client, site_root, positions, django_assert_max_num_queries):
    small = make_plan(site_root, slug="test-small")
    make_item(small, "1.1", "м. март", [positions["pr"]], slug="s-1")
    big = make_plan(site_root, slug="test-big", themes=[(str(n), f"Тема {n}") for n in range(1, 11)])
    owners = list(positions.values())
    for n in range(100):
        make_item(big, f"{n // 10 + 1}.{n % 10 + 1}", ["м. март", "тримесечно", "постоянен", ""][n % 4],
                  owners[n % 3: n % 3 + 2], status=["planned", "in_progress", "done"][n % 3], slug=f"b-{n}")
    assert ActionItemPage.objects.child_of(big).live().count() == 100
    assert _count(client, big.url) == _count(client, small.url)
    with django_assert_max_num_queries(15):
        html = _html(client, big.url)
    assert html.count('<th scope="row"><a href=') == 100


def test_plan_page_counts_the_countrys_working_days(client, plan, positions, monkeypatch):
    # no deadline, set on Monday 2 March 2026: 7 working days; 3 March is a holiday only in Bulgaria
    make_item(plan, "1.1", "", [positions["pr"]], assigned_on=dt.date(2026, 3, 2))
    freeze(monkeypatch, dt.date(2026, 3, 5))
    assert '<time datetime="2026-03-12">' in _html(client, plan.url)
    setting = MunicipalitySettings.for_site(Site.objects.get(is_default_site=True))
    setting.country = "PL"
    setting.save()
    html = _html(client, plan.url)
    assert '<time datetime="2026-03-11">' in html and '<time datetime="2026-03-12">' not in html


def test_item_page_queries_are_bounded(client, plan, positions, django_assert_max_num_queries):
    item = make_item(plan, "1.9", "м. март", list(positions.values()), slug="t-many",
                     reports=[(dt.date(2026, 1, d), f"Отчет {d}", {}) for d in range(1, 21)])
    client.get(item.url)  # warm what every page shares
    with django_assert_max_num_queries(15):
        html = _html(client, item.url)
    assert html.count("Отчет ") == 20


def test_plan_is_found_by_search(plan, items):
    found = ActionItemPage.objects.live().search("Текст")
    assert {p.pk for p in found} >= {items["1.1"].pk}
    assert Page.objects.filter(pk=plan.pk).exists()


def test_a_deadline_is_shown_as_written_and_its_reading_only_when_it_adds_something(client, plan, positions):
    make_item(plan, "3.1", "постоянен", [positions["pr"]], slug="t-permanent")
    make_item(plan, "3.2", "до приключване на проекта", [positions["pr"]], slug="t-schedule")
    html = _html(client, plan.url)
    with translation.override("bg"):
        permanent = gettext("Permanent").lower()
    assert "постоянен" in html and f"({permanent})" not in html
    cell = re.search(r">3\.2</a></th>.*?</tr>", html, re.S).group(0)
    assert "до приключване на проекта" in cell
