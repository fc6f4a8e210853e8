"""Stored parts (registry_pages/core/stored_parts.py): a register page's content rendered once per
version and kept, used when the page cache misses. With the page cache off, a page served from its
stored parts must equal a fresh render after every kind of change, cost fewer queries, and fall back
to the full render when the cache is down."""

import pytest
from django.core.cache import cache

from registry_pages.core import stored_parts
from registry_pages.models import Department, ServiceCardPage
from registry_pages.services.models import RelatedService
from tests.demo_mark import needs_demo
from tests.registry_pages.core.test_cache_tags import (
    _changes,
    _demo_urls,
    bg_cards,
    fresh,
    publish,
)

pytestmark = [pytest.mark.django_db, needs_demo]


@pytest.fixture
def parts_on(settings):
    settings.CACHES = {**settings.CACHES, "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "stored-parts",
        "OPTIONS": {"MAX_ENTRIES": 100_000}}}
    settings.REGISTRY_PAGE_CACHE_TIMEOUT = 0  # the page cache off: only the parts are kept
    settings.REGISTRY_STORED_PARTS_TIMEOUT = 600
    settings.REGISTRY_PAGE_CACHE_GENERATION_FILE = ""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def part_hits(monkeypatch):
    """Counts the requests answered from stored parts (their context not built)."""
    hits = []
    real = stored_parts.prepare

    def counting(page, request, context):
        found = real(page, request, context)
        if found:
            hits.append(request.path)
        return found

    monkeypatch.setattr(stored_parts, "prepare", counting)
    return hits


def card_with_related():
    link = RelatedService.objects.filter(page__live=True, service__live=True, page__locale__language_code="bg")
    return link.select_related("page", "service").first()


def test_a_card_is_rendered_once_then_served_from_its_parts_identically(client, parts_on, part_hits):
    card = bg_cards().first()
    first = client.get(card.url)
    second = client.get(card.url)
    assert part_hits == [card.url]
    assert first.status_code == second.status_code == 200
    assert second.content == first.content == fresh(card.url).content
    assert card.title in second.content.decode()


def test_parts_save_the_card_s_own_queries(client, parts_on, django_assert_max_num_queries):
    card = bg_cards().filter(in_person_department__isnull=False).first()
    client.get(card.url)  # stores
    # Without parts the card costs 14 queries (tests/registry_pages/services): finding it (site, locale,
    # the route, its ancestors' restrictions) and the layout's translations remain.
    with django_assert_max_num_queries(9):
        assert client.get(card.url).status_code == 200


def test_a_published_change_is_shown_at_once(client, parts_on):
    card = bg_cards().first()
    client.get(card.url)
    publish(card, summary="Обобщение след новата версия на картата.")
    assert "Обобщение след новата версия на картата." in client.get(card.url).content.decode()


def test_a_change_saved_without_publishing_is_a_new_version_of_the_parts(client, parts_on):
    # A direct save (a data migration, a command) changes the row: the parts' key follows the row.
    card = bg_cards().first()
    client.get(card.url)
    ServiceCardPage.objects.filter(pk=card.pk).update(summary="Обобщение, записано направо в базата.")
    assert "Обобщение, записано направо в базата." in client.get(card.url).content.decode()


def test_a_related_service_s_new_title_reaches_the_card_showing_it(client, parts_on):
    link = card_with_related()
    client.get(link.page.url)
    publish(link.service, title="Свързана услуга с ново заглавие")
    assert "Свързана услуга с ново заглавие" in client.get(link.page.url).content.decode()


def test_a_department_s_new_name_reaches_the_cards(client, parts_on):
    card = bg_cards().filter(in_person_department__isnull=False).first()
    department = Department.objects.get(pk=card.in_person_department_id)
    client.get(card.url)
    department.name = "Отдел с ново име за проверка"
    department.save_revision().publish(skip_permission_checks=True)
    assert "Отдел с ново име за проверка" in client.get(card.url).content.decode()


def test_editors_query_strings_and_sub_routes_are_never_served_from_parts(client, parts_on, part_hits, admin_client):
    card = bg_cards().first()
    client.get(card.url)
    admin_client.get(card.url)
    client.get(card.url + "?utm_source=newsletter")
    client.get(card.url + "history/")
    assert part_hits == []


def test_with_the_cache_down_the_page_is_built_as_before(client, parts_on, settings):
    settings.CACHES = {**settings.CACHES, "default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    card = bg_cards().first()
    for _ in range(2):
        response = client.get(card.url)
        assert response.status_code == 200 and card.title in response.content.decode()


def test_after_any_change_every_page_from_its_parts_equals_a_fresh_render(client, parts_on, part_hits):
    urls = _demo_urls()
    for url in urls:
        client.get(url)
    served_from_parts = []
    for name, change in _changes():
        change()
        part_hits.clear()
        for url in urls:
            response = client.get(url)
            if url in part_hits:
                assert response.content == fresh(url).content, f"stale after «{name}»: {url}"
        served_from_parts.append(len(part_hits))
    assert max(served_from_parts) > 10  # parts were used (else the walk proves nothing)
