"""The public side of the required pages: the generated accessibility statement, the footer links of every page."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.html import escape

from tests.registry_pages.compliance.support import (
    home_in,
    published_information_page,
    site_of_country,
)

pytestmark = pytest.mark.django_db


def _statement(language, **fields):
    values = {"conformance": "partial", "non_accessible_content": "Mapy w plikach PDF\n\nNagrania wideo bez napisów\n",
              "statement_prepared": datetime.date(2026, 3, 2), "last_reviewed": datetime.date(2026, 9, 1), **fields}
    title = {"pl": "Deklaracja dostępności", "bg": "Декларация за достъпност"}[language]
    return published_information_page(home_in(language), "accessibility", title, **values)


def test_the_accessibility_statement_is_generated_in_the_pages_language(client, django_assert_max_num_queries):
    site_of_country("PL", email="dostepnosc@example.org", phone="+48 12 345 67 89")
    page = _statement("pl")
    client.get(page.url)  # an earlier visitor of the language warmed the layout
    with django_assert_max_num_queries(15):
        response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="pl">' in html
    assert "jest częściowo zgodna z Wytycznymi dla dostępności treści internetowych (WCAG) 2.1" in html
    assert "<li>Mapy w plikach PDF</li>" in html and "<li>Nagrania wideo bez napisów</li>" in html
    assert html.count("<li>Mapy") == 1  # the empty line is no item
    assert "Deklarację sporządzono" in html and "Ostatnio przejrzano ją" in html and "r.." not in html
    assert 'href="mailto:dostepnosc@example.org"' in html  # the municipality's e-mail: the page sets none
    assert 'href="tel:+48123456789"' in html
    assert "możesz złożyć skargę do Rzecznika Praw Obywatelskich" in html  # Poland's enforcement body
    assert "Odpowiadamy w ciągu 14 dni" in html


def test_the_statement_follows_the_sites_country_and_its_own_contact(client):
    site_of_country("UA", email="rada@example.org")
    page = _statement("bg", conformance="full", non_accessible_content="", feedback_email="a11y@example.org")
    html = client.get(page.url).content.decode()
    assert '<html lang="bg">' in html
    assert "Сайтът напълно съответства" in html
    assert "Не ни е известно недостъпно съдържание" in html
    assert 'href="mailto:a11y@example.org"' in html and "rada@example.org" not in html.split("<footer")[0]
    assert escape("омбудсмана на Украйна") in html  # the site's country decides the body, the page's language the text
    assert "Отговаряме в срок до 5 дни" in html


def test_every_page_links_the_information_pages_from_its_footer_without_a_query(client):
    site_of_country("PL")
    statement = _statement("pl")
    draft = published_information_page(home_in("pl"), "editors", "Redakcja Biuletynu")
    draft.unpublish()
    client.get("/pl/changes/")  # warms the layout of the language
    with CaptureQueriesContext(connection) as captured:
        response = client.get("/pl/changes/")
    html = response.content.decode()
    footer = html.split('<nav class="site-footer__links"')[1].split("</nav>")[0]
    assert f'<a href="{statement.url}">Deklaracja dostępności</a>' in footer
    assert "Redakcja Biuletynu" not in footer  # not published: not linked
    assert 'href="/pl/changes/">Rejestr zmian</a>' in footer
    assert 'aria-label="O Biuletynie"' in html
    assert not [q for q in captured.captured_queries if "informationpage" in q["sql"]], "the warm layout read the pages"
    # Another language's layout has its own links (none published in English here).
    english = client.get("/en/changes/").content.decode()
    assert statement.url not in english
