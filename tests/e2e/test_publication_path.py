"""Through the admin in Chromium: a PR expert creates a service card with documents
and fees and submits it; the secretary approves, the mayor approves; the card is
then public with its approval trail (issue 5's browser test)."""

import re

import pytest
from django.contrib.auth import get_user_model

from portal_demo.management.commands.load_demo import DEMO_PASSWORD_SUFFIX
from registry_pages.models import ServiceCardPage, ServiceIndexPage

from .support.pages import in_language

TITLE = "Разрешение за маса на тротоара пред заведение"
SLUG = "e2e-masa-na-trotoara"


def log_in(page, username):
    page.context.clear_cookies()
    page.goto("/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", f"{username}{DEMO_PASSWORD_SUFFIX}")
    page.locator("form button[type=submit]").click()
    page.wait_for_url("**/admin/")


def footer_action(page, name):
    """Click an action of the editor's footer, opening its "More actions" menu when needed."""
    button = page.locator("footer").get_by_role("button", name=name, exact=True)
    if not button.is_visible():
        page.locator("footer .w-dropdown__toggle").first.click()
    button.click()


def choose_first(page, field_name):
    """Open the chooser of a snippet field and pick its first item."""
    field = page.locator(f"input[name={field_name}]").locator("xpath=ancestor::*[.//button[@data-chooser-action-choose]][1]")
    field.locator("[data-chooser-action-choose]").click()
    page.locator(".modal a[data-chooser-modal-choice]").first.click()
    page.locator(".modal").wait_for(state="hidden")


def add_block(page, add_button, label):
    """Add a block to a StreamField with several block types: its "+" opens a menu of the types."""
    add_button.click()
    page.get_by_role("option", name=re.compile(f"^{re.escape(label)}$", re.IGNORECASE)).click()


def open_tab(page, label):
    """Open a tab by its visible label and return its panel. Wagtail derives tab
    ids from the heading in whichever language first rendered the form, so the
    ids differ between runs; the tab's `aria-controls` names its panel."""
    tab = page.get_by_role("tab", name=label, exact=True)
    tab.click()
    return page.locator(f"#{tab.get_attribute('aria-controls')}")


def create_and_submit(page, catalogue):
    page.goto(f"/admin/pages/add/registry_pages/servicecardpage/{catalogue.pk}/")
    page.fill("input[name=title]", TITLE)
    page.fill("textarea[name=summary]", "Търговец получава разрешение да постави маси на тротоара пред своя обект.")
    choose_first(page, "category")

    documents = open_tab(page, "Documents")
    add_block(page, documents.locator("button.c-sf-add-button").first, "Required document")  # or a group
    page.fill("input[name='required_documents-0-value-name']", "Заявление по образец")
    add_block(page, documents.locator("button.c-sf-add-button").last, "Required document")
    page.fill("input[name='required_documents-1-value-name']", "Скица на площта")

    fees = open_tab(page, "Fees and time")
    fees.locator("button.c-sf-add-button").nth(1).click()  # two empty streams: fees, then processing times
    page.fill("input[name='processing_times-0-value-variant']", "обикновена")
    page.fill("input[name='processing_times-0-value-maximum']", "14")  # a period of up to 14 (working days)
    fees.locator("[data-contentpath='fees'] button.c-sf-add-button, button.c-sf-add-button").first.click()
    page.fill("input[name='fees-0-value-variant']", "на квадратен метър за месец")
    page.fill("input[name='fees-0-value-amount']", "2.50")
    page.select_option("select[name='fees-0-value-currency']", "EUR")

    open_tab(page, "How to apply")  # a card must say where to apply before it is submitted
    page.fill("input[name=online_url]", "https://example.org/e-uslugi/masi")

    open_tab(page, "Promote")
    page.fill("input[name=slug]", SLUG)
    footer_action(page, "Submit to Publication approval")
    page.locator(".messages").get_by_text("submitted for moderation").wait_for()
    return ServiceCardPage.objects.get(slug=SLUG)


def approve(page, card):
    """Approve with the editor's main button (not from its menu) and land on a page the reviewer may see."""
    page.goto(f"/admin/pages/{card.pk}/edit/")
    main_button = page.locator("footer").get_by_role("button", name="Approve", exact=True)
    assert main_button.is_visible(), "Approve is not the reviewer's main button"
    main_button.click()
    page.wait_for_url(re.compile(r"/admin/pages/\d+/$"))  # the page's place in the page tree
    assert "do not have permission" not in page.content()


@pytest.mark.e2e
def test_pr_expert_submits_secretary_and_mayor_approve_and_the_card_is_public(page):
    catalogue = in_language(ServiceIndexPage, "bg")
    log_in(page, "pr_expert")
    card = create_and_submit(page, catalogue)
    assert not card.live
    assert card.current_workflow_task.name.startswith("Secretary")
    draft = card.get_latest_revision_as_object()
    assert [b.value["name"] for b in draft.required_documents] == ["Заявление по образец", "Скица на площта"]
    assert str(draft.fees[0].value["amount"]) == "2.50" and draft.fees[0].value["currency"] == "EUR"

    log_in(page, "secretary")
    approve(page, card)
    card.refresh_from_db()
    assert not card.live, "the secretary's approval does not publish"
    assert card.current_workflow_task.name.startswith("Mayor")
    response = page.goto(f"/bg/{catalogue.slug}/{SLUG}/")
    assert response.status == 404

    log_in(page, "mayor")
    approve(page, card)
    card.refresh_from_db()
    assert card.live

    page.context.clear_cookies()
    response = page.goto(card.url)
    assert response.status == 200
    assert page.locator("h1").inner_text() == TITLE
    assert "2,50 EUR" in page.locator(".service-fees").inner_text()  # decimal comma in Bulgarian
    trail = page.locator(".approval-trail")
    users = get_user_model().objects.in_bulk(["secretary", "mayor"], field_name="username")
    for role, username in (("Reviewed by", "secretary"), ("Approved by", "mayor")):
        user = users[username]
        entry = trail.locator(".approval-trail__signature", has_text=user.get_full_name() or user.first_name)
        assert entry.count() == 1, f"{username} missing from the approval trail"
    assert trail.locator("time").count() == 2
