"""A new page gets the importers' ASCII slug; an existing page keeps its own; a slug clash is told plainly."""

import pytest
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield
from wagtail.users.models import UserProfile

from registry_pages.models import EthicsCodeIndexPage, ServiceCardPage
from tests.registry_pages.services.support import card, catalogue, category

pytestmark = pytest.mark.django_db


def _card_form(title, slug, cat, **extra):
    return nested_form_data({
        "title": title,
        "slug": slug,
        "summary": "Кратко описание.",
        "no_documents_required": "on",
        "category": cat.pk,
        "legal_basis": streamfield([]),
        "required_documents": streamfield([]),
        "fees": streamfield([]),
        "processing_times": streamfield([]),
        "places": streamfield([]),
        "contacts": streamfield([]),
        "related_services": inline_formset([]),
        "comments": inline_formset([]),
        **extra,
    })


def _add_card(client, index, data):
    url = reverse("wagtailadmin_pages:add", args=["registry_pages", "servicecardpage", index.pk])
    return client.post(url, data)


@pytest.mark.parametrize("typed_slug", ["", "удостоверение-за-наследници"])
def test_a_new_card_gets_the_transliterated_slug(admin_client, site_root, typed_slug):
    index = catalogue(site_root)
    response = _add_card(admin_client, index, _card_form("Удостоверение за наследници", typed_slug, category("Г")))
    assert response.status_code == 302, response.context and response.context["form"].errors
    assert ServiceCardPage.objects.child_of(index).get().slug == "udostoverenie-za-naslednitsi"


def test_a_second_card_of_the_same_title_gets_a_free_slug(admin_client, site_root):
    index = catalogue(site_root)
    cat = category("Г")
    card(index, "Удостоверение за наследници", cat)
    assert ServiceCardPage.objects.child_of(index).get().slug == "udostoverenie-za-naslednitsi"
    _add_card(admin_client, index, _card_form("Удостоверение за наследници", "", cat))
    slugs = sorted(ServiceCardPage.objects.child_of(index).values_list("slug", flat=True))
    assert slugs == ["udostoverenie-za-naslednitsi", "udostoverenie-za-naslednitsi-2"]


def test_an_ascii_slug_typed_by_the_editor_is_kept(admin_client, site_root):
    index = catalogue(site_root)
    _add_card(admin_client, index, _card_form("Удостоверение за наследници", "naslednici", category("Г")))
    assert ServiceCardPage.objects.child_of(index).get().slug == "naslednici"


def test_an_existing_page_keeps_its_cyrillic_slug(admin_client, site_root):
    index = catalogue(site_root)
    cat = category("Г")
    page = card(index, "Удостоверение", cat)
    ServiceCardPage.objects.filter(pk=page.pk).update(slug="удостоверение")
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    response = admin_client.post(url, _card_form("Удостоверение (ново)", "удостоверение", cat))
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.slug == "удостоверение"
    assert page.get_latest_revision_as_object().slug == "удостоверение"


def test_pages_made_in_code_get_the_slug_of_their_language(site_root, locales):
    section = site_root.add_child(instance=Page(title="Раздел", slug="t-razdel-za-adresi"))
    index = EthicsCodeIndexPage(title="Етични кодекси")
    section.add_child(instance=index)
    assert index.slug == "etichni-kodeksi"
    ukrainian = EthicsCodeIndexPage(title="Довідка про склад сім'ї", locale=locales["uk"])
    section.add_child(instance=ukrainian)
    assert ukrainian.slug == "dovidka-pro-sklad-simji"
    again = EthicsCodeIndexPage(title="Етични кодекси")
    section.add_child(instance=again)
    assert again.slug == "etichni-kodeksi-2"


CLASH = {  # the field's own error, and the name of the Promote tab, as the editor reads them
    "bg": ("Друга страница в този раздел вече има този адрес.", "Популяризиране"),
    "pl": ("Inna strona w tej sekcji ma już ten adres.", "Promocja SEO"),
    "uk": ("Інша сторінка в цьому розділі вже має цю адресу.", "Просування"),
}


@pytest.mark.parametrize("language", sorted(CLASH))
def test_a_slug_clash_is_told_at_the_top_naming_the_page_and_the_tab(admin_client, admin_user, site_root, language):
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = language
    profile.save()
    index = catalogue(site_root)
    cat = category("Г")
    card(index, "Удостоверение за наследници", cat)
    response = _add_card(admin_client, index, _card_form("Друго удостоверение", "udostoverenie-za-naslednitsi", cat))
    assert response.status_code == 200
    form = response.context["form"]
    field_error, tab = CLASH[language]
    assert form.errors["slug"] == [field_error]
    [general] = form.non_field_errors()
    assert "udostoverenie-za-naslednitsi" in general and "Удостоверение за наследници" in general
    assert tab in general
    html = response.content.decode()
    assert "Удостоверение за наследници" in html.split('class="messages"')[1].split("</ul>")[0]
