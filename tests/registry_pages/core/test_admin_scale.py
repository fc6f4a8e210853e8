"""Admin views stay usable on a city-size catalogue (found by bench/admin.py)."""

import pytest
from django.urls import reverse

from portal_demo.loadgen.runner import run
from registry_pages.models import ServiceCardPage, ServiceIndexPage
from tests.demo_mark import needs_demo
from tests.registry_pages.workflow.support import as_user, superuser

pytestmark = [pytest.mark.django_db, needs_demo]


def test_editing_a_translated_service_card_opens(client):
    card = ServiceCardPage.objects.filter(locale__language_code="en").first()
    assert card.get_translations().count() == 3
    as_user(client, superuser())
    response = client.get(reverse("wagtailadmin_pages:edit", args=[card.pk]))
    assert response.status_code == 200
    assert reverse("wagtailadmin_pages:edit", args=[card.get_translation(card.locale.__class__.objects.get(
        language_code="bg")).pk]) in response.content.decode()


def test_explorer_queries_do_not_grow_with_children(client, django_assert_max_num_queries):
    index = ServiceIndexPage.objects.get(locale__language_code="bg", slug="services")
    as_user(client, superuser())
    url = reverse("wagtailadmin_explore", args=[index.pk])
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(url)
    with CaptureQueriesContext(connection) as before:
        assert client.get(url).status_code == 200
    run({"services": 120}, languages=["bg"], log=lambda *a: None, index=index)
    with django_assert_max_num_queries(len(before) + 2):  # 31 rows, then a page of 50: no query per row
        assert client.get(url).status_code == 200
