"""The anonymous page cache: fast for citizens, never stale after a publication."""

import os

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction

from registry_pages.core.page_cache import CACHE_HEADER, generation
from registry_pages.models import Department, ServiceCardPage
from tests.demo_mark import needs_demo
from tests.registry_pages.workflow.support import (
    as_user,
    edit,
    live_page,
    reload,
    submit,
    workflow_action,
)

pytestmark = [pytest.mark.django_db, needs_demo]


REDIS_TEST_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/9")


@pytest.fixture(params=["cache", "file", "redis"])
def page_cache(request, settings, tmp_path):
    """Every way of keeping pages and the generation: local memory with the
    generation in the cache or in a file, and the Redis server production uses
    (`make test` starts it on 127.0.0.1:6379 when it is not running)."""
    if request.param == "redis":
        settings.CACHES = {
            "default": {
                "BACKEND": "django_redis.cache.RedisCache",
                "LOCATION": REDIS_TEST_URL,
                "KEY_PREFIX": f"test-{os.getpid()}",
            }
        }
    settings.REGISTRY_PAGE_CACHE_TIMEOUT = 600
    settings.REGISTRY_PAGE_CACHE_GENERATION_FILE = str(tmp_path / "generation") if request.param == "file" else ""
    cache.clear()
    yield
    cache.clear()


def _get(client, url, **extra):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, **extra)
    return response, len(queries)


def _card():
    return ServiceCardPage.objects.live().filter(locale__language_code="bg", in_person_department__isnull=False).first()


def test_second_visit_is_served_from_the_cache_without_queries(client, page_cache):
    first, first_queries = _get(client, "/bg/")
    second, second_queries = _get(client, "/bg/")
    assert first.status_code == second.status_code == 200
    assert first[CACHE_HEADER] == "miss" and second[CACHE_HEADER] == "hit"
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]
    assert first_queries > 0 and second_queries == 0


def test_query_string_and_language_get_their_own_entries(client, page_cache):
    card = _card()
    catalogue = card.get_parent().url
    all_cards, _ = _get(client, catalogue)
    one_category, _ = _get(client, f"{catalogue}?category={card.category_id}")
    assert one_category[CACHE_HEADER] == "miss"
    assert one_category.content != all_cards.content
    english, _ = _get(client, "/en/")
    assert english[CACHE_HEADER] == "miss" and 'lang="en"' in english.content.decode()


def test_publication_through_the_workflow_shows_at_once(client, site_root, pr_expert, secretary, mayor, page_cache):
    notice = live_page(site_root, pr_expert, title="Water supply notice")
    Page.objects.filter(pk=notice.pk).update(show_in_menus=True)
    home, _ = _get(client, "/bg/")
    assert "Water supply notice" in home.content.decode()
    assert _get(client, "/bg/")[0][CACHE_HEADER] == "hit"

    editor_client = client.__class__()
    as_user(editor_client, pr_expert)
    submit(editor_client, reload(notice), title="Water supply restored", show_in_menus="on")
    as_user(editor_client, secretary)
    workflow_action(editor_client, notice, "approve")
    # Approved by the secretary only: still the old text, still from the cache.
    assert "Water supply notice" in _get(client, "/bg/")[0].content.decode()
    as_user(editor_client, mayor)
    workflow_action(editor_client, notice, "approve")
    assert reload(notice).title == "Water supply restored"

    home, _ = _get(client, "/bg/")
    assert home[CACHE_HEADER] == "miss"
    assert "Water supply restored" in home.content.decode()
    assert "Water supply notice" not in home.content.decode()


def test_unpublishing_and_deleting_invalidate(client, site_root, pr_expert, page_cache):
    notice = live_page(site_root, pr_expert, title="Temporary closure")
    Page.objects.filter(pk=notice.pk).update(show_in_menus=True)
    assert "Temporary closure" in _get(client, "/bg/")[0].content.decode()
    reload(notice).unpublish()
    assert "Temporary closure" not in _get(client, "/bg/")[0].content.decode()

    other = live_page(site_root, pr_expert, title="Old announcement")
    Page.objects.filter(pk=other.pk).update(show_in_menus=True)
    before = generation()
    reload(other).delete()
    assert generation() > before


def test_snippet_edit_invalidates_pages_showing_it(client, page_cache):
    card = _card()  # a service card, with its feedback form, is cached like any page
    department = Department.objects.get(pk=card.in_person_department_id)
    page, _ = _get(client, card.url)
    assert department.name in page.content.decode()
    assert _get(client, card.url)[0][CACHE_HEADER] == "hit"
    department.name = "Център за услуги и информация (нов адрес)"
    department.save()
    page, _ = _get(client, card.url)
    assert page[CACHE_HEADER] == "miss"
    assert "Център за услуги и информация (нов адрес)" in page.content.decode()
    assert _get(client, card.url)[0][CACHE_HEADER] == "hit"


def test_logged_in_users_bypass_the_cache(client, pr_expert, page_cache):
    _get(client, "/bg/")  # cached for anonymous visitors
    as_user(client, pr_expert)
    response, queries = _get(client, "/bg/")
    assert response.status_code == 200
    assert CACHE_HEADER not in response and queries > 0


def test_pages_with_a_csrf_form_are_not_cached(client, site_root, pr_expert, page_cache):
    """A password-restricted page answers with a form carrying a CSRF token
    (as the feedback form will): it sets the CSRF cookie and is never stored."""
    secret = live_page(site_root, pr_expert, title="Internal memo")
    PageViewRestriction.objects.create(page=secret, restriction_type=PageViewRestriction.PASSWORD, password="x")
    for _ in range(2):
        response, queries = _get(client.__class__(), secret.url)
        assert response.status_code == 200 and "csrfmiddlewaretoken" in response.content.decode()
        assert CACHE_HEADER not in response and "csrftoken" in response.cookies and queries > 0


def test_restricting_a_cached_page_takes_effect_at_once(client, site_root, pr_expert, page_cache):
    page = live_page(site_root, pr_expert, title="Staff rota")
    assert "Staff rota" in _get(client, page.url)[0].content.decode()
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    response, _ = _get(client, page.url)
    assert response.status_code == 302


def test_non_get_admin_and_errors_are_not_cached(client, page_cache):
    assert CACHE_HEADER not in client.post("/bg/")
    assert CACHE_HEADER not in _get(client, "/bg/no-such-page/")[0]
    assert CACHE_HEADER not in _get(client, "/admin/login/")[0]


def test_switched_off_with_a_zero_timeout(client, settings, page_cache):
    settings.REGISTRY_PAGE_CACHE_TIMEOUT = 0
    _get(client, "/bg/")
    response, queries = _get(client, "/bg/")
    assert CACHE_HEADER not in response and queries > 0


def test_head_requests_are_answered_from_the_cache(client, page_cache):
    _get(client, "/bg/")
    response = client.head("/bg/")
    assert response[CACHE_HEADER] == "hit" and response.content == b""


def test_edit_without_publishing_keeps_the_cache(client, site_root, pr_expert, page_cache):
    notice = live_page(site_root, pr_expert, title="Market days")
    _get(client, notice.url)
    editor_client = client.__class__()
    as_user(editor_client, pr_expert)
    edit(editor_client, reload(notice), title="Market days (draft)")  # a draft: the public sees no change
    response, _ = _get(client, notice.url)
    assert response[CACHE_HEADER] == "hit" and "Market days (draft)" not in response.content.decode()


def test_generation_file_is_shared_by_processes(settings, tmp_path):
    """Another worker reads the same file: a bump seen by one is seen by all."""
    import os
    import subprocess
    import sys

    from registry_pages.core.page_cache import invalidate

    path = tmp_path / "generation"
    settings.REGISTRY_PAGE_CACHE_GENERATION_FILE = str(path)
    before = generation()
    invalidate()
    invalidate()
    seen_elsewhere = subprocess.run(
        [sys.executable, "-c", f"import os; print(os.stat({str(path)!r}).st_mtime_ns)"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()
    assert int(seen_elsewhere) == generation() >= before + 2
    assert os.path.exists(path)


def test_an_anonymous_request_reads_the_generation_once(client, page_cache, settings, monkeypatch):
    """The page cache, the route cache, the stored parts and the layout's parts all ask for the
    generation; it is read from the cache (or the file) once per request."""
    from registry_pages.core import page_cache as module

    settings.REGISTRY_PAGE_CACHE_TIMEOUT = 0  # every part of the page asks, nothing answers for them
    reads = []
    real = module._read_generation
    monkeypatch.setattr(module, "_read_generation", lambda: reads.append(1) or real())
    url = _card().url
    client.get(url)
    reads.clear()
    assert client.get(url).status_code == 200
    assert reads == [1]


def test_a_bump_within_a_pinned_request_is_seen_at_once(page_cache):
    from registry_pages.core import page_cache as module

    with module.pinned_generation():
        before = generation()
        assert generation() == before
        module.new_generation()
        after = generation()
        assert after != before and generation() == after
    assert generation() == after
