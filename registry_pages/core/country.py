"""The municipality's country (BG/PL/UA) and the country of each content language.

The country decides public holidays and working days: `core.calendar` reads
it from the site's settings (`site_country`, `site_calendar`).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Country(models.TextChoices):
    """The municipality's country: decides public holidays and working days."""

    BULGARIA = "BG", _("Bulgaria")
    POLAND = "PL", _("Poland")
    UKRAINE = "UA", _("Ukraine")


LANGUAGE_TO_COUNTRY = {"bg": Country.BULGARIA, "pl": Country.POLAND, "uk": Country.UKRAINE}

