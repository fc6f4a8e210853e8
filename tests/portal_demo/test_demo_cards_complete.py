"""The demo's service cards pass the completeness gate in every language, so the demo and
its workflow keep publishing (services/completeness.py)."""

import pytest

from registry_pages.models import ServiceCardPage
from registry_pages.workflow.content import checklist_for
from tests.demo_mark import needs_demo

pytestmark = [pytest.mark.django_db, needs_demo]


def test_every_demo_card_is_complete_in_every_language():
    cards = ServiceCardPage.objects.select_related("locale")
    assert {card.locale.language_code for card in cards} >= {"bg", "pl", "uk", "en"}
    incomplete = {
        (card.locale.language_code, card.slug): checklist_for(card).missing_labels()
        for card in cards
        if not checklist_for(card).complete
    }
    assert incomplete == {}
