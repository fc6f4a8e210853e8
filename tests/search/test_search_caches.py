"""What the search keeps per process (search.vocabulary, search.known) follows the content:
an editor's change shows at the next search, without a restart."""

import pytest
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import PageViewRestriction

from tests.search.support import results

pytestmark = pytest.mark.django_db


def test_an_editors_pick_added_after_a_search_shows_at_the_next(client, card):
    assert client.get("/en/search/", {"q": "House"}).context["promotions"] == []
    SearchPromotion.objects.create(query=Query.get("house"), page=card("building-permit", "en"), description="Start here")
    response = client.get("/en/search/", {"q": "House"})
    assert [p["title"] for p in response.context["promotions"]] == [card("building-permit", "en").title]


def test_a_page_restricted_after_a_search_is_no_longer_found(client, card):
    heirs = card("heirs-certificate", "bg")
    assert heirs.title in results(client, "bg", "удостоверение за наследници")
    restriction = PageViewRestriction.objects.create(page=heirs, restriction_type="password", password="secret")
    assert heirs.title not in results(client, "bg", "удостоверение за наследници")
    restriction.delete()
    assert heirs.title in results(client, "bg", "удостоверение за наследници")


def test_a_title_published_after_a_search_is_shown_and_ranked_at_the_next(client, card):
    heirs = card("heirs-certificate", "en")
    assert heirs.title in results(client, "en", "heirs")
    heirs.title = "Zorbleton succession paper"
    heirs.save_revision().publish()
    assert results(client, "en", "zorbleton")[0] == "Zorbleton succession paper"
    assert "Zorbleton succession paper" in results(client, "en", "heirs")


def test_a_category_renamed_after_a_search_is_shown_at_the_next(client, card):
    tax = card("vehicle-tax", "en")
    response = client.get("/en/search/", {"q": "vehicle tax"})
    assert tax.category.name in response.content.decode()
    category = tax.category
    category.name = "Quuxly levies"
    category.save()
    assert "Quuxly levies" in client.get("/en/search/", {"q": "vehicle tax"}).content.decode()


def test_a_page_unpublished_after_a_search_is_no_longer_found(client, card):
    heirs = card("heirs-certificate", "bg")
    assert heirs.title in results(client, "bg", "удостоверение за наследници")
    heirs.unpublish()
    assert heirs.title not in results(client, "bg", "удостоверение за наследници")


def test_a_page_unpublished_by_another_worker_is_no_longer_found(client, card):
    """Another process's publication reaches this one through the shared version (the cache), not a signal here."""
    from search.vocabulary import content_changed

    heirs = card("heirs-certificate", "bg")
    assert heirs.title in results(client, "bg", "удостоверение за наследници")
    type(heirs).objects.filter(pk=heirs.pk).update(live=False)  # no signal in this process
    content_changed()  # what the other worker's page_unpublished did
    assert heirs.title not in results(client, "bg", "удостоверение за наследници")


def test_a_page_taken_offline_in_this_process_without_a_signal_is_no_longer_found(client, card):
    heirs = card("heirs-certificate", "bg")
    assert heirs.title in results(client, "bg", "удостоверение за наследници")
    heirs.live = False
    heirs.save()  # a script's save: no page_unpublished, no version bump
    assert heirs.title not in results(client, "bg", "удостоверение за наследници")
