"""Only a mayor purges a withdrawn page from the register, and the purge is logged."""

import pytest
from django.core.management import CommandError, call_command
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import ModelLogEntry

from registry_pages.models import WithdrawnPage
from tests.registry_pages.services.support import card, catalogue, category

pytestmark = pytest.mark.django_db


@pytest.fixture
def entry(site_root):
    card(catalogue(site_root), "Скица", category("Устройство")).unpublish()
    return WithdrawnPage.objects.get()


def test_a_secretary_cannot_purge(entry, secretary):
    with pytest.raises(CommandError):
        call_command("purge_withdrawn", entry.pk, by=secretary.username)
    assert WithdrawnPage.objects.filter(pk=entry.pk).exists()


def test_a_mayor_purges_and_the_purge_is_logged(entry, mayor, client):
    call_command("purge_withdrawn", entry.pk, by=mayor.username, stdout=open("/dev/null", "w"))
    assert not WithdrawnPage.objects.exists()
    [logged] = ModelLogEntry.objects.filter(action="wagtail.delete", user=mayor)
    assert logged.data["title"] == "Скица"
    html = client.get("/bg/changes/").content.decode()
    with translation.override("bg"):
        assert gettext("taken offline") not in html and gettext("Text of the last public version") not in html


def test_a_mayor_purges_from_the_admin_after_confirming(entry, mayor, client):
    client.force_login(mayor)
    listing = client.get("/admin/withdrawn-pages/")
    assert listing.status_code == 200 and "Скица" in listing.content.decode()
    purge_url = f"/admin/withdrawn-pages/{entry.pk}/purge/"
    assert purge_url in listing.content.decode()
    confirm = client.get(purge_url)
    assert confirm.status_code == 200 and "Скица" in confirm.content.decode()
    assert WithdrawnPage.objects.filter(pk=entry.pk).exists()  # asking is not purging
    done = client.post(purge_url, follow=True)
    assert done.status_code == 200 and not WithdrawnPage.objects.exists()
    [logged] = ModelLogEntry.objects.filter(action="wagtail.delete", user=mayor)
    assert logged.data["title"] == "Скица"
    assert purge_url not in client.get("/admin/withdrawn-pages/").content.decode()


def test_others_get_403_and_no_menu_item(entry, secretary, client):
    client.force_login(secretary)
    assert client.get("/admin/withdrawn-pages/").status_code == 403
    assert client.get(f"/admin/withdrawn-pages/{entry.pk}/purge/").status_code == 403
    assert client.post(f"/admin/withdrawn-pages/{entry.pk}/purge/").status_code == 403
    assert WithdrawnPage.objects.filter(pk=entry.pk).exists()
    assert "/admin/withdrawn-pages/" not in client.get("/admin/").content.decode()
