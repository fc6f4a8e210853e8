"""The demo gives out addresses on the host and port it is served on.

`load_demo --address HOST:PORT` (what scripts/demo.sh passes) sets the default
Site; sitemap.xml, its hreflang alternates, the API's html_url, robots.txt and
the downloads (CSV, JSON, iCalendar) all build their absolute addresses from it.
"""

import csv
import io
import xml.etree.ElementTree as ET

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from icalendar import Calendar
from wagtail.models import Site

from registry_pages.models import ActionPlanPage, NGORegisterPage, ServiceCardPage
from tests.demo_mark import needs_demo

pytestmark = [needs_demo, pytest.mark.django_db]

ADDRESS = "127.0.0.1:8765"
BASE = f"http://{ADDRESS}/"
# The request comes on the address runserver listens on.
ON_ADDRESS = {"HTTP_HOST": ADDRESS, "SERVER_PORT": "8765"}
SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def _load_demo(*args):
    out = io.StringIO()
    call_command("load_demo", *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def served():
    """The demo loaded again with an address; Wagtail's cached site root paths
    are dropped afterwards, as the rolled-back Site row sends no signal."""
    output = _load_demo("--address", ADDRESS)
    yield output
    Site.clear_site_root_paths_cache()


def _sitemap(client, **headers):
    response = client.get("/sitemap.xml", **headers)
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    locations = [url.find("s:loc", SITEMAP_NS).text for url in root.findall("s:url", SITEMAP_NS)]
    alternates = [link.get("href") for link in root.iter("{http://www.w3.org/1999/xhtml}link")]
    return locations, alternates


def _csv_urls(response):
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows
    return [row["url"] for row in rows]


def test_default_site_takes_the_address(served):
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port, site.root_url) == ("127.0.0.1", 8765, "http://127.0.0.1:8765")
    assert f"Demo loaded at {BASE}" in served
    # the settings name another address: the command says so
    assert "WAGTAILADMIN_BASE_URL is http://testserver" in served


def test_sitemap_and_its_alternates_are_on_the_address(client, served):
    locations, alternates = _sitemap(client, **ON_ADDRESS)
    assert len(locations) > 100 and len(alternates) > 100
    assert all(url.startswith(BASE) for url in locations + alternates)


def test_robots_txt_names_the_sitemap_on_the_address(client, served):
    text = client.get("/robots.txt", **ON_ADDRESS).content.decode()
    assert f"Sitemap: {BASE}sitemap.xml\n" in text
    # the same line whichever host name the request came on
    assert f"Sitemap: {BASE}sitemap.xml\n" in client.get("/robots.txt", HTTP_HOST="localhost:8765").content.decode()


def test_api_html_url_is_on_the_address(client, served, settings):
    settings.WAGTAILAPI_BASE_URL = BASE.rstrip("/")  # what demo.sh exports (WAGTAILADMIN_BASE_URL)
    listing = client.get("/api/v2/pages/", {"fields": "html_url", "limit": 50}, **ON_ADDRESS).json()
    urls = [item["meta"]["html_url"] for item in listing["items"]]
    assert len(urls) == 50 and all(url.startswith(BASE) for url in urls)
    card = ServiceCardPage.objects.live().filter(locale__language_code="pl").first()
    detail = client.get(f"/api/v2/pages/{card.pk}/", **ON_ADDRESS).json()["meta"]
    assert detail["html_url"] == BASE.rstrip("/") + card.get_url() and card.get_url().startswith("/pl/")
    assert detail["detail_url"] == f"{BASE}api/v2/pages/{card.pk}/"


def test_exports_give_addresses_on_the_address(client, served):
    register = NGORegisterPage.objects.live().get(locale__language_code="bg")
    ngo_urls = _csv_urls(client.get(register.url + "export.csv", **ON_ADDRESS))
    assert len(ngo_urls) == 12 and all(url.startswith(f"{BASE}bg/") for url in ngo_urls)
    data = client.get(register.url + "export.json", **ON_ADDRESS).json()
    assert data["source"] == f"{BASE}bg/{register.slug}/"
    assert all(item["url"].startswith(BASE) for item in data["items"])


def test_icalendar_feed_links_items_on_the_address(client, served):
    plan = ActionPlanPage.objects.live().get(locale__language_code="en")
    feed = Calendar.from_ical(client.get(plan.url + "deadlines.ics", **ON_ADDRESS).content)
    events = list(feed.walk("VEVENT"))
    assert events
    assert all(str(event["url"]).startswith(f"{BASE}en/") for event in events)
    assert all(str(event["uid"]).endswith("@127.0.0.1") for event in events)


@pytest.mark.parametrize("host", ["127.0.0.1:8765", "localhost:8765"])
def test_either_host_name_finds_the_site(client, served, host):
    """The default site answers whatever host name the request carries; the
    addresses it gives out stay on the site's own."""
    assert client.get("/bg/", HTTP_HOST=host).status_code == 200
    locations, _alternates = _sitemap(client, HTTP_HOST=host)
    assert all(url.startswith(BASE) for url in locations)


def test_without_an_address_the_site_takes_wagtailadmin_base_url(settings):
    settings.WAGTAILADMIN_BASE_URL = "http://localhost:8123"
    try:
        output = _load_demo()
        assert Site.objects.get(is_default_site=True).root_url == "http://localhost:8123"
        assert "WAGTAILADMIN_BASE_URL is" not in output
    finally:
        Site.clear_site_root_paths_cache()


@pytest.mark.parametrize("address", ["localhost", "127.0.0.1:port", "127.0.0.1:70000", "http://x/:80"])
def test_a_wrong_address_is_refused_and_changes_nothing(address):
    before = Site.objects.get(is_default_site=True)
    with pytest.raises(CommandError, match="HOST:PORT"):
        _load_demo("--address", address)
    after = Site.objects.get(is_default_site=True)
    assert (after.hostname, after.port) == (before.hostname, before.port)


def test_a_bare_port_means_127_0_0_1(served):
    try:
        _load_demo("--address", "8766")
        assert Site.objects.get(is_default_site=True).root_url == "http://127.0.0.1:8766"
    finally:
        Site.clear_site_root_paths_cache()


def test_an_address_another_site_holds_is_refused(site_root):
    Site.objects.create(hostname="127.0.0.1", port=8765, root_page=site_root, is_default_site=False)
    try:
        with pytest.raises(CommandError, match="8765"):
            _load_demo("--address", ADDRESS)
        assert Site.objects.get(is_default_site=True).port != 8765
    finally:
        Site.clear_site_root_paths_cache()
