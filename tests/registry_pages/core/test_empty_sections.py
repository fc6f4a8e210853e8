"""A public page prints no heading over a section the editor left empty ("<p></p>", spaces, blank rows)."""

import pytest
from django.utils import translation
from django.utils.translation import gettext
from wagtail.rich_text import RichText

from registry_pages.core.content import has_content
from tests.registry_pages.ethics.test_ethics_code import make_code, make_index, section
from tests.registry_pages.ngos.support import entry, register
from tests.registry_pages.services.support import card, catalogue, category

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("value", [None, "", "   ", "<p></p>", "<p> &nbsp; </p><p><br/></p>", RichText("<p></p>"), [], [{}]])
def test_nothing_to_read_is_empty(value):
    assert not has_content(value)


@pytest.mark.parametrize("value", ["x", "<p>Текст</p>", RichText("<p>a</p>"), '<p><embed embedtype="image" id="1"/></p>', 0])
def test_something_to_read_is_content(value):
    assert has_content(value)


def _headings(client, page, *names):
    html = client.get(page.url).content.decode()
    with translation.override("bg"):
        return {name: f">{gettext(name)}</" in html for name in names}


def test_a_card_with_empty_sections_prints_no_heading_for_them(client, site_root):
    index = catalogue(site_root)
    page = card(
        index, "Празна карта", category("Г"), fees=[], who_may_apply="  ", appeal="", by_post=" ", in_person_note="",
    )
    page.legal_basis = []
    page.processing_times = []
    page.save_revision().publish()
    shown = _headings(client, page, "How to apply", "How to appeal", "Legal basis", "Who may apply", "Fees")
    assert shown == dict.fromkeys(shown, False)


def test_a_card_with_the_sections_filled_prints_their_headings(client, site_root):
    page = card(catalogue(site_root), "Пълна карта", category("Г"), by_post="До общината, пл. Тестова 1.")
    shown = _headings(client, page, "How to apply", "How to appeal", "Legal basis", "Who may apply", "Fees")
    assert shown == dict.fromkeys(shown, True)


def test_an_ethics_code_with_an_empty_breach_procedure_prints_no_heading(client, site_root):
    index = make_index(site_root, slug="t-kodeksi")
    empty = make_code(index, [section("Общи", [("", "Правило.")])], slug="prazen", breach_procedure="<p></p>",
                      preamble="<p> </p>")
    filled = make_code(index, [section("Общи", [("", "Правило.")])], slug="pulen",
                       breach_procedure="<p>Сигнал до комисията.</p>")
    assert _headings(client, empty, "When the code is breached") == {"When the code is breached": False}
    assert 'class="ethics-preamble"' not in client.get(empty.url).content.decode()
    assert _headings(client, filled, "When the code is breached") == {"When the code is breached": True}


def test_an_ngo_entry_with_empty_rich_text_prints_no_heading(client, site_root):
    page = entry(register(site_root), "Сдружение „Тест“", [], statutory_goals="<p></p>", achievements="<p><br/></p>",
                 cooperation="")
    shown = _headings(client, page, "Statutory goals", "Achievements", "Cooperation with the municipality")
    assert shown == dict.fromkeys(shown, False)
