"""Action items in the admin: the dashboard panel per role, the report and its exports, the monthly summary."""

import csv
import datetime as dt
import io
import re

import openpyxl
import pytest
from django.urls import reverse
from django.utils import formats

from registry_pages.action_plans.items import OVERDUE
from registry_pages.action_plans.listing import STATUS_LABELS
from registry_pages.models import ActionItemPage, PositionHolder
from tests.demo_mark import needs_demo
from tests.registry_pages.action_plans.support import (
    freeze,
    make_item,
    make_plan,
    make_positions,
)
from tests.registry_pages.workflow.support import superuser, user_in

pytestmark = pytest.mark.django_db
TODAY = dt.date(2026, 3, 25)


@pytest.fixture
def positions(locales):
    return make_positions(locales["bg"])


@pytest.fixture
def plan(site_root, positions, monkeypatch):
    freeze(monkeypatch, TODAY)
    plan = make_plan(site_root)
    make_item(plan, "1.1", "м. февруари", [positions["pr"]], title="Просрочена задача")           # due 27 Feb: overdue
    make_item(plan, "1.2", "м. март", [positions["secretary"], positions["pr"]], title="Задача до края на март")
    make_item(plan, "1.3", "м. юни", [positions["pr"]], title="Юнска задача")                      # not yet due
    make_item(plan, "1.4", "м. март", [positions["pr"]], status="done", completed_on=dt.date(2026, 3, 10),
              title="Свършена задача")
    make_item(plan, "2.1", "постоянен", [positions["directors"]], title="Постоянна задача")
    make_item(plan, "2.2", "м. януари", [positions["directors"]], live=False, title="Чернова просрочена")  # a draft
    return plan


def _panel(client, user):
    client.force_login(user)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    start = html.find('id="registry-action-items-due')
    assert start != -1
    return html[start:html.find("</section>", start)]


def test_panel_shows_the_items_of_the_positions_the_user_holds(client, plan, positions):
    pr_user = user_in("PR experts", "t_pr")
    PositionHolder.objects.create(position=positions["pr"], user=pr_user)
    panel = _panel(client, pr_user)
    assert "Просрочена задача" in panel and "Задача до края на март" in panel
    assert "Юнска задача" not in panel  # due in June, beyond 14 days
    assert "Свършена задача" not in panel and "Постоянна задача" not in panel
    assert "Чернова просрочена" not in panel  # owned by the directors
    assert panel.index("Просрочена задача") < panel.index("Задача до края на март")  # earliest first


def test_panel_shows_everything_for_secretaries_and_mayors(client, plan):
    for group, name in (("Secretaries", "t_sec"), ("Mayors", "t_mayor")):
        panel = _panel(client, user_in(group, name))
        for title in ("Просрочена задача", "Задача до края на март", "Чернова просрочена"):
            assert title in panel, (group, title)
        assert "Юнска задача" not in panel


def test_panel_is_empty_for_a_user_without_positions(client, plan):
    panel = _panel(client, user_in("PR experts", "t_nobody"))
    assert "Просрочена задача" not in panel and "Задача до края на март" not in panel


def _report(client, **params):
    from django.contrib.auth import get_user_model

    admin = get_user_model().objects.filter(username="t_admin").first() or superuser()
    client.force_login(admin)
    return client.get(reverse("registry_pages_action_plans:report"), params)


def test_report_lists_and_filters_items(client, plan, positions):
    html = _report(client).content.decode()
    for title in ("Просрочена задача", "Задача до края на март", "Юнска задача", "Свършена задача"):
        assert title in html, title
    assert "Чернова просрочена" not in html  # a draft item is not a public commitment yet
    html = _report(client, status="overdue").content.decode()
    assert "Просрочена задача" in html and "Чернова просрочена" not in html and "Юнска задача" not in html
    html = _report(client, owner=positions["secretary"].pk).content.decode()
    assert "Задача до края на март" in html and "Просрочена задача" not in html
    html = _report(client, due_from="2026-03-01", due_to="2026-03-31").content.decode()
    assert "Задача до края на март" in html and "Свършена задача" in html
    assert "Юнска задача" not in html and "Просрочена задача" not in html and "Постоянна задача" not in html
    html = _report(client, plan=plan.pk, status="done").content.decode()
    assert "Свършена задача" in html and "Юнска задача" not in html


def _row_cells(html, title):
    """The text of each cell of the report's table row that names `title`."""
    row = next(r for r in html.split("<tr") if title in r)
    cells = re.findall(r"<td[^>]*>(.*?)</td>", row, flags=re.S)
    return [" ".join(re.sub(r"<[^>]+>", " ", cell).split()) for cell in cells]


def test_report_shows_plan_owners_due_date_and_status_on_screen(client, plan, positions):
    html = _report(client).content.decode()
    cells = _row_cells(html, "Задача до края на март")
    assert cells[0] == "1.2"
    assert plan.title in cells  # the plan
    assert "Секретар; Експерт „Връзки с обществеността“" in cells  # the owners, in the plan's order
    assert "м. март" in cells
    assert formats.date_format(dt.date(2026, 3, 31), "SHORT_DATE_FORMAT") in cells  # the due date, not "ago"
    assert str(STATUS_LABELS["planned"]) in cells
    assert str(STATUS_LABELS[OVERDUE]) in _row_cells(html, "Просрочена задача")
    assert all(c for c in cells), cells  # no empty column


def test_report_exports_csv_and_xlsx(client, plan):
    response = _report(client, export="csv", status="overdue", plan=plan.pk)
    content = b"".join(response.streaming_content)
    assert content.startswith(b"\xef\xbb\xbf")  # Excel reads it as UTF-8
    rows = list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))
    header, body = rows[0], sorted(rows[1:])
    assert len(header) == 12 and len(body) == 1  # the overdue draft is not listed (with indicator, method, funding)
    first = dict(zip(header, body[0]))
    assert list(first.values())[1:3] == ["1.1", "Просрочена задача"]
    assert "м. февруари" in body[0] and "2026-02-27" in body[0] and "Експерт „Връзки с обществеността“" in body[0]
    response = _report(client, export="xlsx", plan=plan.pk)
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    values = list(sheet.iter_rows(values_only=True))
    assert len(values) == 1 + ActionItemPage.objects.child_of(plan).live().count() == 6
    june = next(row for row in values if row[1] == "1.3")
    assert june[2] == "Юнска задача" and june[5] == "м. юни"
    assert june[6] in (dt.date(2026, 6, 30), dt.datetime(2026, 6, 30))


@needs_demo
def test_monthly_summary(client, plan):
    client.force_login(superuser())
    html = client.get(reverse("registry_pages_action_plans:monthly"), {"month": "2026-03"}).content.decode()
    overdue = html[html.index("Overdue items") if "Overdue items" in html else 0:]
    assert "Просрочена задача" in html and "Свършена задача" in html
    closed_section = html.split("<h2>")[-1]
    assert "Свършена задача" in closed_section and "Просрочена задача" not in closed_section
    assert "Юнска задача" not in overdue.split("<h2>")[1]
    # the PR expert organises 1.1, 1.3 and 1.4: three items, one overdue, one closed in March
    # (the demo's PR expert has a position of the same title: a row of its own)
    rows = [r.replace("\n", "") for r in html.split("<tr>") if '<th scope="row">Експерт „Връзки с обществеността“' in r]
    assert len(rows) == 2 and any("<td>3</td><td>2</td><td>1</td><td>1</td>" in r for r in rows)


def test_reports_are_in_the_reports_menu(client, plan):
    client.force_login(superuser())
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("registry_pages_action_plans:report") in html
    assert reverse("registry_pages_action_plans:monthly") in html
