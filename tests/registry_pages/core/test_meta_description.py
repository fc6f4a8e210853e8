"""Every public page has a meta description, in the page's language (docs/performance.md)."""

import html
import re

import pytest
from django.utils import translation
from wagtail.models import Locale, get_page_models

from registry_pages.core.meta import MAX_LENGTH, page_description
from registry_pages.models import ServiceIndexPage
from tests.demo_mark import needs_demo

LANGUAGES = ("bg", "pl", "uk", "en")
META = re.compile(r'<meta name="description" content="([^"]*)">')


def _description(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    found = META.findall(response.content.decode())
    assert len(found) == 1, url
    return html.unescape(found[0])


@pytest.mark.django_db
@needs_demo
def test_every_page_type_in_every_language_has_one(client):
    checked = set()
    for model in [m for m in get_page_models() if m._meta.app_label in ("home", "registry_pages")]:
        for language in LANGUAGES:
            locale = Locale.objects.get(language_code=language)
            for page in model.objects.live().public().filter(locale=locale, alias_of__isnull=True)[:2]:
                text = _description(client, page.url)
                assert text.strip() and len(text) <= MAX_LENGTH, (page.url, text)
                if page.search_description:
                    assert text == page.search_description[:MAX_LENGTH] or text.startswith(page.search_description[:40])
                checked.add((model.__name__, language))
    for name in ("HomePage", "ServiceIndexPage", "ServiceCardPage", "EthicsCodePage", "ReceptionDaysPage",
                 "NGORegisterPage", "ActionPlanPage"):
        assert {(name, language) for language in LANGUAGES} <= checked, name


@pytest.mark.django_db
@needs_demo
@pytest.mark.parametrize("language,word", [("bg", "Търс"), ("pl", "Szukaj"), ("uk", "Пошук"), ("en", "Search")])
def test_the_search_page_has_one_in_its_language(client, language, word):
    assert word.casefold() in _description(client, f"/{language}/search/?q=x").casefold()


@pytest.mark.parametrize("language,words", [("bg", "на портала за прозрачност"), ("pl", "na portalu przejrzystości"),
                                            ("uk", "на порталі прозорості"), ("en", "on the transparency portal")])
def test_a_page_without_its_own_text_gets_a_sentence_naming_its_type(language, words):
    page = ServiceIndexPage(title="Услуги", search_description="", intro="")
    with translation.override(language):
        text = page_description(page, "Община Примерово")
    assert words in text and "Услуги" in text and "Община Примерово" in text


def test_the_summary_is_used_without_markup_and_cut_at_the_limit():
    page = ServiceIndexPage(title="X", search_description="", intro="<p>Всички <b>услуги</b> " + "дума " * 80 + "</p>")
    text = page_description(page, "")
    assert text.startswith("Всички услуги дума") and "<" not in text and len(text) <= MAX_LENGTH
