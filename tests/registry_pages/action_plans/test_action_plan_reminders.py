"""send_deadline_reminders: owners hear about items due soon, the secretary about overdue ones, once each."""

import datetime as dt
import io

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import translation
from django.utils.translation import gettext

from registry_pages.models import DeadlineReminder, PositionHolder
from tests.registry_pages.action_plans.support import (
    freeze,
    make_item,
    make_plan,
    make_positions,
)
from tests.registry_pages.workflow.support import user_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def setup(site_root, locales, monkeypatch):
    freeze(monkeypatch, dt.date(2026, 3, 25))
    positions = make_positions(locales["bg"])
    plan = make_plan(site_root)
    items = {
        "late": make_item(plan, "1.1", "м. февруари", [positions["pr"]], title="Просрочена"),          # 27 Feb
        "soon": make_item(plan, "1.2", "м. март", [positions["pr"], positions["directors"]], title="Скоро"),  # 31 Mar
        "later": make_item(plan, "1.3", "м. юни", [positions["pr"]], title="По-късно"),
        "done": make_item(plan, "1.4", "м. март", [positions["pr"]], status="done", title="Свършена"),
        "held": make_item(plan, "1.5", "м. март", [positions["directors"]], title="Директорска"),
    }
    director = user_in("PR experts", "t_director")
    PositionHolder.objects.create(position=positions["directors"], user=director)
    secretary = user_in("Secretaries", "t_secretary_r")
    return positions, items, director, secretary


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    call_command("send_deadline_reminders", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def _to(address):
    return [m for m in mail.outbox if address in m.to]


def test_owners_and_secretary_are_reminded_once(setup):
    positions, items, director, secretary = setup
    mail.outbox.clear()
    run("--days", "7")
    # the PR expert's own address: 1.2 due on 31 March; 1.3 (June) and the done item are left out
    pr_mail = _to("pr@example.org")
    assert len(pr_mail) == 1 and "1.2 Скоро" in pr_mail[0].body and "1.3" not in pr_mail[0].body
    assert "1.4" not in pr_mail[0].body
    # the directors have no address: their holder is written to
    director_mail = _to(director.email)
    assert len(director_mail) == 1 and "1.2 Скоро" in director_mail[0].body and "1.5 Директорска" in director_mail[0].body
    # the secretary hears about the overdue item
    secretary_mail = _to(secretary.email)
    assert len(secretary_mail) == 1 and "1.1 Просрочена" in secretary_mail[0].body
    with translation.override("bg"):
        prefix = gettext("Overdue action items: %(count)d").split("%")[0]
    assert secretary_mail[0].subject.startswith(prefix)  # (the demo plan has an overdue item too)
    assert f"/admin/pages/{items['late'].pk}/edit/" in secretary_mail[0].body
    assert DeadlineReminder.objects.filter(item=items["late"], kind="overdue", due_date=dt.date(2026, 2, 27)).exists()
    # a second run (cron, next hour) sends nothing
    mail.outbox.clear()
    out, _err = run("--days", "7")
    assert mail.outbox == []
    assert DeadlineReminder.objects.filter(item__in=items.values()).count() == 3


def test_days_widen_the_window_and_dry_run_sends_nothing(setup):
    mail.outbox.clear()
    run("--days", "100", "--dry-run")
    assert mail.outbox == [] and not DeadlineReminder.objects.exists()
    run("--days", "100")
    assert any("1.3 По-късно" in m.body for m in _to("pr@example.org"))


def test_an_owner_without_any_address_is_reported_not_recorded(setup, locales, site_root):
    positions, items, director, secretary = setup
    PositionHolder.objects.filter(position=positions["directors"]).delete()
    _out, err = run("--days", "7")
    assert "1.5" in err
    assert not DeadlineReminder.objects.filter(item=items["held"]).exists()
