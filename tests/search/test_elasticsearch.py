"""Elasticsearch: the fallback when the cluster is down, and what Wagtail sends it.

The mapping and query tests build Wagtail's elasticsearch9 backend without a
server and inspect the index mapping and the query body for our page types.
The live test runs only when ELASTICSEARCH_URL is set.
"""

import logging
import os
import socket

import pytest
from django.test import override_settings
from modelsearch.query import PlainText
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from registry_pages.models import ServiceCardPage
from search.backends import language_backend_name, search_backends_from_env
from tests.search.support import results

DATABASE = {"BACKEND": "wagtail.search.backends.database"}


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]  # released on close: nothing listens there


def _es(url, **extra):
    return {
        "BACKEND": "wagtail.search.backends.elasticsearch9",
        "URLS": [url],
        "TIMEOUT": 1,
        "AUTO_UPDATE": False,
        "OPTIONS": {"max_retries": 0, "retry_on_timeout": False},
        **extra,
    }


@pytest.mark.django_db
def test_unreachable_cluster_falls_back_to_the_database(client, card, caplog):
    url = f"http://127.0.0.1:{_closed_port()}"
    backends = {"default": DATABASE, language_backend_name("bg"): _es(url), "database": DATABASE}
    with override_settings(WAGTAILSEARCH_BACKENDS=backends), caplog.at_level(logging.WARNING, logger="search"):
        titles = results(client, "bg", "удостоверение за наследници")
    assert titles[0] == card("heirs-certificate", "bg").title
    assert any("answering from 'database'" in record.getMessage() for record in caplog.records)


def test_settings_give_each_language_its_analyzer():
    backends = search_backends_from_env({"ELASTICSEARCH_URL": "http://es:9200", "ELASTICSEARCH_LANGUAGE_PLUGINS": "analysis-stempel"})
    analyzer = lambda lang: backends[f"es_{lang}"]["INDEX_SETTINGS"]["settings"]["analysis"]["analyzer"]["default"]  # noqa: E731
    assert analyzer("bg") == {"type": "bulgarian"}
    assert analyzer("pl") == {"type": "polish"}
    assert analyzer("uk")["filter"] == ["lowercase", "asciifolding"]  # no analysis-ukrainian plugin
    assert backends["es_uk"]["INDEX_PREFIX"] == "portal_uk_" and "database" in backends
    # Without Elasticsearch: Wagtail's database backend with the portal's scalable SQLite ranking.
    assert search_backends_from_env({}) == {"default": {"BACKEND": "search.db_backend", "AUTO_UPDATE": True}}


def _backend():
    from modelsearch.backends.elasticsearch9 import SearchBackend

    return SearchBackend(_es("http://127.0.0.1:9"))


def test_service_card_mapping_boosts_titles_and_summaries():
    mapping = _backend().mapping_class(ServiceCardPage).get_mapping()
    properties = mapping["properties"]
    title = properties["title"]
    assert "_all_text_boost_2_0" in title["copy_to"]
    summary = properties["registry_pages_servicecardpage__summary"]
    assert "_all_text_boost_1_5" in summary["copy_to"]
    assert properties["registry_pages_registrybasepage__extra_search_terms"]["copy_to"] == "_all_text"  # lemmas
    assert properties["title_edgengrams"]["analyzer"] == "edgengram_analyzer"
    assert properties["registry_pages_servicecardpage__category_id_filter"]["type"] == "long"


def test_query_body_searches_all_text_with_boosts_and_filters():
    backend = _backend()
    queryset = ServiceCardPage.objects.live().filter(locale_id=1)
    compiler = backend.query_compiler_class(queryset, PlainText("удостоверение наследник", operator="or"))
    query = compiler.get_query()["bool"]
    assert query["must"]["multi_match"]["query"] == "удостоверение наследник"
    assert query["must"]["multi_match"]["fields"] == ["_all_text", "_all_text_boost_1_5^1.5", "_all_text_boost_2_0^2.0"]
    assert {"match": {"_django_content_type": "registry_pages.ServiceCardPage"}} in query["filter"]
    assert {"bool": {"must": [{"term": {"live_filter": True}}, {"term": {"locale_id_filter": 1}}]}} in query["filter"]


@pytest.mark.django_db
def test_query_body_matches_the_typed_words_fuzzily_beside_every_form():
    from search.engine import backend_query
    from search.query import QueryPlan

    plan = QueryPlan.build("удостоверениэ за наследници", "bg")  # a one-letter typo
    backends = search_backends_from_env({"ELASTICSEARCH_URL": "http://127.0.0.1:9"})
    with override_settings(WAGTAILSEARCH_BACKENDS=backends):
        query = backend_query(plan, language_backend_name("bg"))
        database_query = backend_query(plan, "database")
    assert isinstance(database_query, PlainText)  # the database backends get the forms only
    compiler = _backend().query_compiler_class(ServiceCardPage.objects.live(), query)
    field_queries = compiler.get_query()["bool"]["must"]["dis_max"]["queries"]
    assert len(field_queries) == 3  # _all_text and its two boosted copies
    exact, fuzzy = field_queries[0]["bool"]["should"]
    assert set(exact["match"]["_all_text"]["query"].split()) == plan.all_forms()
    assert fuzzy["match"]["_all_text"] == {"query": "удостоверениэ наследници", "fuzziness": "AUTO"}


@pytest.mark.django_db
@pytest.mark.skipif(not os.environ.get("ELASTICSEARCH_URL"), reason="needs a cluster: set ELASTICSEARCH_URL")
def test_live_cluster_answers_in_the_language_backend(client, card):
    from django.core.management import call_command

    backends = search_backends_from_env(os.environ)
    with override_settings(WAGTAILSEARCH_BACKENDS=backends):
        call_command("update_index", backend_name=language_backend_name("bg"), verbosity=0)
        get_search_backend(language_backend_name("bg")).refresh_index()
        titles = results(client, "bg", "удостоверения за наследници")
    assert titles[0] == card("heirs-certificate", "bg").title
    assert Page.objects.exists()
