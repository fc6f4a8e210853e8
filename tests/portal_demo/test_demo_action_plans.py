"""The demo action plan: six themes, eighteen items, four languages, every deadline read."""

import datetime as dt
import re

import pytest

from portal_demo.content import action_plan_texts as texts
from registry_pages.models import ActionItemPage, ActionPlanPage
from tests.demo_mark import needs_demo
from tests.registry_pages.action_plans.support import freeze

pytestmark = [
    pytest.mark.django_db,
    needs_demo,
]


def _demo_plans():
    """The demo plan in every language (translations have slugs of their own)."""
    source = ActionPlanPage.objects.get(slug="plan-za-deystvie-2026", locale__language_code="bg")
    return ActionPlanPage.objects.live().filter(translation_key=source.translation_key).select_related("locale")


def test_demo_plan_in_four_languages():
    plans = _demo_plans()
    assert sorted(p.locale.language_code for p in plans) == ["bg", "en", "pl", "uk"]
    for plan in plans:
        items = ActionItemPage.objects.child_of(plan).live()
        assert items.count() == len(texts.ITEMS) == 18
        assert plan.themes.count() == 6
        assert not items.filter(deadline_kind="unrecognised").exists(), plan.locale
        code = plan.locale.language_code
        for item in items:
            assert {o.position.locale.language_code for o in item.owners.all()} == {code}
        assert set(items.values_list("status", flat=True)) == {"planned", "in_progress", "done", "cancelled"}


def test_demo_plan_page_shows_done_in_progress_and_overdue(client, monkeypatch):
    freeze(monkeypatch, dt.date(2026, 8, 3))
    plan = _demo_plans().get(locale__language_code="pl")
    html = client.get(plan.url).content.decode()
    assert '<html lang="pl">' in html and "Otwarte zarządzanie i informacja publiczna" in html
    for badge in ("done", "progress", "overdue"):
        assert f'class="badge badge--{badge}"' in html
    # 2.1 (February) and 3.3 (July) are still planned: overdue in August
    overdue = re.findall(r'>([\d.]+)</a></th>(?:(?!</tr>).)*badge--overdue', html, re.S)
    assert overdue == ["2.1", "3.3"]
    assert "Specjalista ds. promocji i komunikacji" in html
