"""Precise invalidation of the page cache: a change empties the pages that show it, and only them.

Each test caches pages, changes one dependency through the code path the admin uses
(revision publish, snippet publish, move, translation sync) and checks that the pages
showing it are rendered again with the new text while an unrelated page stays cached.
The last test walks every page of the demo: after each change in a sample, a page
still served from the cache must equal a fresh render (no stale text, whatever the
dependency)."""

import os

import pytest
from django.conf import settings as django_settings
from django.core.cache import cache
from django.test import Client, RequestFactory
from wagtail.models import Locale, Page, ReferenceIndex

from registry_pages.core import cache_tags
from registry_pages.core.page_cache import CACHE_HEADER, cache_key, generation
from registry_pages.models import (
    ActionItemPage,
    Department,
    NGOEntryPage,
    ServiceCardPage,
)
from registry_pages.services.models import RelatedService
from tests.demo_mark import needs_demo

pytestmark = [pytest.mark.django_db, needs_demo]

REDIS_TEST_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/9")


@pytest.fixture(params=["cache", "redis"])
def tagged_cache(request, settings):
    """Tags need a cache shared by the workers: local memory (one process) and Redis."""
    if request.param == "redis":
        settings.CACHES = {
            "default": {
                "BACKEND": "django_redis.cache.RedisCache",
                "LOCATION": REDIS_TEST_URL,
                "KEY_PREFIX": f"test-tags-{os.getpid()}",
            }
        }
    settings.REGISTRY_PAGE_CACHE_TIMEOUT = 600
    settings.REGISTRY_PAGE_CACHE_GENERATION_FILE = ""
    cache.clear()
    yield
    cache.clear()


def fresh(url):
    """The page as rendered now, never from the cache (a session cookie bypasses it)."""
    client = Client()
    client.cookies[django_settings.SESSION_COOKIE_NAME] = "no-such-session"
    return client.get(url)


def cached(client, *urls):
    for url in urls:
        assert client.get(url)[CACHE_HEADER] == "miss", url
        assert client.get(url)[CACHE_HEADER] == "hit", url


def served(client, url):
    response = client.get(url)
    return response[CACHE_HEADER], response.content.decode()


def publish(page, **fields):
    page = Page.objects.get(pk=page.pk).specific
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish(skip_permission_checks=True)
    return Page.objects.get(pk=page.pk).specific


def bg_cards():
    return ServiceCardPage.objects.live().filter(locale__language_code="bg").order_by("pk")


def unrelated_card(*pages):
    """A bg card that shows none of `pages` (neither itself nor a related service)."""
    keys = {page.translation_key for page in pages}
    linked = set(RelatedService.objects.filter(service__translation_key__in=keys).values_list("page__translation_key", flat=True))
    return bg_cards().exclude(translation_key__in=keys | linked).last()


def stored_tags(url) -> set:
    request = RequestFactory().get(url)
    return set(cache.get(cache_key(request, generation()))[3])


def test_publishing_a_card_empties_it_its_translations_and_catalogue_not_other_cards(client, tagged_cache):
    uk = Locale.objects.get(language_code="uk")
    card = next(c for c in bg_cards() if c.get_translation_or_none(uk) and c.get_translation_or_none(uk).live)
    translation, catalogue, other = card.get_translation(uk), card.get_parent(), unrelated_card(card)
    cached(client, card.url, translation.url, catalogue.url, other.url)

    publish(card, title="Удостоверение за проверка на кеша")

    for url in (card.url, catalogue.url):
        state, body = served(client, url)
        assert state == "miss" and "Удостоверение за проверка на кеша" in body, url
    assert served(client, translation.url)[0] == "miss"  # its language links and "may be behind" notice
    assert served(client, other.url)[0] == "hit"


def test_unpublishing_a_card_takes_it_offline_at_once(client, tagged_cache):
    card = bg_cards().first()
    other = unrelated_card(card)
    cached(client, card.url, other.url)
    Page.objects.get(pk=card.pk).specific.unpublish()
    assert client.get(card.url).status_code == 404
    assert served(client, other.url)[0] == "hit"


def test_publishing_a_related_service_empties_the_cards_listing_it(client, tagged_cache):
    link = RelatedService.objects.filter(page__live=True, service__live=True, page__locale__language_code="bg").select_related("page", "service").first()
    showing, shown = link.page, link.service
    other = unrelated_card(showing, shown)
    cached(client, showing.url, other.url)

    publish(shown, title="Свързана услуга с ново заглавие")

    state, body = served(client, showing.url)
    assert state == "miss" and "Свързана услуга с ново заглавие" in body
    assert served(client, other.url)[0] == "hit"


def _cached_without(client, tag, candidates):
    """The first candidate page that is cached and did not read what `tag` names."""
    for page in candidates:
        client.get(page.url)
        if client.get(page.url).get(CACHE_HEADER) == "hit" and tag not in stored_tags(page.url):
            return page
    raise AssertionError(f"every candidate page read {tag}")


def test_publishing_a_department_empties_the_pages_that_read_departments(client, tagged_cache):
    """Every page reads the departments' table (the cards name one, the record under the
    other pages names the responsible one): no page is unrelated to a department here."""
    card = bg_cards().filter(in_person_department__isnull=False).first()
    department = Department.objects.get(pk=card.in_person_department_id)
    cached(client, card.url)
    assert "model:registry_pages.department" in stored_tags(card.url)

    department.name = "Център за услуги (проверка на кеша)"
    department.save_revision().publish(skip_permission_checks=True)

    state, body = served(client, card.url)
    assert state == "miss" and "Център за услуги (проверка на кеша)" in body


def test_publishing_a_field_of_activity_empties_the_ngo_pages_not_the_cards(client, tagged_cache):
    entry = next(e for e in NGOEntryPage.objects.live().filter(locale__language_code="bg") if e.fields_of_activity())
    field = entry.fields_of_activity()[0]
    card = bg_cards().first()
    cached(client, entry.url, card.url)
    assert "model:registry_pages.activityfield" not in stored_tags(card.url)

    field.name = "Поле на дейност (проверка на кеша)"
    field.save_revision().publish(skip_permission_checks=True)

    state, body = served(client, entry.url)
    assert state == "miss" and "Поле на дейност (проверка на кеша)" in body
    assert served(client, card.url)[0] == "hit"


def test_pages_the_reference_index_names_for_a_department_carry_its_tag(client, tagged_cache):
    """Cross-check with Wagtail's reference index: every live page it lists as using a
    department records that it read the departments' table."""
    department = Department.objects.get(pk=bg_cards().filter(in_person_department__isnull=False).first().in_person_department_id)
    page_ids = [int(ref.object_id) for ref in ReferenceIndex.get_references_to(department) if ref.base_content_type.model == "page"]
    pages = [page for page in Page.objects.live().filter(pk__in=page_ids)[:5] if page.url]
    assert pages
    for page in pages:
        cached(client, page.url)
        assert "model:registry_pages.department" in stored_tags(page.url), page.url


def test_publishing_a_menu_section_renews_the_menu(client, tagged_cache, site_root):
    """Every page shows the menu, and a section's translations are bumped with it (their
    language links, "may be behind" notice): no page of the site is unrelated here."""
    section = Page.objects.child_of(site_root).live().in_menu().first()
    card = bg_cards().first()
    cached(client, card.url, "/bg/")

    publish(section, title="Раздел с ново име")

    for url in (card.url, "/bg/"):
        state, body = served(client, url)
        assert state == "miss" and "Раздел с ново име" in body, url


def test_moving_a_card_empties_everything_and_the_old_address_is_gone(client, tagged_cache):
    card = bg_cards().first()
    other = unrelated_card(card)
    old_url = card.url
    cached(client, old_url, other.url)
    target = Page.objects.get(pk=card.get_parent().pk).get_parent()
    Page.objects.get(pk=card.pk).move(target, pos="last-child")
    assert client.get(old_url).status_code in (301, 302, 404)  # a redirect when Wagtail's redirects app made one
    assert served(client, Page.objects.get(pk=card.pk).url)[0] == "miss"
    assert served(client, other.url)[0] == "miss"  # a move changes addresses: a new generation


def test_a_translation_sync_renews_the_translation(client, tagged_cache):
    from wagtail_localize.models import TranslationSource

    uk = Locale.objects.get(language_code="uk")
    card = next(c for c in bg_cards() if c.get_translation_or_none(uk) and c.get_translation_or_none(uk).live)
    translation = card.get_translation(uk)
    cached(client, translation.url)
    source, _created = TranslationSource.get_or_create_from_instance(Page.objects.get(pk=card.pk).specific)
    source.update_from_db()
    assert served(client, translation.url)[0] == "miss"


def test_a_bump_during_a_render_keeps_that_render_out_of_the_cache(client, tagged_cache, monkeypatch):
    card = bg_cards().first()
    from registry_pages.core import layout

    real = layout.live_translations

    def publication_meanwhile(page):
        cache_tags.bump({"page:0"})  # another worker publishes while this one renders
        return real(page)

    monkeypatch.setattr(layout, "live_translations", publication_meanwhile)
    assert client.get(card.url)[CACHE_HEADER] == "miss"
    monkeypatch.setattr(layout, "live_translations", real)
    assert client.get(card.url)[CACHE_HEADER] == "miss"  # the first render was not stored
    assert client.get(card.url)[CACHE_HEADER] == "hit"


# -- property: nothing stale, whatever the change ------------------------------------------------


def _demo_urls(per_type=3):
    """A sample of the demo: the first pages of every page type in every language, and every
    page that shows what the changes below change (catalogues, linking cards, registers, plans)."""
    taken, urls = {}, []
    for page in Page.objects.live().filter(depth__gt=1).order_by("path").specific():
        group = (type(page).__name__, page.locale_id)
        if taken.get(group, 0) < per_type or group[0] in ("ServiceIndexPage", "NGORegisterPage", "ActionPlanPage", "HomePage"):
            taken[group] = taken.get(group, 0) + 1
            urls.append(page.url)
    linking = RelatedService.objects.filter(page__live=True).select_related("page")[:5]
    department_cards = bg_cards().filter(in_person_department__isnull=False)[:5]
    urls += [link.page.url for link in linking] + [card.url for card in department_cards]
    urls += [card.url for card in bg_cards()[:3]] + [unrelated_card(bg_cards().first()).url]
    return sorted({url for url in urls if url}) + ["/bg/search/?q=удостоверение", "/uk/search/?q=довідка"]


def _changes():
    card = bg_cards().first()
    link = RelatedService.objects.filter(page__live=True, service__live=True).select_related("service").first()
    department = Department.objects.filter(live=True).first()
    entry = NGOEntryPage.objects.live().first()
    item = ActionItemPage.objects.live().first()
    home = Page.objects.get(depth=2, locale__language_code="bg")
    section = Page.objects.child_of(home).live().in_menu().first()

    def rename_department():
        department.name = department.name + " (нов адрес)"
        department.save_revision().publish(skip_permission_checks=True)

    return [
        ("card title", lambda: publish(card, title=card.title + " (изменено)")),
        ("related service title", lambda: publish(link.service, title=link.service.title + " (изменено)")),
        ("department name", rename_department),
        ("NGO entry title", lambda: publish(entry, title=entry.title + " (изменено)")),
        ("plan item title", lambda: publish(item, title=item.title + " (изменено)")),
        ("menu section title", lambda: publish(section, title=section.title + " (изменено)")),
        ("card unpublished", lambda: Page.objects.get(pk=unrelated_card(card).pk).specific.unpublish()),
    ]


def test_after_any_change_every_page_still_cached_equals_a_fresh_render(client, settings):
    settings.CACHES = {**settings.CACHES, "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "tags-walk", "OPTIONS": {"MAX_ENTRIES": 100_000}}}
    settings.REGISTRY_PAGE_CACHE_TIMEOUT = 600
    settings.REGISTRY_PAGE_CACHE_GENERATION_FILE = ""
    cache.clear()
    urls = _demo_urls()
    for url in urls:
        client.get(url)
    warm_after = []
    for name, change in _changes():
        change()
        hits = 0
        for url in urls:
            response = client.get(url)
            if response.get(CACHE_HEADER) == "hit":
                hits += 1
                assert response.content == fresh(url).content, f"stale after «{name}»: {url}"
        warm_after.append(hits)
    assert max(warm_after) > len(urls) // 2  # the cache did keep pages warm (else the test proves nothing)
    cache.clear()
