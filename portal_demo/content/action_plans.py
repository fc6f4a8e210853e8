"""Demo action plan of Belorechie for 2026: six themes, eighteen items in four languages.

Owners are the directory's positions (`directory.py`); some items are done,
some in progress, some planned with a deadline that has passed (the page
shows them overdue), one cancelled; a few have progress reports. Created in
Bulgarian, published, then translated through wagtail-localize. Idempotent.
"""

import datetime
import json

from wagtail.models import Locale

from portal_demo.content import action_plan_texts as texts
from portal_demo.content.directory import department, position
from portal_demo.content.text import TARGET_LANGUAGES
from portal_demo.content.translate import translate_all
from registry_pages.models import (
    ActionItemOwner,
    ActionItemPage,
    ActionItemProgress,
    ActionPlanPage,
    ActionPlanTheme,
)

SLUG = "plan-za-deystvie-2026"
ADOPTED_ON = datetime.date(2026, 1, 12)


def _missing(page):
    return [c for c in TARGET_LANGUAGES if not page.has_translation(Locale.objects.get(language_code=c))]


def _date(text):
    return datetime.date.fromisoformat(text) if text else None


def _plan(home) -> ActionPlanPage:
    plan = ActionPlanPage.objects.child_of(home).filter(slug=SLUG).first()
    if plan is None:
        act = [{"type": "act", "value": {"title": texts.ACT_TITLE.bg, "number": "РД-09-14", "date": ADOPTED_ON.isoformat(),
                                         "issuer": texts.ACT_ISSUER.bg, "url": ""}}]
        plan = ActionPlanPage(
            title=texts.TITLE.bg, slug=SLUG, period_start=2026, period_end=2026, adopting_act=json.dumps(act),
            owning_body=texts.OWNING_BODY.bg, intro=texts.INTRO.bg, show_in_menus=True,
            responsible_department=department("administration"), contact_position=position("secretary"),
            last_reviewed=datetime.date(2026, 10, 1),
        )
        plan.themes = [ActionPlanTheme(number=number, title=title.bg) for number, title in texts.THEMES]
        home.add_child(instance=plan)
        plan.save_revision().publish()
    if missing := _missing(plan):
        strings = [texts.TITLE, texts.INTRO, texts.OWNING_BODY, texts.ACT_TITLE, texts.ACT_ISSUER]
        strings += [title for _number, title in texts.THEMES]
        translate_all(ActionPlanPage.objects.get(pk=plan.pk), strings, missing)
    return plan


def _item(plan, number, title, task, deadline, owners, status, completed, reports) -> ActionItemPage:
    slug = "zadacha-" + number.replace(".", "-")
    item = ActionItemPage.objects.child_of(plan).filter(slug=slug).first()
    if item is None:
        item = ActionItemPage(
            title=title.bg, slug=slug, number=number, task=task.bg, deadline_text=deadline.bg, status=status,
            completed_on=_date(completed), assigned_on=ADOPTED_ON,
        )
        item.owners = [ActionItemOwner(position=position(key)) for key in owners]
        item.progress_reports = [ActionItemProgress(date=_date(day), text=text.bg) for day, text in reports]
        plan.add_child(instance=item)
        item.save_revision().publish()
    if missing := _missing(item):
        strings = [title, task, deadline, *[text for _day, text in reports]]
        translate_all(ActionItemPage.objects.get(pk=item.pk), strings, missing)
    return item


def load(home, log=print) -> dict[str, int]:
    plan = _plan(home)
    for row in texts.ITEMS:
        _item(plan, *row)
    log(f"  action plan: {len(texts.THEMES)} themes, {len(texts.ITEMS)} items, in four languages")
    return {
        "action plans": ActionPlanPage.objects.live().count(),
        "action items": ActionItemPage.objects.live().count(),
    }
