"""Reports → Compliance checklist: red while a required page is missing, a draft or stale; green when all are published."""

import datetime
import re

import pytest
from django.contrib.auth.models import Permission
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

from registry_pages.compliance.checklist import months_before
from registry_pages.models import InformationPage
from tests.demo_mark import needs_demo
from tests.registry_pages.compliance.support import approve, site_of_country
from tests.registry_pages.workflow.support import user_in

pytestmark = pytest.mark.django_db

CHECKLIST = "registry_pages_compliance:checklist"
POLISH_KINDS = {"editors", "instructions", "unpublished_information", "accessibility"}


def _rows(response) -> dict[str, str]:
    """{kind or register: state} of the default site's table, read from the HTML."""
    html = response.content.decode()
    return dict(re.findall(r'<tr data-kind="([^"]*)" data-state="([^"]*)"', html))


def _site_state(response) -> str:
    return re.search(r'class="compliance-state compliance-state--\w+" data-state="(\w+)"', response.content.decode())[1]


def test_the_checklist_turns_green_when_the_required_pages_are_published(client, pr_expert, secretary, mayor):
    site = site_of_country("PL")
    client.force_login(secretary)
    response = client.get(reverse(CHECKLIST))
    assert response.status_code == 200
    rows = _rows(response)
    assert {kind for kind, state in rows.items() if kind and state == "missing"} == POLISH_KINDS
    assert rows[""] == "current"  # the register of changes the portal generates
    assert _site_state(response) == "problem"
    assert "Rozporządzenie MSWiA z 18 stycznia 2007 r. w sprawie BIP, § 11 ust. 1 pkt 4" in response.content.decode()

    client.force_login(pr_expert)
    response = client.post(reverse("registry_pages_compliance:create_missing"), {"site": site.pk}, follow=True)
    assert response.status_code == 200
    drafts = list(InformationPage.objects.filter(locale=site.root_page.locale_id).order_by("path"))
    assert {page.kind for page in drafts} == POLISH_KINDS and not any(page.live for page in drafts)
    assert set(_rows(response).values()) == {"draft", "current"}
    assert _site_state(response) == "problem"

    for number, page in enumerate(drafts, start=1):
        approve(page, pr_expert, secretary, mayor)
        response = client.get(reverse(CHECKLIST))
        assert _rows(response)[page.kind] == "current"
        assert _site_state(response) == ("ok" if number == len(drafts) else "problem"), page.kind

    # Published more than 12 months ago: stale, and the site is red again.
    statement = InformationPage.objects.get(kind="accessibility", locale=site.root_page.locale_id)
    InformationPage.objects.filter(pk=statement.pk).update(
        last_published_at=months_before(timezone.now(), 12) - datetime.timedelta(days=1))
    response = client.get(reverse(CHECKLIST))
    assert _rows(response)["accessibility"] == "stale"
    assert _site_state(response) == "problem"
    with override_settings(REGISTRY_COMPLIANCE_REVIEW_MONTHS=24):
        assert _site_state(client.get(reverse(CHECKLIST))) == "ok"


def test_each_country_has_its_own_required_sections(client, secretary):
    client.force_login(secretary)
    site_of_country("BG")
    rows = _rows(client.get(reverse(CHECKLIST)))
    assert set(rows) == {"access_to_information", "accessibility"}
    site_of_country("UA")
    html = client.get(reverse(CHECKLIST)).content.decode()
    assert "Закон України «Про доступ до публічної інформації»" in html
    assert "Закон України «Про адміністративні послуги»" in html  # the service catalogue a Ukrainian site must have


def test_missing_drafts_are_created_once_in_every_language_of_the_site(client, pr_expert):
    site = site_of_country("BG")
    client.force_login(pr_expert)
    url = reverse("registry_pages_compliance:create_missing")
    client.post(url, {"site": site.pk})
    home = site.root_page
    originals = InformationPage.objects.filter(locale=home.locale_id)
    assert originals.count() == 2
    languages = {home.locale.language_code} | {h.locale.language_code for h in home.get_translations()}
    for original in originals:
        versions = InformationPage.objects.filter(translation_key=original.translation_key)
        assert {p.locale.language_code for p in versions} == languages
        assert not any(p.live for p in versions)
    access = originals.get(kind="access_to_information")
    assert access.title == "Достъп до обществена информация"
    assert "Закона за достъп до обществена информация" in access.body
    assert "14" in access.body
    count = InformationPage.objects.count()
    assert client.post(url, {"site": site.pk}, follow=True).status_code == 200
    assert InformationPage.objects.count() == count


def test_only_the_editorial_roles_see_the_checklist_and_only_editors_create_drafts(client, mayor):
    site = site_of_country("PL")
    outsider = user_in(None, "t_outsider")
    outsider.user_permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    client.force_login(outsider)
    response = client.get(reverse(CHECKLIST))
    assert response.status_code == 302 and response["Location"] != reverse(CHECKLIST)  # Wagtail's "no permission"
    client.force_login(mayor)
    response = client.get(reverse(CHECKLIST))
    assert response.status_code == 200
    assert reverse("registry_pages_compliance:create_missing") not in response.content.decode()  # a mayor adds no pages
    client.post(reverse("registry_pages_compliance:create_missing"), {"site": site.pk})
    assert not InformationPage.objects.exists()


def test_a_hostile_site_value_is_refused_with_a_message(client, pr_expert):
    site_of_country("PL")
    client.force_login(pr_expert)
    for value in ("\x00", "99999999999999999999999", "'", ""):
        response = client.post(reverse("registry_pages_compliance:create_missing"), {"site": value}, follow=True)
        assert response.status_code == 200
    assert not InformationPage.objects.exists()


@needs_demo
def test_the_demo_municipality_has_a_green_checklist(client, secretary):
    client.force_login(secretary)
    response = client.get(reverse(CHECKLIST))
    assert _site_state(response) == "ok"
    assert set(_rows(response)) == {"access_to_information", "accessibility"}  # a Bulgarian municipality
