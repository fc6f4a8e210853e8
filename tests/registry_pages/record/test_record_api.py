"""The public record in the API: the metryczka, the views and the register of changes of a page."""

from importlib import import_module

import pytest
from django.conf import settings
from django.urls import path
from django.utils import timezone
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet

from registry_pages.models import MunicipalitySettings
from registry_pages.record.models import PageViewDay
from tests.registry_pages.record.support import card_published_twice

pytestmark = pytest.mark.django_db

api_router = WagtailAPIRouter("record_test_api")
api_router.register_endpoint("pages", PagesAPIViewSet)
# the site's own URLs (the add-on's test settings mount no API)
_BASE = settings.ROOT_URLCONF if settings.ROOT_URLCONF != __name__ else "tests.addon_urls"
urlpatterns = [path("api/v2/", api_router.urls), *import_module(_BASE).urlpatterns]


@pytest.fixture
def card(site_root, pr_expert, secretary, mayor):
    page = card_published_twice(site_root, pr_expert, secretary, mayor)
    page.save_revision(user=pr_expert)  # a draft after it: the API shows the published record
    PageViewDay.objects.create(page_id=page.pk, day=timezone.localdate(), count=4)
    return page


@pytest.mark.urls("tests.registry_pages.record.test_record_api")
def test_the_page_detail_carries_its_metryczka_and_register_of_changes(client, card):
    record = client.get(f"/api/v2/pages/{card.pk}/").json()["public_record"]
    assert record["entered_by"]["name"] == "T_Pr_Expert"
    assert record["approved_by"]["name"] == "T_Mayor" and record["approved_by"]["role"] == "approved"
    assert record["produced"] and record["published"] and record["applies_from"]
    assert record["views"] == {"total": 4, "last_30_days": 4}
    assert record["history_url"].endswith(card.url + "history/")
    first, second = record["versions"][1], record["versions"][0]
    assert (second["number"], second["in_force"], first["number"], first["in_force"]) == (2, True, 1, False)
    assert first["until"] and first["url"].endswith(card.url + "history/1/")
    assert second["url"].endswith(card.url)
    assert [s["name"] for s in first["signatures"]] == ["T_Secretary", "T_Mayor"]


@pytest.mark.urls("tests.registry_pages.record.test_record_api")
def test_no_names_in_the_api_when_the_municipality_shows_none(client, card, site_root):
    setting = MunicipalitySettings.for_site(site_root.get_site())
    setting.show_approval_trail = False
    setting.save()
    body = client.get(f"/api/v2/pages/{card.pk}/").content.decode()
    assert "T_Pr_Expert" not in body and "T_Mayor" not in body and "T_Secretary" not in body
    assert '"versions"' in body


@pytest.mark.urls("tests.registry_pages.record.test_record_api")
def test_a_listing_does_not_read_the_record_of_every_page(client, card):
    items = client.get("/api/v2/pages/", {"type": "registry_pages.ServiceCardPage", "fields": "*"}).json()["items"]
    assert items and all(item["public_record"] is None for item in items)
