"""Elasticsearch unreachable: every search surface answers from the database.

The backends are the portal's own (`search_backends_from_env`) pointed at a
closed port with a one-second timeout: the citizens' search, the API's
`?search=`, the NGO register's `?q=` and the admin's page search all answer,
one warning is logged, and a publication still goes through.
"""

import logging
import time

import pytest
from django.test import override_settings
from wagtail.models import Page

from registry_pages.models import NGOEntryPage, NGORegisterPage, ServiceCardPage
from search import es_backend
from search.backends import search_backends_from_env
from tests.demo_mark import needs_demo
from tests.search.support import results

pytestmark = [pytest.mark.django_db, needs_demo]


@pytest.fixture
def es_down():
    es_backend._circuits.clear()  # a fresh breaker: the first call of each test tries the cluster
    backends = search_backends_from_env({"ELASTICSEARCH_URL": "http://127.0.0.1:9", "ELASTICSEARCH_TIMEOUT": "1"})
    with override_settings(WAGTAILSEARCH_BACKENDS=backends):
        yield backends
    es_backend._circuits.clear()


def outage_warnings(caplog):
    return [r for r in caplog.records if r.name == "cms.outage" and r.levelno == logging.WARNING]


def test_citizens_search_answers_from_the_database(client, es_down, card, caplog):
    with caplog.at_level(logging.WARNING):
        titles = results(client, "bg", "удостоверение за наследници")
        again = results(client, "bg", "удостоверение за наследници")
    assert titles[0] == again[0] == card("heirs-certificate", "bg").title
    fallbacks = [r for r in caplog.records if "answering from 'database'" in r.getMessage()]
    assert len(fallbacks) == 1 and len(outage_warnings(caplog)) == 1  # not one per query


def test_api_search_answers_from_the_database(client, es_down, card, caplog):
    wanted = card("heirs-certificate", "en")
    with caplog.at_level(logging.WARNING, logger="cms.outage"):
        response = client.get("/api/v2/pages/", {"search": wanted.title, "type": "registry_pages.ServiceCardPage"})
        again = client.get("/api/v2/pages/", {"search": wanted.title, "limit": 5})
    assert response.status_code == 200 and again.status_code == 200
    body = response.json()
    assert body["meta"]["total_count"] >= 1
    assert wanted.pk in [item["id"] for item in body["items"]]
    assert len(again.json()["items"]) <= 5 and again.json()["meta"]["total_count"] >= 1
    assert len(outage_warnings(caplog)) == 1  # once for the window, not per query


def test_ngo_register_search_answers_from_the_database(client, es_down):
    register = NGORegisterPage.objects.live().filter(locale__language_code="bg").first()
    entry = NGOEntryPage.objects.child_of(register).live().first()
    response = client.get(register.url, {"q": entry.title})
    assert response.status_code == 200
    assert entry.title in response.content.decode()


def test_admin_page_search_answers_from_the_database(client, es_down, pr_expert, card):
    client.force_login(pr_expert)
    wanted = card("heirs-certificate", "bg")
    response = client.get("/admin/pages/search/", {"q": wanted.title})
    assert response.status_code == 200
    assert wanted.title in response.content.decode()


def test_admin_autocomplete_and_counts_answer_from_the_database(es_down, card):
    from wagtail.search.backends import get_search_backend

    wanted = card("heirs-certificate", "bg")
    backend = get_search_backend()  # the Elasticsearch `default`
    found = backend.autocomplete(wanted.title[:6], Page.objects.filter(locale=wanted.locale))
    assert found.count() >= 1
    searched = backend.search(wanted.title, ServiceCardPage.objects.live())
    assert wanted in list(searched[:10])


def test_publishing_with_the_cluster_down_goes_through(es_down, card, caplog):
    page = card("heirs-certificate", "bg")
    page.summary = page.summary + " "
    with caplog.at_level(logging.WARNING, logger="cms.outage"):
        started = time.perf_counter()
        page.save_revision().publish()
        page.save_revision().publish()  # within the window: the cluster is not even tried
        elapsed = time.perf_counter() - started
    assert ServiceCardPage.objects.get(pk=page.pk).live
    assert elapsed < 5
    assert len(outage_warnings(caplog)) == 1
