"""Regression: the card's default manager joins nothing, so Wagtail's own queries (delete, editor) work."""

import pytest
from django.urls import reverse
from wagtail.models import Locale

from registry_pages.models import ServiceCardPage
from tests.registry_pages.services.support import card, catalogue, category

pytestmark = pytest.mark.django_db


@pytest.fixture
def bg_and_en_card(site_root):
    index = catalogue(site_root)
    source = card(index, "Удостоверение за раждане", category("Гражданско състояние"))
    english = source.copy_for_translation(Locale.objects.get(language_code="en"), copy_parents=True)
    english.save_revision().publish()
    return source, ServiceCardPage.objects.get(pk=english.pk)


def test_the_card_opens_in_the_editor_in_bg_and_en(admin_client, bg_and_en_card):
    for page in bg_and_en_card:
        response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        assert response.status_code == 200, page.locale.language_code
        assert page.title in response.content.decode()


def test_deleting_a_card_and_its_translation(admin_client, bg_and_en_card):
    source, english = bg_and_en_card
    response = admin_client.post(reverse("wagtailadmin_pages:delete", args=[english.pk]))
    assert response.status_code == 302
    assert not ServiceCardPage.objects.filter(pk=english.pk).exists()
    source.delete()
    assert not ServiceCardPage.objects.filter(translation_key=source.translation_key).exists()


def test_the_public_card_still_reads_its_joins_in_the_routing_query(client, bg_and_en_card, django_assert_max_num_queries):
    source, _ = bg_and_en_card
    client.get(source.url)  # the card's route remembered (core/routing.py): its joins are read with it
    with django_assert_max_num_queries(7):
        html = client.get(source.url).content.decode()
    assert "Гражданско състояние" in html


def test_editors_fill_also_searched_as_which_the_public_card_does_not_show(admin_client, client, bg_and_en_card):
    from django.utils import translation

    source, _ = bg_and_en_card
    form = admin_client.get(reverse("wagtailadmin_pages:edit", args=[source.pk])).content.decode()
    assert 'name="also_searched_as"' in form
    field = ServiceCardPage._meta.get_field("also_searched_as")
    for language in ("bg", "pl", "uk"):
        with translation.override(language):
            assert str(field.verbose_name) != "also searched as" and str(field.help_text)[:20] != "Everyday words citiz"
    source.also_searched_as = "бебешки документи, кръщелно за бебе"
    source.save_revision().publish()
    page = client.get(source.url).content.decode()
    assert source.title in page and "бебешки документи" not in page
