"""A query in another language or script finds the card through its other translations (search.across),
and the NGO register's own search reads queries like the main search (REGISTRY_QUERY_WORDS_FUNCTION)."""

import re

import pytest
from django.db import connection
from django.utils import translation
from django.utils.translation import gettext

from registry_pages.models import NGORegisterPage
from search.views import _language_names
from tests.demo_mark import needs_demo
from tests.search.support import results

pytestmark = [pytest.mark.django_db, needs_demo]

NOTHING_HERE = "Nothing matched in this language. These results were found through their text in another language (%(languages)s)."
LISTED_FIRST = "Results found through their text in another language (%(languages)s) are listed first."


def _note(language, message, codes):
    with translation.override(language):
        return gettext(message) % {"languages": _language_names(codes)}


def _html(client, language, query):
    response = client.get(f"/{language}/search/", {"q": query})
    assert response.status_code == 200
    return response.content.decode()


def test_an_english_query_on_the_bulgarian_site_finds_the_bulgarian_card(client, card):
    assert results(client, "bg", "dog registration")[0] == card("dog-registration", "bg").title
    html = _html(client, "bg", "dog registration")
    assert _note("bg", LISTED_FIRST, ["en"]) in html
    assert "английски" in _note("bg", LISTED_FIRST, ["en"])  # the language named in the visitor's language


def test_a_ukrainian_query_on_the_polish_site_shows_the_polish_card_and_says_so(client, card):
    assert results(client, "pl", "реєстрація собаки")[0] == card("dog-registration", "pl").title
    html = _html(client, "pl", "реєстрація собаки")
    assert _note("pl", NOTHING_HERE, ["uk"]) in html
    assert card("dog-registration", "uk").title not in html  # the card in the visitor's language only


def test_a_query_found_in_the_page_s_own_language_carries_no_note(client, card):
    assert results(client, "bg", "регистрация на куче")[0] == card("dog-registration", "bg").title
    assert 'class="search-other-languages"' not in _html(client, "bg", "регистрация на куче")


def test_nothing_anywhere_stays_nothing(client):
    assert results(client, "bg", "xyzzyq qwrtpz") == []
    assert 'class="search-other-languages"' not in _html(client, "bg", "xyzzyq qwrtpz")


def test_the_other_languages_cost_a_bounded_number_of_queries(client, django_assert_max_num_queries):
    # Each language's synonyms and phrases are read once per process (search.vocabulary), then cached.
    client.get("/pl/search/", {"q": "реєстрація собаки"})
    # 15 statements; on PostgreSQL each of the two ranked queries also sets and puts back its planner
    # setting (search.ranking.PLANNER_HINT): four `set_config` statements, no data read.
    budget = 15 + (4 if connection.vendor == "postgresql" else 0)
    with django_assert_max_num_queries(budget):
        response = client.get("/pl/search/", {"q": "реєстрація собаки"})
    assert response.context["via_languages"]  # the other languages were asked


def _register_names(client, language, query):
    register = NGORegisterPage.objects.live().get(locale__language_code=language)
    html = client.get(register.url, {"q": query}).content.decode()
    return re.findall(r'<h3><a href="[^"]+">([^<]+)</a>', html)


def test_the_ngo_register_finds_inflected_words_typed_without_diacritics(client, settings):
    found = _register_names(client, "pl", "klubu siatkarskiego bialorzecze")
    assert any("Białorzecze" in name and "Siatkarski" in name for name in found), found
    settings.REGISTRY_QUERY_WORDS_FUNCTION = ""  # the add-on alone: each word as typed
    assert not any("Siatkarski" in name for name in _register_names(client, "pl", "klubu siatkarskiego bialorzecze"))


@pytest.fixture
def asked_other_languages(monkeypatch):
    """Records each query the other languages' text is asked (search.across)."""
    import search.across

    asked, original = [], search.across.search_other_languages

    def spy(text, locale, backend):
        asked.append(text)
        return original(text, locale, backend)

    monkeypatch.setattr(search.across, "search_other_languages", spy)
    return asked


def test_passing_mentions_of_a_word_only_this_language_knows_do_not_ask_the_other_languages(client, asked_other_languages):
    # "pełnomocnictwo" (power of attorney) is in cards' text but in no title: passing mentions. No other
    # language's titles know the word either, so their text is not asked (one ranked query less).
    assert results(client, "pl", "pełnomocnictwo")
    assert asked_other_languages == []


def test_passing_mentions_of_a_word_another_language_knows_still_ask_it(client, card, asked_other_languages):
    # Latin letters on the Latin-script Polish site: "dog" is in no Polish title but in an English one.
    assert results(client, "pl", "dog tax")
    assert asked_other_languages == ["dog tax"]
    assert card("dog-registration", "pl").title in results(client, "pl", "dog tax")[:3]
