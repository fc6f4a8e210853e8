"""The home page in each language: lang attribute, translated text, switcher."""

import re

import pytest

LANGS = {
    "bg": ("Портал за прозрачност на Община Белоречие", "Към основното съдържание"),
    "pl": ("Portal przejrzystości Gminy Białorzecze", "Przejdź do głównej treści"),
    "uk": ("Портал прозорості громади Білоріччя", "Перейти до основного вмісту"),
    "en": ("Belorechie Municipality transparency portal", "Skip to main content"),
}


@pytest.mark.django_db
@pytest.mark.parametrize("lang", LANGS)
def test_home_renders_in_each_language(client, lang, django_assert_max_num_queries):
    # The layout's queries plus the top tasks: one for the top services, two for the next receptions,
    # two for what changed, two for the plan's progress; the same whatever the amount of content.
    with django_assert_max_num_queries(20):
        response = client.get(f"/{lang}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{lang}">' in html
    title, skip_link = LANGS[lang]
    assert f"<h1>{title}</h1>" in html
    assert skip_link in html  # our own string, translated by our catalogue
    assert 'href="#main"' in html and 'id="main"' in html


@pytest.mark.django_db
def test_switcher_links_every_translation_and_marks_current(client):
    html = client.get("/uk/").content.decode()
    switcher = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    assert 'href="/bg/" hreflang="bg"' in switcher
    assert 'href="/pl/" hreflang="pl"' in switcher
    assert 'href="/en/" hreflang="en"' in switcher
    assert '<span aria-current="true" lang="uk">Українська</span>' in switcher
    for code in LANGS:
        assert f'<link rel="alternate" hreflang="{code}" href="http://testserver/{code}/">' in html


@pytest.mark.django_db
def test_root_redirects_to_default_language(client):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/bg/"


@pytest.mark.django_db
def test_footer_shows_municipality_contacts_in_page_language(client):
    html = client.get("/pl/").content.decode()
    assert "Gmina Białorzecze" in html
    assert "pl. Zjednoczenia 1" in html
    assert 'href="tel:+35930160000"' in html


@pytest.mark.django_db
@pytest.mark.parametrize("lang, services_line", [
    ("bg", "Какво да носите, колко струва"),
    ("pl", "Co przynieść, ile to kosztuje"),
    ("en", "What to bring, what it costs"),
])
def test_each_section_tile_says_what_it_holds(client, lang, services_line):
    html = client.get(f"/{lang}/").content.decode()
    tiles = re.search(r'<ul class="card-grid">.*?</ul>', html, re.S).group(0)
    lines = re.findall(r"</h3>\s*<p>([^<]+)</p>", tiles)
    assert len(lines) == tiles.count("<h3>") >= 4, "a tile without its line"
    assert any(line.startswith(services_line) for line in lines)


@pytest.mark.django_db
def test_editor_description_wins_over_the_default_line(client):
    from home.models import HomePage

    home = HomePage.objects.get(locale__language_code="bg")
    section = home.get_children().live().in_menu().first().specific
    section.search_description = "Всичко, което общината публикува тук."
    section.save_revision().publish()
    tiles = re.search(r'<ul class="card-grid">.*?</ul>', client.get("/bg/").content.decode(), re.S).group(0)
    assert "Всичко, което общината публикува тук." in tiles
