"""Choice lists shared by several models."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Country(models.TextChoices):
    """The municipality's country: decides public holidays and working days."""

    BULGARIA = "BG", _("Bulgaria")
    POLAND = "PL", _("Poland")
    UKRAINE = "UA", _("Ukraine")


LANGUAGE_TO_COUNTRY = {"bg": Country.BULGARIA, "pl": Country.POLAND, "uk": Country.UKRAINE}


class LegalForm(models.TextChoices):
    """Legal forms of non-profit organisations that exist in Bulgaria, Poland and Ukraine.

    BG: сдружение, фондация, народно читалище, вероизповедание;
    PL: stowarzyszenie, fundacja, dom kultury / ośrodek, związek wyznaniowy;
    UA: громадське об'єднання, благодійний фонд, будинок культури, релігійна організація.
    """

    ASSOCIATION = "association", _("association")
    FOUNDATION = "foundation", _("foundation")
    COMMUNITY_CENTRE = "community_centre", _("community centre (chitalishte)")
    RELIGIOUS = "religious", _("religious organisation")
    OTHER = "other", _("other")
