"""Every public page stays within 15 SQL queries, however many items it shows.

Runs uncached (the test settings switch the page cache off). The generic test
walks every page type of the project that has live demo pages, so page types
added later (NGO register, action plans) are checked as soon as their demo
content exists.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.html import escape
from wagtail.models import Locale, get_page_models

from registry_pages.core.alphabet import first_letter
from registry_pages.models import ServiceCardPage, ServiceIndexPage
from tests.demo_mark import needs_demo

pytestmark = [pytest.mark.django_db, needs_demo]

# 15, plus one for the record's metryczka of a version published without the workflow (its author is
# read from the live revision; a version approved through the workflow costs none): the demo publishes
# some translations directly.
MAX_QUERIES = 16
LANGUAGES = ("bg", "pl", "uk", "en")
PROJECT_APPS = ("home", "registry_pages")


def _queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured)


@pytest.fixture
def warm(client):
    # The site-root paths and each language's layout (home, menu, municipality: cached per site and
    # language until the next publication) are cached by any earlier visitor of that language.
    for language in LANGUAGES:
        client.get(f"/{language}/")
    return client


def _project_page_models():
    return [m for m in get_page_models() if m._meta.app_label in PROJECT_APPS and not m._meta.abstract]


def test_every_page_type_in_every_language(warm, django_assert_max_num_queries):
    checked = {}
    for model in _project_page_models():
        for language in LANGUAGES:
            locale = Locale.objects.get(language_code=language)
            for page in model.objects.live().public().filter(locale=locale, alias_of__isnull=True)[:2]:
                with django_assert_max_num_queries(MAX_QUERIES):
                    assert warm.get(page.url).status_code == 200, page.url
                checked.setdefault(model.__name__, 0)
                checked[model.__name__] += 1
    for name in ("HomePage", "ServiceIndexPage", "ServiceCardPage", "EthicsCodeIndexPage", "EthicsCodePage",
                 "ReceptionDaysPage"):
        assert checked.get(name, 0) >= 4, (name, checked)


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_views(warm, language, django_assert_max_num_queries):
    index = ServiceIndexPage.objects.live().get(locale__language_code=language)
    card = ServiceCardPage.objects.live().child_of(index).first()
    first = first_letter(card.title)
    for query in ("", f"?category={card.category_id}", f"?letter={first}", f"?category={card.category_id}&letter={first}"):
        with django_assert_max_num_queries(MAX_QUERIES):
            response = warm.get(index.url + query)
        assert response.status_code == 200
        assert escape(card.title) in response.content.decode(), query
    for export in ("export.csv", "export.json"):
        with django_assert_max_num_queries(MAX_QUERIES):
            assert warm.get(index.url + export).status_code == 200


@pytest.mark.parametrize("language", LANGUAGES)
def test_search_page(warm, language):
    for query in ("", "?q=данък", "?q=tax+certificate", "?q=podatek&page=2", "?q=zzzzqqq"):
        warm.get(f"/{language}/search/{query}")  # the layout is cached per generation; each test starts a new one
        with CaptureQueriesContext(connection) as captured:
            response = warm.get(f"/{language}/search/{query}")
        assert response.status_code == 200
        # On PostgreSQL a ranked query is framed by two planner settings (search.ranking.PLANNER_HINT):
        # statements that read nothing, bounded apart (at most three ranked queries: the page's own,
        # the word families', the other languages').
        hints = [q for q in captured if "set_config('enable_seqscan'" in q["sql"]]
        assert len(captured) - len(hints) <= MAX_QUERIES, f"{query}: {len(captured) - len(hints)} queries"
        assert len(hints) <= 6, f"{query}: {len(hints)} planner settings"


def test_catalogue_queries_do_not_grow_with_cards(warm):
    from portal_demo.loadgen.runner import run

    index = ServiceIndexPage.objects.live().get(locale__language_code="bg")
    card = ServiceCardPage.objects.live().child_of(index).first()
    before_index, before_card = _queries(warm, index.url), _queries(warm, card.url)
    run({"services": 60}, languages=["bg"], log=lambda *a: None, index=index)
    assert ServiceCardPage.objects.child_of(index).count() >= 60
    warm.get(index.url)  # the new cards invalidated the cached layout: read it again once
    assert _queries(warm, index.url) <= before_index
    assert _queries(warm, card.url) <= before_card
    assert _queries(warm, "/bg/search/?q=удостоверение") <= MAX_QUERIES
