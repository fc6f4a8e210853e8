"""Word forms, stop words, transliteration, highlighting and the typo index."""

import pytest

from search.highlight import highlight
from search.query import QueryPlan
from search.text import fold, forms, is_stop_word, to_cyrillic
from search.vocabulary import TitleIndex


def test_fold_removes_latin_accents_and_case_but_keeps_cyrillic_letters():
    assert fold("Zaświadczenie") == "zaswiadczenie"
    assert fold("ŁÓDŹ") == "lodz"
    assert fold("ЗАЯВЛЕНИЕ") == "заявление"
    assert fold("Йордан") == "йордан"  # й is a letter, not и with an accent
    assert fold("Київ") == "київ"


def test_inflected_forms_meet_the_dictionary_form():
    assert forms("удостоверения", "bg") & forms("удостоверение", "bg")
    assert forms("organizacji", "pl") & forms("organizacja", "pl")
    assert forms("довідки", "uk") & forms("довідка", "uk")
    assert forms("zaswiadczenie", "pl") & forms("zaświadczenie", "pl")


def test_latin_letters_typed_for_cyrillic():
    assert to_cyrillic("udostoverenie za naslednici", "bg") == "удостоверение за наследници"
    assert to_cyrillic("razreshenie za stroezh", "bg") == "разрешение за строеж"
    assert to_cyrillic("dovidka", "uk") == "довідка"
    assert to_cyrillic("reiestratsiia mistsia prozhyvannia", "uk") == "реєстрація місця проживання"
    assert to_cyrillic("dovidka", "pl") == ""  # Polish is written in Latin letters
    assert to_cyrillic("довідка", "uk") == ""


@pytest.mark.django_db
def test_a_stop_word_typed_in_latin_letters_is_a_stop_word():
    assert is_stop_word("za", "bg") and is_stop_word("pro", "uk")
    assert not is_stop_word("za", "pl")  # Polish "za" is not in the Polish list
    plan = QueryPlan.build("udostoverenie za naslednici", "bg")
    assert [concept.word for concept in plan.concepts] == ["udostoverenie", "naslednici"]
    assert "za" not in plan.backend_query().split()


@pytest.mark.django_db
@pytest.mark.parametrize("language, question", [
    ("bg", "какво да правя при раждане на дете"), ("pl", "co zrobić gdy urodzi się dziecko"),
    ("uk", "що робити коли народилася дитина"), ("en", "what to do when a child is born"),
])
def test_question_words_do_not_count_as_words_of_the_service(language, question):
    # "що" matched an "also searched as" phrase that happens to say "що" ("довідка що не в шлюбі")
    # and put the marital status certificate above the birth certificate.
    kept = [concept.word for concept in QueryPlan.build(question, language).concepts]
    assert not {"какво", "co", "gdy", "що", "коли", "what", "when"} & set(kept)
    assert len(kept) >= 2


def test_highlight_marks_inflected_words_and_escapes_the_rest():
    query_forms = set(forms("удостоверения", "bg"))
    html = highlight("<b>Удостоверение</b> & <script>x</script> за наследници", query_forms, "bg")
    assert "<mark>Удостоверение</mark>" in html
    assert "<mark>наследници</mark>" not in html
    assert "<b>" not in html and "<script>" not in html
    assert "&amp;" in html


def test_highlight_escapes_markup_in_the_text():
    html = highlight("permit &lt;img src=x onerror=alert(1)&gt;", set(forms("permit", "en")), "en")
    assert "<img" not in html and "<mark>permit</mark>" in html


def test_title_index_finds_words_one_edit_away():
    index = TitleIndex(["Удостоверение за наследници", "Данъчна оценка на имот", "Building permit"], "bg")
    assert index.corrections("наследнци") == ["наследници"]  # a letter missing
    assert index.corrections("оцнка") == ["оценка"]
    assert index.corrections("biulding") == ["building"]  # two letters swapped
    assert index.corrections("permut") == ["permit"]  # a wrong letter
    assert index.corrections("permit") == []  # known words are not corrected
    assert index.corrections("xylophone") == []
