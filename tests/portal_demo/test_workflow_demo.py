"""The demo users hold the demo positions (shown in the approval trail)."""

import pytest

from registry_pages.models import PositionHolder


@pytest.mark.django_db
@pytest.mark.parametrize("username", ["pr_expert", "secretary", "mayor"])
def test_demo_users_hold_their_positions_in_every_language(username):
    holders = PositionHolder.objects.filter(user__username=username).select_related("position__locale")
    assert {h.position.locale.language_code for h in holders} == {"bg", "pl", "uk", "en"}
