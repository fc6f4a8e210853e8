"""Legal forms of the organisations in the NGO register."""

from django.db import models
from django.utils.translation import gettext_lazy as _


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
