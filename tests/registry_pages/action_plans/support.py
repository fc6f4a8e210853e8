"""Helpers for the action-plan tests: a plan with themes, items, owners."""

import datetime as dt
import json

from registry_pages.action_plans import listing
from registry_pages.models import (
    ActionItemOwner,
    ActionItemPage,
    ActionItemProgress,
    ActionPlanPage,
    ActionPlanTheme,
    Department,
    Position,
)


def freeze(monkeypatch, day: dt.date):
    monkeypatch.setattr(listing, "today", lambda: day)


def make_positions(locale):
    hall = Department.objects.create(name="Дирекция АПО", address="пл. Съединение 1", locale=locale)
    make = lambda title, **kw: Position.objects.create(title=title, department=hall, locale=locale, **kw)  # noqa: E731
    return {
        "secretary": make("Секретар", holder_name="Георги Иванов", email="secretary@example.org"),
        "pr": make("Експерт „Връзки с обществеността“", email="pr@example.org"),
        "directors": make("Директори на дирекции"),
    }


def act(number="РД-01-12", date=dt.date(2026, 1, 15), issuer="Кмет на общината"):
    return json.dumps([{"type": "act", "value": {
        "title": "Заповед", "number": number, "date": date.isoformat(), "issuer": issuer, "url": "",
    }}])


def make_plan(parent, themes=(("1", "Прозрачност"), ("2", "Обслужване")), slug="test-plan", year=2026, live=True):
    plan = ActionPlanPage(
        title="План за прозрачно управление", slug=slug, period_start=year, period_end=year,
        adopting_act=act(), owning_body="Община Белоречие", intro="<p>Въведение към плана.</p>",
    )
    plan.themes = [ActionPlanTheme(number=n, title=t) for n, t in themes]
    parent.add_child(instance=plan)
    if live:
        plan.save_revision().publish()
    return ActionPlanPage.objects.get(pk=plan.pk)


def make_item(plan, number, deadline="", owners=(), status="planned", live=True, reports=(), **fields):
    item = ActionItemPage(
        title=fields.pop("title", f"Задача {number}"), slug=fields.pop("slug", "t-" + number.replace(".", "-")),
        number=number, task=fields.pop("task", f"Текст на задача {number}"), deadline_text=deadline,
        status=status, live=live, **fields,
    )
    item.owners = [ActionItemOwner(position=p) for p in owners]
    item.progress_reports = [ActionItemProgress(date=d, text=t, **extra) for d, t, extra in reports]
    plan.add_child(instance=item)
    if live:
        item.save_revision().publish()
    return ActionItemPage.objects.get(pk=item.pk)
