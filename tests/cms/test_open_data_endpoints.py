"""API v2 (published pages only), sitemap.xml with hreflang, robots.txt, home JSON-LD."""

import json
import re
import xml.etree.ElementTree as ET

import pytest
from wagtail.models import Locale

from registry_pages.models import ServiceCardPage

SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def _bg_card():
    return ServiceCardPage.objects.live().filter(locale__language_code="bg").order_by("path").first()


@pytest.mark.django_db
def test_api_lists_a_service_card_with_its_fields(client):
    card = _bg_card()
    response = client.get(f"/api/v2/pages/{card.pk}/")
    assert response.status_code == 200
    data = response.json()
    assert data["meta"]["type"] == "registry_pages.ServiceCardPage"
    assert data["title"] == card.title and data["summary"] == card.summary
    assert data["category"] == {"id": card.category_id, "name": card.category.name}
    assert data["fees"][0]["value"]["currency"] == card.fees[0].value["currency"]
    assert data["responsible_department"]["name"] == card.responsible_department.name
    assert [block["value"]["name"] for block in data["required_documents"]] == [
        b.value["name"] for b in card.required_documents
    ]


@pytest.mark.django_db
def test_api_never_shows_drafts_or_unpublished_pages(client):
    card = _bg_card()
    draft = ServiceCardPage(title="Чернова на услуга", slug="t-api-draft", summary="Още не е одобрена.",
                            category=card.category, no_documents_required=True, live=False)
    card.get_parent().add_child(instance=draft)
    draft.save_revision()
    # a live card with a newer, unapproved draft shows its published text
    card.title = "Неодобрено заглавие"
    card.save_revision()
    listing = client.get("/api/v2/pages/", {"type": "registry_pages.ServiceCardPage", "slug": "t-api-draft"}).json()
    assert listing["meta"]["total_count"] == 0
    # (a 404 outside the language prefix is redirected by LocaleMiddleware; it stays a 404)
    assert client.get(f"/api/v2/pages/{draft.pk}/", follow=True).status_code == 404
    assert client.get(f"/api/v2/pages/{card.pk}/").json()["title"] != "Неодобрено заглавие"
    live = ServiceCardPage.objects.get(pk=card.pk)
    live.unpublish()
    assert client.get(f"/api/v2/pages/{card.pk}/", follow=True).status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize("page_type", [
    "home.HomePage", "registry_pages.ServiceIndexPage", "registry_pages.ServiceCardPage",
    "registry_pages.EthicsCodeIndexPage", "registry_pages.EthicsCodePage", "registry_pages.ReceptionDaysPage",
    "registry_pages.FeedbackResultsPage",
])
def test_every_page_type_serialises_all_its_api_fields(client, page_type):
    response = client.get("/api/v2/pages/", {"type": page_type, "fields": "*", "locale": "pl"})
    assert response.status_code == 200, response.content[:300]
    assert response.json()["meta"]["total_count"] >= 1


@pytest.mark.django_db
def test_api_is_read_only(client):
    assert client.post("/api/v2/pages/", {"title": "x"}).status_code == 405
    assert client.get("/api/v2/documents/").status_code == 200
    assert client.get("/api/v2/images/").status_code == 200


@pytest.mark.django_db
def test_sitemap_lists_every_language_with_hreflang_alternates(client, django_assert_max_num_queries):
    with django_assert_max_num_queries(15):
        response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    entries = {url.find("s:loc", SITEMAP_NS).text: url for url in root.findall("s:url", SITEMAP_NS)}
    card = _bg_card()
    for code in ("bg", "pl", "uk", "en"):
        translation = card.get_translation(Locale.objects.get(language_code=code))
        assert translation.get_full_url() in entries
    links = entries[card.get_full_url()].findall("x:link", SITEMAP_NS)
    hreflangs = {link.get("hreflang"): link.get("href") for link in links}
    assert set(hreflangs) == {"bg", "pl", "uk", "en", "x-default"}
    assert hreflangs["x-default"] == card.get_full_url()
    assert all(link.get("rel") == "alternate" for link in links)
    # drafts are not listed
    assert not any("t-api-draft" in loc for loc in entries)


@pytest.mark.django_db
def test_robots_txt_names_the_sitemap(client):
    text = client.get("/robots.txt").content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in text
    assert "Disallow: /admin/" in text


@pytest.mark.django_db
@pytest.mark.parametrize("lang,name", [("bg", "Община Белоречие"), ("en", "Belorechie")])
def test_home_page_describes_the_municipality_in_json_ld(client, lang, name):
    html = client.get(f"/{lang}/").content.decode()
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))
    assert data["@type"] == "GovernmentOrganization"
    assert name in data["name"]
    assert data["url"].endswith(f"/{lang}/")
    assert data["telephone"] and "@" in data["email"]
    assert data["address"]["@type"] == "PostalAddress" and data["address"]["streetAddress"]
