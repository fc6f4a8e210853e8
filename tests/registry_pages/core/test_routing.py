"""Finding the page without walking the tree (registry_pages/core/routing.py).

A citizen gets the same answer with the route cache as with Wagtail's walk, with fewer
queries: the card, the catalogue and its downloads, the homes, the NGO register and the
action plans; private pages ask for their password or a login as before; an unpublished page
answers 404 at once; a moved or renamed page is found at its new address and its old address
answers as Wagtail answers it. With the cache down, or for an editor, pages take Wagtail's way.
"""

import itertools
import os
import re

import pytest
from django.conf import settings as django_settings
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page, PageViewRestriction

from registry_pages.core import page_cache, routing
from registry_pages.models import (
    ActionItemPage,
    NGOEntryPage,
    ServiceCardPage,
    ServiceIndexPage,
)
from tests.demo_mark import needs_demo
from tests.registry_pages.services.support import card, catalogue, category

pytestmark = [pytest.mark.django_db, needs_demo]

SITE_QUERY = 'FROM "wagtailcore_site"'
_closed_ports = itertools.count(1)


def _visit(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    return response, [query["sql"] for query in captured]


def _walked(queries) -> bool:
    return any(SITE_QUERY in sql for sql in queries)


def _answer(response):
    return response.status_code, response.get("Location", "")


def _without_token(response) -> str:
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", response.content.decode())


@pytest.fixture
def shortcut(settings):
    settings.REGISTRY_ROUTE_CACHE = True
    routing.clear()
    yield settings
    routing.clear()


def _as_wagtail_answers(settings, url):
    """The answer and queries of Wagtail's own walk (the route cache off), from a warm process."""
    settings.REGISTRY_ROUTE_CACHE = False
    try:
        _visit(Client(), url)
        return _visit(Client(), url)
    finally:
        settings.REGISTRY_ROUTE_CACHE = True


def _demo_urls():
    bg = {"locale__language_code": "bg"}
    heirs = ServiceCardPage.objects.live().get(slug="heirs-certificate", **bg)
    index = ServiceIndexPage.objects.live().get(**bg)
    entry = NGOEntryPage.objects.live().filter(**bg).first()
    item = ActionItemPage.objects.live().filter(**bg).first()
    pl_index = ServiceIndexPage.objects.live().get(locale__language_code="pl")
    return [
        heirs.url, heirs.url + "history/", index.url, f"{index.url}?category={heirs.category_id}",
        index.url + "export.csv", pl_index.url, "/bg/", "/pl/", "/uk/", entry.url, item.url,
    ]


def test_demo_pages_answer_the_same_with_fewer_queries(client, shortcut):
    for url in _demo_urls():
        expected, walk = _as_wagtail_answers(shortcut, url)
        first, _ = _visit(client, url)  # remembers the route
        response, queries = _visit(client, url)
        assert _answer(first) == _answer(response) == _answer(expected) == (200, ""), url
        assert response.content == expected.content, url
        assert not _walked(queries) and _walked(walk), url
        assert len(queries) <= len(walk) - 4, (url, len(queries), len(walk))


def test_the_card_is_read_in_one_query_with_what_it_shows(client, shortcut):
    heirs = ServiceCardPage.objects.live().get(slug="heirs-certificate", locale__language_code="bg")
    client.get(heirs.url)
    response, queries = _visit(client, heirs.url)
    assert response.status_code == 200 and heirs.title in response.content.decode()
    assert queries[0].count("EXISTS") == 1 and "registry_pages_servicecategory" in queries[0]  # card, joins, restrictions
    assert not any(sql.split(" FROM ")[1].startswith(('"wagtailcore_site"', '"wagtailcore_locale"')) for sql in queries)
    assert len(queries) <= 7  # Wagtail's walk: 14


def test_with_stored_parts_the_card_is_read_alone_and_its_parts_rendered_identically(client, shortcut, settings):
    """Its stored parts hold what the joins fed; the first render (no parts yet) reads those rows
    itself and gives the same page as Wagtail's walk."""
    heirs = ServiceCardPage.objects.live().get(slug="heirs-certificate", locale__language_code="bg")
    expected, _walk = _as_wagtail_answers(shortcut, heirs.url)
    settings.CACHES = {**settings.CACHES, "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "lean-route"}}
    settings.REGISTRY_STORED_PARTS_TIMEOUT = 600
    settings.REGISTRY_PAGE_CACHE_GENERATION_FILE = ""
    client.get(heirs.url)  # remembers the route
    rendered, queries = _visit(client, heirs.url)  # renders and keeps the parts
    assert _without_token(rendered) == _without_token(expected)
    assert "registry_pages_servicecategory" not in queries[0] and queries[0].count("EXISTS") == 1
    assert heirs.category.name in rendered.content.decode()
    served, queries = _visit(client, heirs.url)
    assert served.content == rendered.content and len(queries) == 1


@pytest.fixture
def own_card(site_root):
    """A catalogue of the test's own with one card, visited once (its route remembered)."""
    index = catalogue(site_root, slug="t-route-services")
    page = card(index, "Удостоверение за маршрут", category("Тестова категория"))
    return index, ServiceCardPage.objects.get(pk=page.pk)


def _remembered(client, url):
    client.get(url)
    response, queries = _visit(client, url)
    assert response.status_code == 200 and not _walked(queries), url
    return response


def test_an_unpublished_page_answers_404_at_once(client, shortcut, own_card):
    _index, page = own_card
    url = page.url
    _remembered(client, url)
    page.unpublish()
    assert client.get(url).status_code == 404


def test_a_page_taken_offline_without_any_signal_answers_404_too(client, shortcut, own_card):
    _index, page = own_card
    url = page.url
    _remembered(client, url)
    Page.objects.filter(pk=page.pk).update(live=False)  # no signal, no new generation
    assert client.get(url).status_code == 404


@pytest.mark.parametrize("restriction_type", [PageViewRestriction.PASSWORD, PageViewRestriction.LOGIN])
def test_a_private_page_asks_for_its_password_or_a_login_as_before(client, shortcut, own_card, restriction_type):
    index, page = own_card
    url = page.url
    _remembered(client, url)
    PageViewRestriction.objects.create(page=index, restriction_type=restriction_type, password="secret")
    expected, _ = _as_wagtail_answers(shortcut, url)
    for _ in range(2):
        response = Client().get(url)
        assert _answer(response) == _answer(expected)
        assert _without_token(response) == _without_token(expected)
    if restriction_type == PageViewRestriction.PASSWORD:
        assert response.status_code == 200 and 'name="password"' in response.content.decode()
        assert page.title not in response.content.decode()
    else:
        assert response.status_code == 302 and "next=" in response["Location"]


def test_a_restriction_added_without_a_new_generation_still_applies(client, shortcut, own_card):
    index, page = own_card
    url = page.url
    _remembered(client, url)
    PageViewRestriction.objects.bulk_create(  # no signal: the generation stays
        [PageViewRestriction(page=index, restriction_type=PageViewRestriction.LOGIN)]
    )
    response = client.get(url)
    assert response.status_code == 302 and "next=" in response["Location"]


def test_the_password_unlocks_the_page_as_before(client, shortcut, own_card):
    _index, page = own_card
    url = page.url
    _remembered(client, url)
    restriction = PageViewRestriction.objects.create(page=page, restriction_type="password", password="secret")
    form = client.get(url)
    assert 'name="password"' in form.content.decode()
    with translation.override("bg"):
        action = reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk])
    assert f'action="{action}"' in form.content.decode()
    unlocked = client.post(action, {"password": "secret", "return_url": url})
    assert unlocked.status_code == 302
    assert page.title in client.get(url).content.decode()


def _rename(page, slug):
    page = ServiceCardPage.objects.get(pk=page.pk)
    page.slug = slug
    page.save_revision().publish()
    return ServiceCardPage.objects.get(pk=page.pk)


def test_a_renamed_page_is_found_at_its_new_address_and_the_old_one_answers_as_wagtail_does(
    client, shortcut, own_card
):
    _index, page = own_card
    old = page.url
    _remembered(client, old)
    renamed = _rename(page, "t-route-renamed")
    response = client.get(old)
    assert _answer(response) == _answer(_as_wagtail_answers(shortcut, old)[0])
    assert response.status_code in (301, 302, 404)
    assert renamed.title in client.get(renamed.url).content.decode()
    assert _remembered(client, renamed.url).status_code == 200


def test_a_moved_page_is_found_at_its_new_address_and_the_old_one_answers_as_wagtail_does(
    client, shortcut, own_card, site_root
):
    _index, page = own_card
    old = page.url
    _remembered(client, old)
    other = catalogue(site_root, slug="t-route-elsewhere")
    Page.objects.get(pk=page.pk).move(other, pos="last-child")
    moved = ServiceCardPage.objects.get(pk=page.pk)
    assert moved.url != old
    response = client.get(old)
    assert _answer(response) == _answer(_as_wagtail_answers(shortcut, old)[0])
    assert moved.title in client.get(moved.url).content.decode()


def test_a_rename_whose_new_generation_was_lost_is_still_not_served_at_the_old_address(
    client, shortcut, own_card, monkeypatch
):
    _index, page = own_card
    old = page.url
    _remembered(client, old)
    monkeypatch.setattr(page_cache, "_bump", lambda: None)  # the bump never reaches the cache
    renamed = _rename(page, "t-route-lost-bump")
    response = client.get(old)
    assert response.status_code != 200 or renamed.title not in response.content.decode()
    assert renamed.title in client.get(renamed.url).content.decode()


def test_an_editor_takes_wagtails_way(client, shortcut, own_card):
    _index, page = own_card
    _remembered(client, page.url)
    editor = get_user_model().objects.create_superuser("t_route_editor", "e@example.org", "pw")
    client.force_login(editor)
    response, queries = _visit(client, page.url)
    assert response.status_code == 200 and _walked(queries)


def test_with_the_cache_down_pages_take_wagtails_way(client, shortcut, own_card):
    _index, page = own_card
    options = {**django_settings.REDIS_OPTIONS, "IGNORE_EXCEPTIONS": True}
    shortcut.CACHES = {"default": {
        "BACKEND": "django_redis.cache.RedisCache", "LOCATION": f"redis://127.0.0.1:9/{next(_closed_ports)}",
        "KEY_PREFIX": f"test-route-{os.getpid()}", "OPTIONS": options,
    }}
    for url in (page.url, "/bg/", page.url):
        response, queries = _visit(client, url)
        assert response.status_code == 200 and _walked(queries), url


def test_switched_off(client, shortcut, own_card):
    shortcut.REGISTRY_ROUTE_CACHE = False
    _index, page = own_card
    client.get(page.url)
    assert _walked(_visit(client, page.url)[1])


def test_views_that_are_not_pages_reuse_the_site_and_locale(client, shortcut):
    client.get("/bg/")  # any page remembers the host's site
    client.get("/bg/changes/")
    response, queries = _visit(client, "/bg/changes/")
    assert response.status_code == 200 and not _walked(queries)
    assert not any(sql.split(" FROM ")[1].startswith('"wagtailcore_locale"') for sql in queries)


def test_a_view_that_is_not_a_page_remembers_the_site_it_found(client, shortcut):
    """A citizen landing on the search first: the next search and the next page skip the site query."""
    first, queries = _visit(client, "/bg/search/?q=удостоверение")
    assert first.status_code == 200 and _walked(queries)  # nothing remembered yet: Wagtail's lookup
    again, queries = _visit(client, "/bg/search/?q=акт")
    assert again.status_code == 200 and not _walked(queries)
    other_host = Client(HTTP_HOST="localhost")
    assert _walked(_visit(other_host, "/bg/search/?q=акт")[1])  # kept per host
