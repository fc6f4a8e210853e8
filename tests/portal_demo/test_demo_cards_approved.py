"""The demo's cards went through the publication workflow: each shows who approved it."""

import pytest

from registry_pages.models import ServiceCardPage
from registry_pages.workflow.trail import approval_trail, last_reviewed_on
from tests.demo_mark import needs_demo

pytestmark = [pytest.mark.django_db, needs_demo]


def test_every_live_demo_card_has_a_reviewer_and_an_approver_in_every_language(client):
    cards = list(ServiceCardPage.objects.live().select_related("locale"))
    assert {card.locale.language_code for card in cards} == {"bg", "pl", "uk", "en"}
    for card in cards:
        roles = [(signature.role, signature.name) for signature in approval_trail(card)]
        assert [role for role, _name in roles] == ["reviewed", "approved"], card
        assert last_reviewed_on(card) is not None
    html = client.get(cards[0].url).content.decode()
    assert 'class="approval-trail"' in html


def test_approving_the_demo_cards_sends_no_mail(site_root, pr_expert, secretary, mayor):
    from django.core import mail

    from portal_demo.content.workflow import approve_cards
    from tests.registry_pages.services.support import card, catalogue, category

    page = card(catalogue(site_root, "t-demo-approve"), "Скица", category("Тест"))
    assert not approval_trail(page)
    mail.outbox.clear()
    users = {"pr_expert": pr_expert, "secretary": secretary, "mayor": mayor}
    assert approve_cards(users, log=lambda *a: None) >= 1
    assert approval_trail(ServiceCardPage.objects.get(pk=page.pk))
    assert mail.outbox == []
