"""In Chromium, the PR expert imports an action plan kept as a Polish Word table, with the admin in Polish:
the preview lists every item with its owners and the day each deadline falls due, the owners the portal
does not know are proposed and their items flagged, and confirming creates the plan and its items as drafts."""

import io

from django.contrib.auth import get_user_model
from django.utils import translation as i18n
from django.utils.translation import gettext
from wagtail.models import Locale, Page
from wagtail.users.models import UserProfile

from registry_pages.models import ActionItemPage, ActionPlanPage
from tests.admin_english import english_in
from tests.registry_pages.action_plans.real_plans import (
    POLISH_ROWS,
    POLISH_TITLE,
    polish_docx,
)

from .test_admin_language import RENDERED_TEXTS
from .test_publication_path import log_in


def _pl(message):
    with i18n.override("pl"):
        return gettext(message)


def _no_english(page, screen):
    page.wait_for_load_state("networkidle")
    assert english_in(page.evaluate(RENDERED_TEXTS), "pl") == [], f"English on the {screen} screen"


def test_the_pr_expert_imports_a_polish_plan_table_and_reads_each_deadline_as_a_date(page, tmp_path):
    expert = get_user_model().objects.get(username="pr_expert")
    profile = UserProfile.get_for_user(expert)
    profile.preferred_language = "pl"
    profile.save()
    home = Page.objects.get(depth=2, locale=Locale.objects.get(language_code="pl"))
    before = ActionPlanPage.objects.count()
    data = polish_docx(tmp_path / "plan.docx").read_bytes()

    log_in(page, "pr_expert")
    page.get_by_role("link", name=_pl("Import"), exact=True).first.click()
    page.wait_for_url("**/admin/import/")
    page.set_input_files("input[name=file]", files=[{
        "name": "plan-dostepnosci-2020-2021.docx", "buffer": io.BytesIO(data).getvalue(),
        "mimeType": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}])
    page.select_option("select[name=type_name]", "action_plan")
    page.select_option("select[name=parent]", str(home.pk))
    page.select_option("select[name=language]", "pl")
    page.get_by_role("button", name=_pl("Read the file")).click()
    page.wait_for_load_state("networkidle")

    assert POLISH_TITLE in page.locator("table.import-pages tr.import-page").first.inner_text()
    items = page.locator("table.import-rows tbody tr")
    assert items.count() == len(POLISH_ROWS)
    first = items.nth(0).inner_text()
    assert "IX 2020 r. → 30 września 2020" in first  # the last working day of September 2020
    assert "do 31 stycznia 2021 → 31 stycznia 2021" in items.nth(2).inner_text()  # a date is due on itself
    fourth = items.nth(3).inner_text()
    assert _pl("owner to be assigned") in fourth  # the plan names no owner for item 4
    assert "Koordynator" in page.locator(".import-proposed").inner_text()
    assert ActionPlanPage.objects.count() == before  # the preview wrote nothing
    _no_english(page, "preview")

    page.get_by_role("button", name=_pl("Confirm and create the drafts")).click()
    page.wait_for_load_state("networkidle")
    plan = ActionPlanPage.objects.get(title=POLISH_TITLE)
    assert not plan.live and (plan.period_start, plan.period_end) == (2020, 2021)
    assert ActionItemPage.objects.child_of(plan).filter(live=False).count() == len(POLISH_ROWS)
    assert page.locator(".import-drafts a").count() >= 1
    _no_english(page, "result")
