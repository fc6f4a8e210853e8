""""Sort menu order" in a big register lists at most REGISTRY_EXPLORER_SORT_LIMIT rows, says why in
the editor's language, and costs the same queries for 12 children as for 40 (bench/explorer_sort.py:
10,000 children took 50 s)."""

import html as html_text
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from wagtail.users.models import UserProfile

from portal_demo.loadgen.runner import run
from registry_pages.models import ServiceCardPage
from tests.registry_pages.services.support import catalogue
from tests.registry_pages.workflow.support import as_user, superuser

pytestmark = pytest.mark.django_db

LIMIT = 10
TOO_MANY = ("This section has %(count)s pages, too many to sort by dragging on one screen: only the first "
            "%(limit)s in menu order are shown here, and can be dragged among themselves. The other pages keep "
            "their place in the menu.")


@pytest.fixture
def limit(settings):
    settings.REGISTRY_EXPLORER_SORT_LIMIT = LIMIT
    return LIMIT


def _register(site_root, children):
    index = catalogue(site_root)
    run({"services": children}, languages=["bg"], log=lambda *a: None, index=index)
    index.refresh_from_db()
    return index


def _rows(html):
    return re.findall(r'data-w-orderable-item-id="(\d+)"', html)


def _speaking(language):
    user = superuser()
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


def _get(client, index, query="?ordering=ord"):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(reverse("wagtailadmin_explore", args=[index.pk]) + query)
    assert response.status_code == 200
    return html_text.unescape(response.content.decode()), len(captured)


@pytest.mark.parametrize("language", ["bg", "pl", "uk"])
def test_a_big_register_sorts_its_first_rows_in_menu_order_and_says_why(client, site_root, limit, language):
    index = _register(site_root, 14)
    as_user(client, _speaking(language))
    html, _ = _get(client, index)
    first = list(ServiceCardPage.objects.child_of(index).order_by("path").values_list("pk", flat=True)[:LIMIT])
    assert [int(pk) for pk in _rows(html)] == first  # the first ten, in menu order, still draggable
    with translation.override(language):
        message = gettext(TOO_MANY) % {"count": 14, "limit": LIMIT}
    assert message in html and message != TOO_MANY % {"count": 14, "limit": LIMIT}


def test_a_register_within_the_limit_is_sorted_whole_and_the_listing_is_untouched(client, site_root, limit):
    index = _register(site_root, LIMIT)
    as_user(client, superuser())
    html, _ = _get(client, index)
    assert len(_rows(html)) == LIMIT and "too many to sort" not in html
    run({"services": 5}, languages=["bg"], log=lambda *a: None, index=index)
    listing, _ = _get(client, index, "")  # the normal listing: paged by Wagtail, no message, every row
    assert "too many to sort" not in listing
    assert listing.count("data-bulk-action-checkbox") >= LIMIT + 5


def test_sort_menu_order_costs_the_same_queries_for_12_children_as_for_40(client, site_root, limit,
                                                                          django_assert_max_num_queries):
    index = _register(site_root, 12)
    as_user(client, superuser())
    _get(client, index)
    _html, few = _get(client, index)
    run({"services": 28}, languages=["bg"], log=lambda *a: None, index=index)
    with django_assert_max_num_queries(few + 1):
        html, _many = _get(client, index)
    assert len(_rows(html)) == LIMIT
