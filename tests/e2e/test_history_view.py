"""In Chromium, in Bulgarian and in Polish: a service card published twice through the workflow
lists its two versions with their dates and approvers; the archived version carries the archive
banner and the diff with the changed sentence; axe finds nothing serious (issue 19)."""

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from registry_pages.models import ServiceCardPage, ServiceIndexPage
from tests.registry_pages.record.support import approved_version

from .support.axe import axe_violations
from .support.pages import in_language

# language → (banner words, the sentence before, the sentence after, the words inserted)
CASES = {
    "bg": ("Архивна версия 1", "Срокът е седем дни.", "Срокът е три работни дни.", "три работни"),
    "pl": ("Wersja archiwalna 1", "Termin wynosi siedem dni.", "Termin wynosi trzy dni robocze.", "trzy"),
}
INTRO = {"bg": "Издава се удостоверение за наследници.", "pl": "Wydaje się zaświadczenie o spadkobiercach."}
# the rest of the card as a demo card in the same language has it
COPIED = ("who_may_apply", "result", "appeal", "no_documents_required", "required_documents", "fees",
          "processing_times", "legal_basis")
TITLE = {"bg": "Удостоверение за наследници (e2e)", "pl": "Zaświadczenie o spadkobiercach (e2e)"}


def _card_published_twice(lang):
    users = {u.username: u for u in get_user_model().objects.filter(username__in=("pr_expert", "secretary", "mayor"))}
    _banner, before, after, _inserted = CASES[lang]
    model = in_language(ServiceCardPage, lang)
    index = in_language(ServiceIndexPage, lang)
    page = ServiceCardPage(
        title=TITLE[lang], slug=f"e2e-history-{lang}", live=False, locale=index.locale,
        summary=f"{INTRO[lang]} {before}", category=model.category,
        **{name: getattr(model, name) for name in COPIED},
    )
    index.add_child(instance=page)
    author, secretary, mayor = users["pr_expert"], users["secretary"], users["mayor"]
    approved_version(page, author, secretary, mayor)
    return approved_version(page, author, secretary, mayor, summary=f"{INTRO[lang]} {after}")


@pytest.mark.e2e
@pytest.mark.parametrize("lang", ["bg", "pl"])
def test_the_history_of_a_card_published_twice(page, lang):
    banner, before, after, inserted = CASES[lang]
    card = _card_published_twice(lang)
    today = timezone.localdate().isoformat()

    page.goto(card.url + "history/")
    assert page.locator("html").get_attribute("lang") == lang
    rows = page.locator("table.record-history tbody tr")
    assert rows.count() == 2
    for row in (rows.nth(0), rows.nth(1)):
        assert row.locator("time").first.get_attribute("datetime").startswith(today)
        approvers = row.locator(".record-signatures").inner_text()
        assert "Георги" in approvers and "Елена" in approvers  # the secretary and the mayor, as they write their names
    assert axe_violations(page) == []

    rows.nth(1).locator("th a").click()
    page.wait_for_url(f"**{card.url}history/1/")
    notice = page.locator(".archived-notice[role=note]")
    assert banner in notice.inner_text()
    assert before in page.locator("main").inner_text()
    assert any(inserted in text for text in page.locator("ins").all_inner_texts())
    assert any("siedem" in t or "седем" in t for t in page.locator("del").all_inner_texts())
    assert axe_violations(page) == []
