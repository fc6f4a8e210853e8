"""A citizen: home → search in plain words → service card → download a form → feedback;
then the same card in another language."""

import pytest
from wagtail.models import Locale

from registry_pages.models import ServiceFeedback

from .support.downloads import download_from_link
from .support.pages import card_with_form


@pytest.mark.e2e
def test_citizen_finds_a_service_downloads_its_form_and_leaves_feedback(page):
    card = card_with_form("en")
    page.goto("/en/")
    page.get_by_label("What are you looking for?").fill("newborn baby")  # the home page's one big search box
    page.get_by_role("search").get_by_role("button", name="Search", exact=True).click()
    page.wait_for_url("**/en/search/?q=newborn*")
    page.get_by_role("link", name=card.title, exact=True).first.click()
    page.wait_for_url(f"**{card.url}")
    assert page.locator("h1").inner_text() == card.title

    form_link = page.locator(".service-documents a[download]").first
    name, data = download_from_link(page, form_link)
    assert name.endswith(".txt") and len(data) > 0

    before = ServiceFeedback.objects.filter(page=card).count()
    page.get_by_text("Yes, it was helpful").click()
    assert page.get_by_label("Yes, it was helpful").is_checked()
    page.get_by_label("What could we improve? (optional)").fill("Clear list of documents, thanks.")
    page.get_by_role("button", name="Send your answer").click()
    page.wait_for_url("**?feedback=thanks#feedback")
    assert "Thank you! Your answer has been recorded." in page.get_by_role("status").inner_text()
    answer = ServiceFeedback.objects.filter(page=card).order_by("-pk").first()
    assert ServiceFeedback.objects.filter(page=card).count() == before + 1
    assert answer.helpful is True and answer.comment == "Clear list of documents, thanks."
    assert answer.status == ServiceFeedback.Status.PENDING and answer.language == "en"


@pytest.mark.e2e
def test_language_switcher_on_a_card_lands_on_the_same_card_translated(page):
    card = card_with_form("en")
    polish = card.get_translation(Locale.objects.get(language_code="pl"))
    page.goto(card.url)
    page.locator(".language-switcher").get_by_role("link", name="Polski").click()
    page.wait_for_url(f"**{polish.url}")
    assert page.locator("html").get_attribute("lang") == "pl"
    assert page.locator("h1").inner_text() == polish.title
    assert page.get_by_role("heading", name="Czy to było pomocne?").is_visible()
