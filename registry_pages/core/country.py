"""The municipality's country (BG/PL/UA) and the country of each content language.

The country decides public holidays and working days: `core.calendar` reads
it from the site's settings (`site_country`, `site_calendar`); it also decides
the currency a new fee is offered in (`country_currency`).
"""

import datetime

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Country(models.TextChoices):
    """The municipality's country: decides public holidays and working days."""

    BULGARIA = "BG", _("Bulgaria")
    POLAND = "PL", _("Poland")
    UKRAINE = "UA", _("Ukraine")


LANGUAGE_TO_COUNTRY = {"bg": Country.BULGARIA, "pl": Country.POLAND, "uk": Country.UKRAINE}


# Each country's currency, and the day a country changed it (Bulgaria joined the euro on 1 January 2026).
NATIONAL_CURRENCY = {Country.BULGARIA: "BGN", Country.POLAND: "PLN", Country.UKRAINE: "UAH"}
CURRENCY_CHANGES = {Country.BULGARIA: (datetime.date(2026, 1, 1), "EUR")}


def country_currency(country: str, on: datetime.date | None = None) -> str:
    """The currency fees are charged in, in `country` on the day `on` (today by default)."""
    on = on or timezone.localdate()
    change = CURRENCY_CHANGES.get(country)
    if change is not None and on >= change[0]:
        return change[1]
    return NATIONAL_CURRENCY.get(country, "EUR")
