"""Unpublished is not erased: a withdrawn page stays in the site's register of changes with its last text."""

import pytest
from django.utils import translation
from django.utils.translation import gettext

from registry_pages.models import ServiceCardPage, WithdrawnPage
from tests.registry_pages.record.support import FIRST_SUMMARY, card_published_twice
from tests.registry_pages.services.support import card, catalogue, category

pytestmark = pytest.mark.django_db


def _bg(message):
    with translation.override("bg"):
        return gettext(message)


def test_an_unpublished_page_stays_in_the_register_with_its_text(client, site_root, django_assert_max_num_queries):
    page = card(catalogue(site_root), "Удостоверение за наследници", category("Гражданско състояние"),
                summary=FIRST_SUMMARY)
    url = page.url
    page.unpublish()
    [row] = WithdrawnPage.objects.all()
    assert row.reason == "unpublished" and row.language == "bg" and row.url == url and FIRST_SUMMARY in row.text
    assert client.get(url).status_code == 404
    client.get("/bg/changes/")  # warm the layout
    with django_assert_max_num_queries(15):
        html = client.get("/bg/changes/").content.decode()
    assert "Удостоверение за наследници" in html and FIRST_SUMMARY in html and _bg("taken offline") in html
    assert "Удостоверение за наследници" not in client.get("/pl/changes/").content.decode()


def test_a_deleted_page_stays_too_and_history_marks_the_end(site_root, pr_expert, secretary, mayor, client):
    page = card_published_twice(site_root, pr_expert, secretary, mayor)
    ServiceCardPage.objects.get(pk=page.pk).delete()
    [row] = WithdrawnPage.objects.all()
    assert row.reason == "deleted" and "три работни дни" in row.text
    html = client.get("/bg/changes/").content.decode()
    assert html.count("Удостоверение за наследници") >= 1 and _bg("removed") in html


def test_the_register_filters_by_date(client, site_root):
    page = card(catalogue(site_root), "Скица", category("Устройство"))
    page.unpublish()
    assert "Скица" not in client.get("/bg/changes/?to=2001-01-01").content.decode()
    assert "Скица" in client.get("/bg/changes/?from=2001-01-01").content.decode()
    assert client.get("/bg/changes/?from=junk&page=x").status_code == 200
