"""Legal forms of the organisations in the NGO register, per country.

Each country has its own forms, written in registers and municipal lists as
they are named by its law:

* Bulgaria: сдружение, фондация, (народно) читалище, религиозна институция;
* Poland: stowarzyszenie, stowarzyszenie zwykłe, fundacja, koło gospodyń wiejskich,
  ochotnicza straż pożarna, uczniowski klub sportowy, związek wyznaniowy / parafia;
* Ukraine: громадська організація, громадська спілка, благодійний фонд,
  благодійна організація, релігійна організація, ОСББ.

`LegalForm` holds every code (the stored value never depends on the country);
`forms_for_country` lists those an editor in a country chooses from and the
register filters by; `legal_form_in_text` reads a form as a list writes it,
either a cell ("Stowarzyszenie zwykłe") or the start of a name
("Народно читалище „Просвета 1905“", "OSP w Zalesiu", "ГО «Світанок»").
"""

import re

from django.db import models
from django.utils.translation import gettext_lazy as _

from registry_pages.core.country import Country


class LegalForm(models.TextChoices):
    """Every legal form the register knows, of all three countries."""

    ASSOCIATION = "association", _("association")
    ORDINARY_ASSOCIATION = "ordinary_association", _("ordinary association")
    FOUNDATION = "foundation", _("foundation")
    COMMUNITY_CENTRE = "community_centre", _("community centre (chitalishte)")
    RURAL_WOMENS_CIRCLE = "rural_womens_circle", _("rural housewives' circle")
    VOLUNTEER_FIRE_BRIGADE = "volunteer_fire_brigade", _("volunteer fire brigade")
    PUPILS_SPORTS_CLUB = "pupils_sports_club", _("pupils' sports club")
    PUBLIC_ORGANISATION = "public_organisation", _("public organisation")
    PUBLIC_UNION = "public_union", _("public union")
    CHARITABLE_FOUNDATION = "charitable_foundation", _("charitable foundation")
    CHARITABLE_ORGANISATION = "charitable_organisation", _("charitable organisation")
    CO_OWNERS_ASSOCIATION = "co_owners_association", _("association of co-owners of an apartment building")
    RELIGIOUS = "religious", _("religious organisation")
    OTHER = "other", _("other")


F = LegalForm
COUNTRY_FORMS: dict[str, tuple[str, ...]] = {
    Country.BULGARIA: (F.ASSOCIATION, F.FOUNDATION, F.COMMUNITY_CENTRE, F.RELIGIOUS, F.OTHER),
    Country.POLAND: (
        F.ASSOCIATION, F.ORDINARY_ASSOCIATION, F.FOUNDATION, F.RURAL_WOMENS_CIRCLE, F.VOLUNTEER_FIRE_BRIGADE,
        F.PUPILS_SPORTS_CLUB, F.RELIGIOUS, F.OTHER,
    ),
    Country.UKRAINE: (
        F.PUBLIC_ORGANISATION, F.PUBLIC_UNION, F.CHARITABLE_FOUNDATION, F.CHARITABLE_ORGANISATION,
        F.CO_OWNERS_ASSOCIATION, F.RELIGIOUS, F.OTHER,
    ),
}

# How lists write a form: full names and the abbreviations used at the start of a name.
# Longer names first, so "stowarzyszenie zwykłe" wins over "stowarzyszenie".
_WRITTEN: tuple[tuple[str, str], ...] = (
    # Bulgaria
    ("народно читалище", F.COMMUNITY_CENTRE), ("читалище", F.COMMUNITY_CENTRE), ("нч", F.COMMUNITY_CENTRE),
    ("сдружение", F.ASSOCIATION), ("фондация", F.FOUNDATION),
    ("религиозна институция", F.RELIGIOUS), ("вероизповедание", F.RELIGIOUS),
    # Poland
    ("stowarzyszenie zwykłe", F.ORDINARY_ASSOCIATION), ("stowarzyszenie", F.ASSOCIATION), ("fundacja", F.FOUNDATION),
    ("koło gospodyń wiejskich", F.RURAL_WOMENS_CIRCLE), ("kgw", F.RURAL_WOMENS_CIRCLE),
    ("ochotnicza straż pożarna", F.VOLUNTEER_FIRE_BRIGADE), ("osp", F.VOLUNTEER_FIRE_BRIGADE),
    ("uczniowski klub sportowy", F.PUPILS_SPORTS_CLUB), ("uks", F.PUPILS_SPORTS_CLUB),
    ("związek wyznaniowy", F.RELIGIOUS), ("kościół", F.RELIGIOUS), ("parafia", F.RELIGIOUS),
    # Ukraine
    ("громадська організація", F.PUBLIC_ORGANISATION), ("го", F.PUBLIC_ORGANISATION),
    ("громадська спілка", F.PUBLIC_UNION), ("громадське об'єднання", F.PUBLIC_ORGANISATION),
    ("благодійний фонд", F.CHARITABLE_FOUNDATION), ("бф", F.CHARITABLE_FOUNDATION),
    ("благодійна організація", F.CHARITABLE_ORGANISATION), ("бо", F.CHARITABLE_ORGANISATION),
    ("релігійна організація", F.RELIGIOUS), ("релігійна громада", F.RELIGIOUS), ("парафія", F.RELIGIOUS),
    ("об'єднання співвласників багатоквартирного будинку", F.CO_OWNERS_ASSOCIATION), ("осбб", F.CO_OWNERS_ASSOCIATION),
)
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'", "‘": "'"})


def forms_for_country(country: str) -> list[tuple[str, str]]:
    """(code, label) of the legal forms of `country` (all of them for an unknown country)."""
    codes = COUNTRY_FORMS.get(country, tuple(LegalForm.values))
    labels = dict(LegalForm.choices)
    return [(code, labels[code]) for code in codes]


def _normal(text: str) -> str:
    return " ".join(str(text or "").translate(_APOSTROPHES).casefold().split())


def legal_form_in_text(text: str, *, whole: bool = False) -> str | None:
    """The legal form a cell (`whole=True`: the cell is the form) or a name's start names, or None."""
    value = _normal(text)
    if not value:
        return None
    if value in LegalForm.values:
        return value
    for written, code in _WRITTEN:
        if value == written:
            return code
        if not whole and re.match(re.escape(written) + r"(?=[\s\"„“«»'(,.-]|$)", value):
            return code
    if whole:  # a label in any language the file may use ("association", "фондация" …)
        for code, label in LegalForm.choices:
            if value == _normal(str(label)):
                return code
    return None
