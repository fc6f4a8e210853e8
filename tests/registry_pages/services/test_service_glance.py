"""The card's "at a glance" box: a citizen sees the fee, the time, where to go and whether the
service can be requested online before scrolling, and each summary agrees with the tables below."""

import re
from decimal import Decimal

import pytest
from django.utils import formats, translation
from django.utils.translation import gettext

from tests.registry_pages.services.support import card, catalogue, category, department


def _bg(text):
    with translation.override("bg"):
        return gettext(text)


def _box(html: str) -> str:
    match = re.search(r'<section class="glance".*?</section>', html, re.S)
    assert match, "the card has no at-a-glance box"
    return match.group(0)


def _fee(variant, amount, currency="BGN", **extra):
    return ("fee", {"variant": variant, "amount": None if amount is None else Decimal(amount), "currency": currency,
                    "note": "", **extra})


@pytest.fixture
def index(site_root):
    return catalogue(site_root)


@pytest.fixture
def civil():
    return category("Гражданско състояние", 1)


@pytest.mark.django_db
def test_box_sums_up_fee_time_place_and_offers_the_e_service_first(client, index, civil):
    page = card(index, "Удостоверение за наследници", civil, online_url="https://e.example/nasledniczi",
                payment_url="https://pay.example/", fees=[_fee("обикновена", "12.00"), _fee("бърза", "5.00")])
    page.places = [("place", {"purpose": "collect", "name": "Гише 3", "address": "", "room": "", "hours": "", "note": ""}),
                   ("place", {"purpose": "apply", "name": "Център за услуги", "address": "ул. Първа 1", "room": "",
                              "hours": "", "note": ""})]
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    box = _box(html)
    with translation.override("bg"):
        lowest = formats.number_format(Decimal("5.00"), 2)
    assert _bg("At a glance") in box
    assert f"от {lowest} BGN" in box and 'href="#fees"' in box and 'id="fees"' in html
    assert "обикновена: 7" in box and 'href="#times"' in box and 'id="times"' in html
    assert "Център за услуги, ул. Първа 1" in box and "Гише 3" not in box  # the collection desk is not where to apply
    assert re.search(r'<a class="button" href="https://e.example/nasledniczi">' + re.escape(_bg("Apply online")), box)
    assert 'class="button button--secondary" href="https://pay.example/"' in box
    assert _bg("Not available online") not in box
    # the box comes before the first section of the card: it is what a phone shows first
    assert html.index('class="glance"') < html.index('id="documents-heading"')


@pytest.mark.django_db
def test_free_service_without_e_service_says_so(client, index, civil):
    dept = department()
    page = card(index, "Заверка на документ", civil, in_person_department=dept,
                fees=[_fee("обикновена", "0"), _fee("експресна", "0")])
    box = _box(client.get(page.url).content.decode())
    assert f"<dd>{_bg('Free')}</dd>" in box and 'href="#fees"' not in box
    assert dept.name in box  # no place listed: the department that receives citizens
    assert _bg("Not available online") in box and 'class="button"' not in box


@pytest.mark.django_db
def test_fees_in_different_units_are_not_compared(client, index, civil):
    page = card(index, "Скица на имот", civil, fees=[
        _fee("за имот", None, per_unit_amount=Decimal("0.50"), unit="кв. м"), _fee("копие", "3.00")])
    box = _box(client.get(page.url).content.decode())
    assert "за имот: " in box and "кв. м" in box and "от " not in box.split(_bg("Fee"))[1].split("</dd>")[0][:12]


@pytest.mark.django_db
def test_card_without_fee_time_or_place_has_no_empty_box(client, index, civil):
    page = card(index, "Справка", civil, fees=[])
    page.processing_times = []
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    assert 'class="glance"' not in html and _bg("At a glance") not in html


@pytest.mark.django_db
@pytest.mark.parametrize("language, expected", [("pl", "W skrócie"), ("uk", "Коротко"), ("en", "At a glance")])
def test_box_heading_in_each_language(language, expected):
    with translation.override(language):
        assert gettext("At a glance") == expected
