"""Word families: derivations that lemmas do not join meet through one short family form."""

import pytest

from search.families import family
from search.query import QueryPlan
from search.terms import text_terms
from tests.demo_mark import needs_demo
from tests.search.support import results


def test_a_root_and_its_derivations_share_a_family():
    assert family("spadek", "pl") == family("spadkobierca", "pl") == family("spadku", "pl")
    assert family("садок", "uk") == family("садочок", "uk") == family("садочку", "uk")
    assert family("наследство", "bg") == family("наследници", "bg")
    assert family("inheritance", "en") == family("inherit", "en")
    assert family("married", "en") == family("marriage", "en")


def test_unrelated_words_and_short_roots_stay_apart():
    assert family("spadek", "pl") != family("spacer", "pl")
    assert family("садок", "uk") != family("сад", "uk")
    assert family("сад", "uk") == ""  # three letters: too short to join anything
    assert family("123456", "pl") == ""


@pytest.mark.django_db
def test_the_family_form_is_indexed_and_queried():
    assert "spadk" in text_terms("Zaświadczenie dla spadkobierców", "pl").split()
    assert "spadk" in QueryPlan.build("spadek", "pl").backend_query().split()


@pytest.mark.django_db
def test_a_family_match_counts_less_than_a_stem_or_the_word_itself():
    plan = QueryPlan.build("spadek", "pl")
    assert plan.title_score("Spadek po ojcu") == 1.0
    assert 0 < plan.title_score("Zaświadczenie dla spadkobierców") < QueryPlan.build("spadkobierca", "pl").title_score(
        "Spadkobiercy"
    )
    assert plan.title_score("Podatek od psa") == 0.0


@pytest.mark.django_db
@needs_demo
@pytest.mark.parametrize(
    "language, query", [("pl", "spadkowy"), ("bg", "наследнически"), ("uk", "спадкові")]
)
def test_a_derivation_no_title_carries_finds_the_card_of_its_family(client, card, language, query):
    assert results(client, language, query)[0] == card("heirs-certificate", language).title
