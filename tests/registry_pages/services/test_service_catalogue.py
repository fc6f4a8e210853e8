"""The service catalogue at the size of a city: grouped, paginated, bounded in queries and cards."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from django.utils.translation import ngettext

from registry_pages.core.alphabet import sort_key
from registry_pages.models import ServiceCardPage
from registry_pages.services.catalogue import GROUP_SIZE, PER_PAGE
from tests.registry_pages.services.support import (
    catalogue,
    catalogue_query_bound,
    category,
)

pytestmark = pytest.mark.django_db
LISTED = re.compile(r'<li><a href="[^"]+">(Услуга \d{3}|Такса \d{3})</a>')


def _cards(index, prefix, count, cat):
    """Live cards without revisions (fast): title "<prefix> 000" …"""
    for number in range(count):
        index.add_child(instance=ServiceCardPage(
            title=f"{prefix} {number:03d}", summary="Описание.", category=cat, live=True, no_documents_required=True,
        ))


def _listed(html):
    return LISTED.findall(html)


def _queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured), response.content.decode()


@pytest.fixture
def civil(db):
    return category("Гражданско състояние", 1)


@pytest.fixture
def taxes(db):
    return category("Местни данъци", 2)


def test_all_services_shows_the_first_cards_of_each_category_and_a_link_to_the_rest(client, site_root, civil, taxes):
    index = catalogue(site_root)
    _cards(index, "Услуга", 12, civil)
    _cards(index, "Такса", 3, taxes)
    html = client.get(index.url).content.decode()
    listed = _listed(html)
    assert listed == [f"Услуга {n:03d}" for n in range(GROUP_SIZE)] + ["Такса 000", "Такса 001", "Такса 002"]
    with translation.override("bg"):
        more = ngettext("All %(counter)s service in %(category)s", "All %(counter)s services in %(category)s", 12) % {
            "counter": 12, "category": civil.name}
    assert more.startswith("Всички 12 услуги")
    assert f'<a href="{index.url}?category={civil.pk}">{more}</a>' in html
    assert "Всички 3 услуги" not in html  # every card of "Местни данъци" is already shown
    assert "Гражданско състояние (12)" in html and "Местни данъци (3)" in html


def test_a_category_is_paginated_with_accessible_links(client, site_root, civil):
    index = catalogue(site_root)
    _cards(index, "Услуга", 120, civil)
    first = client.get(index.url, {"category": civil.pk}).content.decode()
    assert _listed(first) == [f"Услуга {n:03d}" for n in range(PER_PAGE)]
    nav = re.search(r'<nav class="pagination" aria-label="([^"]+)">(.*?)</nav>', first, re.S)
    assert nav.group(1) == "Страници с резултати"
    assert '<span aria-current="page">1</span>' in nav.group(2)
    assert f'href="?category={civil.pk}&amp;page=2"' in nav.group(2) and 'rel="next"' in nav.group(2)
    assert "Услуги 1–50 от 120" in first
    last = client.get(index.url, {"category": civil.pk, "page": 3}).content.decode()
    assert _listed(last) == [f"Услуга {n:03d}" for n in range(100, 120)]
    assert '<span aria-current="page">3</span>' in last and 'rel="prev"' in last and 'rel="next"' not in last
    # Out of range or not a number: the nearest page, never an error.
    assert _listed(client.get(index.url, {"category": civil.pk, "page": 99}).content.decode()) == _listed(last)
    assert _listed(client.get(index.url, {"category": civil.pk, "page": "x"}).content.decode()) == _listed(first)


def test_a_letter_is_paginated_and_keeps_the_letter_in_the_links(client, site_root, civil, taxes):
    index = catalogue(site_root)
    _cards(index, "Услуга", 60, civil)
    _cards(index, "Такса", 5, taxes)
    html = client.get(index.url, {"letter": "у"}).content.decode()
    assert len(_listed(html)) == PER_PAGE and "Такса" not in html
    assert "page=2" in html and "letter=%D0%A3&amp;page=2" in html
    second = client.get(index.url, {"letter": "У", "page": 2}).content.decode()
    assert _listed(second) == [f"Услуга {n:03d}" for n in range(50, 60)]


def test_a_large_catalogue_costs_the_same_queries_and_renders_a_bounded_number_of_cards(client, site_root, civil, taxes):
    small, large = catalogue(site_root, "t-small"), catalogue(site_root, "t-large")
    for index, count in ((small, 10), (large, 120)):
        _cards(index, "Услуга", count // 2, civil)
        _cards(index, "Такса", count // 2, taxes)
    client.get(small.url)  # warm the site-root paths and both routes (core/routing.py)
    client.get(large.url)
    for query in ("", f"?category={civil.pk}", "?letter=%D0%A3", f"?category={taxes.pk}&letter=%D0%A2&page=2"):
        small_queries, _ = _queries(client, small.url + query)
        large_queries, html = _queries(client, large.url + query)
        assert small_queries == large_queries <= catalogue_query_bound(), query
        assert len(_listed(html)) <= (2 * GROUP_SIZE if not query else PER_PAGE), query
    assert len(_listed(client.get(large.url).content.decode())) == 2 * GROUP_SIZE


def test_exports_still_list_every_card(client, site_root, civil):
    index = catalogue(site_root)
    _cards(index, "Услуга", 70, civil)
    data = client.get(index.url + "export.json").json()
    assert len(data["items"]) == 70 and data["items"][0]["category"] == "Гражданско състояние"
    assert client.get(index.url + "export.csv").content.decode("utf-8").count("Услуга ") == 70


def test_sort_key_follows_each_alphabet():
    uk = ["Дім", "Ґанок", "Гора", "Їжа", "Іній", "2 довідки", "«Єдине вікно»"]
    assert sorted(uk, key=lambda t: sort_key(t, "uk")) == ["Гора", "Ґанок", "Дім", "«Єдине вікно»", "Іній", "Їжа",
                                                          "2 довідки"]
    pl = ["Zgoda", "Łąka", "Lista", "ćwiczenia", "Cło"]
    assert sorted(pl, key=lambda t: sort_key(t, "pl")) == ["Cło", "ćwiczenia", "Lista", "Łąka", "Zgoda"]
