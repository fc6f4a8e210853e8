"""The visit counter: a view counted per page and per day, also when the page came from the page cache;
nothing about the visitor kept, and a page never broken by the count."""

import re
from unittest import mock

import pytest
from django.core.cache import cache
from django.db import DatabaseError
from django.utils import timezone, translation
from django.utils.translation import gettext

from registry_pages.core.page_cache import CACHE_HEADER
from registry_pages.record.models import PageViewDay, SiteViewDay
from tests.registry_pages.record.support import approved_version
from tests.registry_pages.services.support import card, catalogue, category

pytestmark = pytest.mark.django_db

BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"
PAGE_CACHE = "registry_pages.core.page_cache.AnonymousPageCacheMiddleware"


@pytest.fixture
def page_cache_on(settings):
    if PAGE_CACHE not in settings.MIDDLEWARE:  # the add-on's own test settings run without it
        settings.MIDDLEWARE = [PAGE_CACHE, *settings.MIDDLEWARE]
    settings.REGISTRY_PAGE_CACHE_TIMEOUT = 600
    settings.REGISTRY_PAGE_CACHE_GENERATION_FILE = ""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def published_card(site_root, pr_expert, secretary, mayor):
    page = card(catalogue(site_root), "Удостоверение за раждане", category("Гражданско състояние"), live=False)
    return approved_version(page, pr_expert, secretary, mayor)


def _beacon(html):
    found = re.search(r'<img class="page-record__counter" src="([^"]+)"', html)
    assert found, "the page carries the counter's image"
    return found.group(1)


def _visit(client, page, **headers):
    """What a browser does: load the page, then the images in it."""
    response = client.get(page.url, HTTP_USER_AGENT=BROWSER, **headers)
    assert response.status_code == 200
    image = client.get(_beacon(response.content.decode()), HTTP_USER_AGENT=BROWSER, **headers)
    assert image.status_code == 200 and image["Content-Type"] == "image/gif"
    assert image["Cache-Control"] == "no-store" and not image.cookies
    return response


def _views(page):
    return sum(PageViewDay.objects.filter(page_id=page.pk).values_list("count", flat=True))


def test_the_counter_counts_a_view_of_a_cached_page(client, published_card, page_cache_on):
    first = _visit(client, published_card)
    second = _visit(client, published_card)
    assert first[CACHE_HEADER] == "miss" and second[CACHE_HEADER] == "hit"
    assert second.content == first.content  # counted outside the cached body
    assert _views(published_card) == 2
    row = PageViewDay.objects.get(page_id=published_card.pk)
    assert row.day == timezone.localdate() and row.count == 2
    assert SiteViewDay.objects.get(site_id=published_card.get_site().pk).count == 2


def test_the_record_shows_the_views_of_the_page(client, published_card, django_assert_max_num_queries):
    PageViewDay.objects.create(page_id=published_card.pk, day=timezone.localdate(), count=5)
    PageViewDay.objects.create(page_id=published_card.pk, day=timezone.localdate() - timezone.timedelta(days=90),
                               count=7)
    client.get(published_card.url)  # warm the site-root and layout caches
    with django_assert_max_num_queries(15):
        html = client.get(published_card.url).content.decode()
    record = html.split('class="page-record"', 1)[1].split("</section>", 1)[0]
    with translation.override("bg"):
        assert f"<dt>{gettext('Views')}</dt>" in record
    assert re.search(r"<dd>12\D[^<]*\b5\b", record), record


def test_robots_head_requests_and_unknown_pages_are_not_counted(client, published_card):
    url = _beacon(client.get(published_card.url).content.decode())
    for user_agent in ("Googlebot/2.1 (+http://www.google.com/bot.html)", "curl/8.5", ""):
        assert client.get(url, HTTP_USER_AGENT=user_agent).status_code == 200
    assert client.head(url, HTTP_USER_AGENT=BROWSER).status_code == 200
    assert client.get("/record/seen/999999.gif", HTTP_USER_AGENT=BROWSER).status_code == 200
    assert client.post(url, HTTP_USER_AGENT=BROWSER).status_code == 405
    assert PageViewDay.objects.count() == 0 and SiteViewDay.objects.count() == 0


def test_nothing_about_the_visitor_is_kept():
    assert {f.name for f in PageViewDay._meta.get_fields()} == {"id", "page_id", "day", "count"}
    assert {f.name for f in SiteViewDay._meta.get_fields()} == {"id", "site_id", "day", "count"}


def test_a_failed_count_breaks_neither_the_page_nor_the_image(client, published_card, page_cache_on):
    with mock.patch("registry_pages.record.visits._add_one", side_effect=DatabaseError("disk full")):
        response = _visit(client, published_card)
    assert "Удостоверение за раждане" in response.content.decode()
    assert _views(published_card) == 0
    _visit(client, published_card)  # and the next view is counted again
    assert _views(published_card) == 1


def test_a_preview_carries_no_counter(admin_client, published_card):
    html = admin_client.get(f"/admin/pages/{published_card.pk}/view_draft/").content.decode()
    assert 'class="page-record"' in html and "page-record__counter" not in html


def test_the_register_of_changes_shows_the_site_total(client, site_root, django_assert_max_num_queries):
    site = site_root.get_site()
    SiteViewDay.objects.create(site_id=site.pk, day=timezone.localdate(), count=3)
    SiteViewDay.objects.create(site_id=site.pk, day=timezone.localdate() - timezone.timedelta(days=40), count=4)
    client.get("/bg/changes/")
    with django_assert_max_num_queries(15):
        html = client.get("/bg/changes/").content.decode()
    line = html.split('class="record-register__views"', 1)[1].split("</p>", 1)[0]
    assert re.search(r"\b7\b.*\b3\b", line), line


class _Unreachable:
    """A cache server that is down (Redis without django-redis' IGNORE_EXCEPTIONS)."""

    def get(self, *args, **kwargs):
        raise ConnectionError("cache down")

    set = get


def test_the_record_shows_its_views_with_the_cache_down(client, published_card):
    PageViewDay.objects.create(page_id=published_card.pk, day=timezone.localdate(), count=3)
    with mock.patch("registry_pages.record.visits.page_cache.layout_cache", return_value=_Unreachable()):
        from registry_pages.record.visits import page_views

        assert page_views(published_card) == (3, 3)
