"""The country's own legal forms, unclassified entries and the basis for publishing the head's name."""

import pytest
from django.utils import translation
from django.utils.translation import gettext

from registry_pages.core import page_cache
from registry_pages.core.site_settings import MunicipalitySettings
from registry_pages.ngos.legal_forms import (
    LegalForm,
    forms_for_country,
    legal_form_in_text,
)
from tests.registry_pages.ngos.support import activity_field, entry, register


def _in(language, text):
    with translation.override(language):
        return gettext(text)


@pytest.mark.parametrize("written, code", [
    ("Народно читалище „Просвета – 1905“", "community_centre"),
    ("Сдружение „Зелен Белоречие“", "association"),
    ("Koło Gospodyń Wiejskich w Zalesiu", "rural_womens_circle"),
    ("OSP w Dąbrówce", "volunteer_fire_brigade"),
    ("Uczniowski Klub Sportowy „Orlik”", "pupils_sports_club"),
    ("Stowarzyszenie zwykłe „Nasza Wieś”", "ordinary_association"),
    ("Stowarzyszenie Przyjaciół Szkoły", "association"),
    ("ГО «Світанок»", "public_organisation"),
    ("Громадська спілка «Ради громад»", "public_union"),
    ("Благодійний фонд «Надія»", "charitable_foundation"),
    ("ОСББ «Зелений двір»", "co_owners_association"),
    ("Релігійна організація «Парафія св. Миколая»", "religious"),
])
def test_the_form_is_read_from_the_start_of_a_name(written, code):
    assert legal_form_in_text(written) == code


def test_a_name_that_only_starts_like_an_abbreviation_is_not_a_form():
    assert legal_form_in_text("Горски приятели") is None and legal_form_in_text("Ospa wietrzna") is None


def test_a_cell_is_read_whole_in_the_countrys_words():
    assert legal_form_in_text("stowarzyszenie zwykłe", whole=True) == "ordinary_association"
    assert legal_form_in_text("ОСББ", whole=True) == "co_owners_association"
    assert legal_form_in_text("Сдружение „Добро“", whole=True) is None  # a name, not a form


def test_each_country_offers_its_own_forms():
    bg, pl, ua = (dict(forms_for_country(c)) for c in ("BG", "PL", "UA"))
    assert "community_centre" in bg and "rural_womens_circle" not in bg
    assert {"ordinary_association", "rural_womens_circle", "volunteer_fire_brigade", "pupils_sports_club"} <= set(pl)
    assert {"public_organisation", "public_union", "charitable_foundation", "co_owners_association"} <= set(ua)
    assert "community_centre" not in ua and "association" not in ua
    assert all(code in LegalForm.values for code in [*bg, *pl, *ua])


def test_labels_are_the_countrys_words():
    assert _in("pl", "rural housewives' circle") == "koło gospodyń wiejskich"
    assert _in("uk", "association of co-owners of an apartment building").startswith("об")
    assert _in("bg", "community centre (chitalishte)") == "народно читалище"


@pytest.fixture
def reg(site_root):
    return register(site_root, slug="t-forms-npo")


@pytest.mark.django_db
def test_a_name_from_a_public_register_is_published_but_the_phone_is_not(client, reg):
    page = entry(reg, "Сдружение „Регистрово“", [], head_name="Иван Публичен", phone="+359 88 123 4567",
                 head_name_basis="public_register")
    html = client.get(page.url).content.decode()
    assert "Иван Публичен" in html and _in("bg", "as published in the public register") in html
    assert "123 4567" not in html
    assert page.public_head_name == "Иван Публичен" and page.public_phone is None


@pytest.mark.django_db
def test_unclassified_entries_are_listed_and_filtered(client, reg):
    culture = activity_field("Култура")
    entry(reg, "Народно читалище „Светлина“", [culture], legal_form="community_centre")
    entry(reg, "Сдружение „Само име“", [])
    html = client.get(reg.url).content.decode()
    assert 'value="unclassified"' in html and "?field=unclassified" in html
    only = client.get(reg.url, {"field": "unclassified"}).content.decode()
    assert "Само име" in only and "Светлина" not in only
    page = client.get(reg.url + "sdruzhenie-samo-ime/")
    assert page.status_code == 200 and _in("bg", "unclassified") in page.content.decode()


@pytest.mark.django_db
def test_the_filter_offers_the_countrys_forms(client, reg):
    entry(reg, "Сдружение „Тест“", [])
    bg_html = client.get(reg.url).content.decode()
    assert 'value="community_centre"' in bg_html and 'value="rural_womens_circle"' not in bg_html
    settings = MunicipalitySettings.for_site(reg.get_site())
    settings.country = "PL"
    settings.save()
    page_cache.new_generation()
    pl_html = client.get(reg.url).content.decode()
    assert 'value="rural_womens_circle"' in pl_html and 'value="pupils_sports_club"' in pl_html
