"""In Chromium, the PR expert adds an action item: the deadline is read back as it is typed (issue 16)."""

from django.contrib.auth import get_user_model
from wagtail.users.models import UserProfile

from registry_pages.models import ActionPlanPage

from .test_publication_path import log_in


def test_the_deadline_is_read_back_as_the_pr_expert_types(page):
    plan = ActionPlanPage.objects.get(slug="plan-za-deystvie-2026", locale__language_code="bg")
    profile = UserProfile.get_for_user(get_user_model().objects.get(username="pr_expert"))
    profile.preferred_language = "bg"  # the reading is checked in the PR expert's Bulgarian
    profile.save()
    log_in(page, "pr_expert")
    page.goto(f"/admin/pages/add/registry_pages/actionitempage/{plan.pk}/")
    reading = page.locator("[data-deadline-reading]")
    page.locator("[name=deadline_text]").scroll_into_view_if_needed()
    page.fill("[name=deadline_text]", "до 30.06.2099")
    page.wait_for_function("el => el.textContent.includes('2099')", arg=reading.element_handle())
    assert reading.locator(".help-warning").count() == 0
    page.fill("[name=deadline_text]", "пролетта на 2099")  # a season: its first and last day are named
    page.wait_for_function("el => el.textContent.includes('2099') && el.textContent.includes('Сезон')",
                           arg=reading.element_handle())
    assert reading.locator(".help-warning").count() == 0
    page.fill("[name=deadline_text]", "след приемането на бюджета")
    # the warning of a deadline not recognised gives examples of what is read, the date one in every language
    page.wait_for_function("el => el.textContent.includes('31.03.2026')", arg=reading.element_handle())
    assert reading.locator(".help-warning").count() == 1
