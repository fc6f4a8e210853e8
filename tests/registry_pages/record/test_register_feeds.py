"""The register of changes to follow (Atom) and download (CSV, JSON), filtered like the page, by register too."""

import csv
import io
import json
import xml.etree.ElementTree as ET

import pytest

from tests.registry_pages.record.support import card_published_twice
from tests.registry_pages.services.support import card, catalogue, category
from tests.registry_pages.support import in_bg as _bg

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def changes(site_root, pr_expert, secretary, mayor):
    """A card published twice through the workflow, and another card taken offline."""
    card_published_twice(site_root, pr_expert, secretary, mayor)
    withdrawn = card(catalogue(site_root, "t-other"), "Скица на имот", category("Устройство"))
    withdrawn.unpublish()


def test_atom_feed_lists_publications_and_withdrawals_newest_first(client, changes):
    response = client.get("/bg/changes/feed.atom")
    assert response.status_code == 200 and response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    titles = [entry.find(ATOM + "title").text for entry in feed.findall(ATOM + "entry")]
    assert titles[0] == _bg("taken offline") + ": Скица на имот"
    assert titles.count(_bg("published") + ": Удостоверение за наследници") >= 2
    assert feed.find(ATOM + "title").text == _bg("Register of changes")
    polish = client.get("/pl/changes/feed.atom")
    assert polish.status_code == 200 and "Скица на имот" not in polish.content.decode()


def test_the_register_filter_narrows_the_page_the_feed_and_the_downloads(client, changes):
    html = client.get("/bg/changes/?type=service").content.decode()
    assert "Тестов каталог на услугите" not in html  # the catalogue page is not a card
    assert "Удостоверение за наследници" in html and "Скица на имот" in html  # both are service cards
    html = client.get("/bg/changes/?type=ethics").content.decode()
    assert "Удостоверение за наследници" not in html and "Скица на имот" not in html
    assert 'value="ethics" selected' in html
    assert 'href="/bg/changes/feed.atom?type=ethics"' in html
    ethics_feed = client.get("/bg/changes/feed.atom?type=ethics").content.decode()
    assert "Скица на имот" not in ethics_feed and "Удостоверение за наследници" not in ethics_feed
    assert client.get("/bg/changes/?type=<script>").status_code == 200  # an unknown register is no filter


def test_csv_and_json_downloads(client, changes):
    response = client.get("/bg/changes/export.csv")
    assert response["Content-Disposition"] == 'attachment; filename="changes-bg.csv"'
    rows = [row for row in csv.DictReader(io.StringIO(response.content.decode("utf-8-sig")))
            if row["title"] in ("Скица на имот", "Удостоверение за наследници")]
    assert rows[0]["event"] == "unpublished" and [row["event"] for row in rows[1:]].count("published") >= 3
    assert rows[0]["title"] == "Скица на имот" and rows[0]["url"] == "" and rows[0]["text"]
    live = [row for row in rows if row["title"] == "Удостоверение за наследници"]
    assert all(row["url"].startswith("http://") and row["register"] == _bg("Service cards") for row in live)
    assert all(row["url"] == "" for row in rows if row["title"] == "Скица на имот")  # offline: no link
    payload = json.loads(client.get("/bg/changes/export.json?to=2001-01-01").content)
    assert payload["language"] == "bg" and payload["items"] == []
    items = json.loads(client.get("/bg/changes/export.json?type=service").content)["items"]
    assert {item["title"] for item in items} >= {"Скица на имот", "Удостоверение за наследници"}
    assert {item["register"] for item in items} == {_bg("Service cards")}


def test_the_downloads_carry_each_publications_version_approver_and_note(client, changes):
    items = json.loads(client.get("/bg/changes/export.json?type=service").content)["items"]
    card_rows = [item for item in items if item["title"] == "Удостоверение за наследници"]
    versions = [(item["version"], item["approved_by"]) for item in card_rows]
    assert (2, "T_Mayor") in versions and (1, "T_Mayor") in versions
    assert all(item["history_url"].startswith("http://") and item["history_url"].endswith("/history/")
               for item in card_rows)
    withdrawn = next(item for item in items if item["title"] == "Скица на имот" and item["event"] == "unpublished")
    assert withdrawn["version"] == "" and withdrawn["history_url"] == ""
    header = client.get("/bg/changes/export.csv").content.decode("utf-8-sig").splitlines()[0]
    assert header.endswith("version,approved_by,note,history_url")
