"""“Also searched as”: editors' everyday phrases count like the title, in every language."""

import pytest
from wagtail_localize.fields import TranslatableField, get_translatable_fields
from wagtail_localize.segments.extract import extract_segments

from registry_pages.core.also_searched import split_phrases
from registry_pages.models import EthicsCodePage, ServiceCardPage
from search.vocabulary import content_changed
from tests.search.support import results

pytestmark = pytest.mark.django_db


def _publish_phrases(page, phrases: str):
    page.also_searched_as = phrases
    page.save_revision().publish()
    content_changed()


def test_phrases_are_split_on_commas_semicolons_and_lines_each_once():
    assert split_phrases(" car tax,  tax for my car;\nCar tax\n\n, road tax ") == ["car tax", "tax for my car", "road tax"]
    assert split_phrases("") == []


def test_a_phrase_only_editors_wrote_finds_the_card_first(client, card):
    vehicle = card("vehicle-tax", "bg")
    assert vehicle.title not in results(client, "bg", "бричка файтон")[:1]
    _publish_phrases(vehicle, "бричка, данък за файтон")
    assert results(client, "bg", "бричка файтон")[0] == vehicle.title


def test_a_phrase_outranks_cards_whose_body_only_mentions_the_word(client, card):
    """“гише” (desk) is in another page's body; on a card it becomes a phrase, weighed like a title."""
    dogs = card("dog-registration", "bg")
    before = results(client, "bg", "гише")
    assert before and dogs.title not in before
    _publish_phrases(dogs, "гише за кучета")
    assert results(client, "bg", "гише")[0] == dogs.title


def test_phrases_of_a_draft_do_not_count_until_published(client, card):
    dogs = card("dog-registration", "uk")
    dogs.also_searched_as = "хвостатий друг квиток"
    dogs.save_revision()  # a draft waiting for approval
    content_changed()
    assert dogs.title not in results(client, "uk", "хвостатий друг квиток")


def test_the_demo_cards_carry_phrases_in_every_language(card):
    for language in ("bg", "pl", "uk", "en"):
        assert split_phrases(card("kindergarten-enrolment", language).also_searched_as)


@pytest.mark.parametrize("model", [ServiceCardPage, EthicsCodePage])
def test_the_field_is_offered_to_translators(model):
    assert any(
        isinstance(field, TranslatableField) and field.field_name == "also_searched_as"
        for field in get_translatable_fields(model)
    )


def test_a_cards_phrases_are_a_translation_segment(card):
    vehicle = card("vehicle-tax", "bg")
    segments = [s for s in extract_segments(vehicle) if getattr(s, "path", "") == "also_searched_as"]
    assert segments and "данък кола" in segments[0].string.data


def test_elasticsearch_maps_the_field_with_the_titles_boost():
    from tests.search.test_elasticsearch import _backend

    properties = _backend().mapping_class(ServiceCardPage).get_mapping()["properties"]
    field = next(value for name, value in properties.items() if name.endswith("__also_searched_as"))
    assert "_all_text_boost_2_0" in field["copy_to"]  # the boost of the title
