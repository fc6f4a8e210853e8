"""Learning from the “few results” report: synonym sets and “also searched as”, both moderated."""

import html

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Locale

from search.models import SynonymSet
from search.vocabulary import content_changed, synonym_sets
from tests.search.support import results

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    client.force_login(get_user_model().objects.create_superuser("t_learn", "l@example.org", "pw"))
    return client


def test_each_report_row_offers_both_actions_for_its_query(client, admin_client):
    client.get("/pl/search/", {"q": "psia licencja xyzzy"})
    page = html.unescape(admin_client.get("/admin/reports/searches-with-few-results/").content.decode())
    assert "/admin/snippets/search/synonymset/add/?locale=pl&terms=psia+licencja+xyzzy" in page
    assert "/admin/reports/searches-with-few-results/attach/?q=psia+licencja+xyzzy&language=pl" in page


def test_add_as_synonym_opens_the_form_with_the_query(admin_client):
    response = admin_client.get("/admin/snippets/search/synonymset/add/", {"locale": "pl", "terms": "psia  licencja"})
    assert response.status_code == 200
    assert "psia licencja, </textarea>" in response.content.decode()


def test_a_synonym_set_counts_only_once_approved():
    english = Locale.objects.get(language_code="en")
    draft = SynonymSet.objects.create(locale=english, terms="zorblax, quibbleworth", live=False)
    content_changed()
    assert ["zorblax", "quibbleworth"] not in synonym_sets("en")
    draft.live = True
    draft.save()  # what publishing the approved revision does to the row (post_save bumps the vocabulary)
    assert ["zorblax", "quibbleworth"] in synonym_sets("en")


def test_synonym_sets_go_through_the_publication_workflow():
    from registry_pages.workflow.setup import get_workflow

    assert SynonymSet.get_default_workflow() == get_workflow()


def test_these_words_mean_a_card_adds_them_to_a_draft_in_the_querys_language(client, admin_client, card):
    dogs_bg, dogs_pl = card("dog-registration", "bg"), card("dog-registration", "pl")
    live_before = dogs_pl.also_searched_as
    form = admin_client.get("/admin/reports/searches-with-few-results/attach/", {"q": "czworonóg abonament", "language": "pl"})
    assert form.status_code == 200 and 'value="czworonóg abonament"' in form.content.decode()
    response = admin_client.post(
        "/admin/reports/searches-with-few-results/attach/?language=pl",
        {"phrase": "czworonóg abonament", "page": dogs_bg.pk, "language": "pl"},  # chosen in another language
    )
    assert response.status_code == 302 and response["Location"].endswith(f"/pages/{dogs_pl.pk}/edit/")
    dogs_pl.refresh_from_db()
    assert dogs_pl.also_searched_as == live_before  # the public page is unchanged
    assert "czworonóg abonament" in dogs_pl.get_latest_revision_as_object().also_searched_as
    assert dogs_pl.has_unpublished_changes
    assert dogs_pl.title not in results(client, "pl", "czworonóg abonament")[:1]  # not before approval
    dogs_pl.get_latest_revision().publish()
    content_changed()
    assert results(client, "pl", "czworonóg abonament")[0] == dogs_pl.title


def test_attaching_needs_a_page_with_the_field(admin_client, site_root):
    response = admin_client.post(
        "/admin/reports/searches-with-few-results/attach/?language=bg",
        {"phrase": "нещо", "page": site_root.pk, "language": "bg"},
    )
    assert response.status_code == 200  # the form again, with the error
    assert "page" in response.context["form"].errors
