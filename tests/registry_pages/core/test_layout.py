"""The public layout of the add-on: language switcher, hreflang, contacts."""

import re
from html import unescape
from urllib.parse import parse_qs

import pytest
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.utils import translation
from wagtail.models import Locale, Page

from registry_pages.core.layout import page_language_versions


def _page(parent, title, slug):
    page = Page(title=title, slug=slug)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def bg_page(site_root):
    return _page(site_root, "Тестова страница", "testova")


def _translate(page, language, title):
    locale = Locale.objects.get(language_code=language)
    parent = page.get_parent()
    if not parent.has_translation(locale):
        parent.copy_for_translation(locale)
    copy = page.copy_for_translation(locale)
    copy.title = title
    copy.save_revision().publish()
    return copy


def _codes(versions):
    return [v["code"] for v in versions]


@pytest.mark.django_db
def test_untranslated_page_offers_only_its_own_language(bg_page):
    request = RequestFactory().get("/bg/testova/")
    with translation.override("bg"):
        assert _codes(page_language_versions(bg_page, request)) == ["bg"]


@pytest.mark.django_db
def test_switcher_lists_real_translations_and_skips_aliases(bg_page):
    _translate(bg_page, "en", "Test page")
    pl_locale = Locale.objects.get(language_code="pl")
    if not bg_page.get_parent().has_translation(pl_locale):
        bg_page.get_parent().copy_for_translation(pl_locale)
    bg_page.copy_for_translation(pl_locale, alias=True)  # an alias shows Bulgarian text: not a translation
    request = RequestFactory().get("/bg/testova/")
    with translation.override("bg"):
        versions = page_language_versions(bg_page, request)
    assert _codes(versions) == ["bg", "en"]
    assert [v["current"] for v in versions] == [True, False]
    assert versions[1]["url"].startswith("/en/")


def _render(page, path, language):
    request = RequestFactory().get(path)
    with translation.override(language):
        return render_to_string("registry_pages/layout/page.html", {"page": page, "request": request})


@pytest.mark.django_db
def test_layout_has_lang_switcher_and_hreflang(bg_page):
    en_page = _translate(bg_page, "en", "Test page")
    html = _render(en_page, "/en/testova/", "en")
    assert '<html lang="en">' in html
    switcher = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    assert 'hreflang="bg"' in switcher and bg_page.get_url() in switcher
    assert 'hreflang="pl"' not in switcher
    assert f'<link rel="alternate" hreflang="bg" href="http://testserver{bg_page.get_url()}">' in html
    assert 'href="#main"' in html


@pytest.mark.django_db
def test_single_language_page_has_no_switcher(bg_page):
    html = _render(bg_page, "/bg/testova/", "bg")
    assert 'class="language-switcher"' not in html
    assert '<html lang="bg">' in html


@pytest.mark.django_db
def test_a_view_s_language_links_keep_its_query_even_when_long(client):
    """A view that is not a page (the register of changes; the search likewise): its switcher gives
    the same URL under each language (kept per path), and a URL longer than what is kept is
    translated all the same."""
    from registry_pages.core.layout import MAX_KEPT_PATH

    for query in ("такса куче", "x" * MAX_KEPT_PATH):
        for _ in range(2):  # the second answer comes from what was kept
            response = client.get("/bg/changes/", {"q": query})
            assert response.status_code == 200
            links = re.findall(r'<a href="([^"]+)" hreflang="(\w+)"', response.content.decode())
            assert {code for _url, code in links} >= {"pl", "uk", "en"}
            for url, code in links:
                path, _, query_string = unescape(url).partition("?")
                assert path == f"/{code}/changes/" and parse_qs(query_string) == {"q": [query]}
