"""Breadcrumbs under every page below home, from home to the page's parent, without extra queries."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from registry_pages.models import ReceptionDaysPage, ServiceCardPage
from tests.demo_mark import needs_demo

pytestmark = [pytest.mark.django_db, needs_demo]


def _crumbs(html):
    nav = re.search(r'<nav class="breadcrumbs" aria-label="[^"]+">(.*?)</nav>', html, re.S)
    return re.findall(r'<a href="([^"]+)">([^<]+)</a>', nav.group(1)) if nav else None


def test_a_card_shows_home_and_its_catalogue(client):
    card = ServiceCardPage.objects.live().filter(locale__language_code="pl").order_by("path").first()
    crumbs = _crumbs(client.get(card.url).content.decode())
    home, catalogue = card.get_ancestors().filter(depth__gte=2).order_by("depth")
    assert crumbs == [(home.url, home.title), (catalogue.url, catalogue.title)]


def test_home_has_none_and_a_section_has_home(client):
    assert _crumbs(client.get("/uk/").content.decode()) is None
    section = ReceptionDaysPage.objects.live().get(locale__language_code="uk")
    assert [url for url, _ in _crumbs(client.get(section.url).content.decode())] == ["/uk/"]


def test_the_history_of_a_page_leads_back_to_the_page(client):
    card = ServiceCardPage.objects.live().filter(locale__language_code="en").order_by("path").first()
    crumbs = _crumbs(client.get(card.url + "history/").content.decode())
    assert crumbs[-1] == (card.url, card.title) and len(crumbs) == 3


def test_breadcrumbs_cost_no_query_of_their_own(client):
    card = ServiceCardPage.objects.live().filter(locale__language_code="bg").order_by("path").first()
    client.get(card.url)
    with CaptureQueriesContext(connection) as queries:
        client.get(card.url + "?nocache=1")
    # the breadcrumbs' only query, when the layout and the router cannot tell: the ancestors by depth
    ancestor_reads = [q["sql"] for q in queries.captured_queries if 'ORDER BY "wagtailcore_page"."depth"' in q["sql"]]
    assert ancestor_reads == []
