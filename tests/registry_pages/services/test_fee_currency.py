"""A fee row added in the card's editor starts in the currency of the site's country today."""

import datetime as dt
import html
import re

import pytest
from django.urls import reverse
from wagtail.models import Site

from registry_pages.core.country import country_currency
from registry_pages.core.site_settings import MunicipalitySettings
from tests.registry_pages.services.support import catalogue

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("country", "day", "currency"),
    [
        ("BG", dt.date(2025, 12, 31), "BGN"),
        ("BG", dt.date(2026, 1, 1), "EUR"),  # Bulgaria joined the euro
        ("PL", dt.date(2026, 6, 1), "PLN"),
        ("UA", dt.date(2026, 6, 1), "UAH"),
    ],
)
def test_each_country_charges_in_its_currency_of_the_day(country, day, currency):
    assert country_currency(country, day) == currency


@pytest.mark.parametrize(("country", "currency"), [("BG", "EUR"), ("PL", "PLN"), ("UA", "UAH")])
def test_a_new_fee_row_offers_the_site_countrys_currency(admin_client, site_root, country, currency):
    settings = MunicipalitySettings.for_site(Site.objects.get(is_default_site=True))
    settings.country = country
    settings.save()
    index = catalogue(site_root)
    page = html.unescape(admin_client.get(
        reverse("wagtailadmin_pages:add", args=["registry_pages", "servicecardpage", index.pk])
    ).content.decode())
    # the editor's definition of the fees field: the values a new row starts with
    fees = page.split('id="fees"', 1)[1].split("data-w-block-arguments-value", 1)[0]
    assert re.findall(r'"currency": \["([A-Z]{3})"\]', fees) == [currency]  # a select's state is a list
