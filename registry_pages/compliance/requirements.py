"""What the law of each country requires a municipality's site to publish, as data.

`REQUIRED_SECTIONS[country]` lists the kinds of information page (`SectionKind`) the
site must have, each with the legal reference that requires it; `REQUIRED_REGISTERS[country]`
the registers the portal itself provides that the law asks for. The admin checklist
(`checklist.py`), the drafts of missing pages (`drafts.py`) and the footer read this data;
no template names a country. Legal references are citations, kept in the act's own language.
"""

from dataclasses import dataclass

from django.db import models
from django.utils.translation import gettext_lazy as _

from registry_pages.core.country import Country

__all__ = ["SectionKind", "Requirement", "RegisterRequirement", "Enforcement", "REQUIRED_SECTIONS",
           "REQUIRED_REGISTERS", "ENFORCEMENT", "ANSWER_DAYS", "required_sections", "required_registers"]


class SectionKind(models.TextChoices):
    """What an information page is for; the required ones tie it to a legal obligation."""

    ACCESSIBILITY = "accessibility", _("Accessibility statement")
    ACCESS_TO_INFORMATION = "access_to_information", _("Access to public information")
    UNPUBLISHED_INFORMATION = "unpublished_information", _("Information not published on this site")
    EDITORS = "editors", _("Editors of the site")
    INSTRUCTIONS = "instructions", _("How to use this site")
    OTHER = "other", _("Other information")


@dataclass(frozen=True)
class Requirement:
    kind: str
    legal_reference: str

    @property
    def label(self):
        return SectionKind(self.kind).label


@dataclass(frozen=True)
class RegisterRequirement:
    """A register the portal provides (not an information page): `key` names its finder in checklist.py."""

    key: str
    label: object
    legal_reference: str


@dataclass(frozen=True)
class Enforcement:
    """Where a citizen turns when the municipality does not answer an accessibility request."""

    body: object
    url: str


ACCESSIBILITY_EU = "Directive (EU) 2016/2102, Art. 7"

REQUIRED_SECTIONS = {
    Country.BULGARIA: [
        Requirement(SectionKind.ACCESS_TO_INFORMATION, "Закон за достъп до обществена информация, чл. 15а"),
        Requirement(SectionKind.ACCESSIBILITY, "Закон за електронното управление, чл. 58а; " + ACCESSIBILITY_EU),
    ],
    Country.POLAND: [
        Requirement(SectionKind.EDITORS, "Rozporządzenie MSWiA z 18 stycznia 2007 r. w sprawie BIP, § 11 ust. 1 pkt 2–3"),
        Requirement(SectionKind.INSTRUCTIONS, "Rozporządzenie MSWiA z 18 stycznia 2007 r. w sprawie BIP, § 11 ust. 1 pkt 4"),
        Requirement(SectionKind.UNPUBLISHED_INFORMATION,
                    "Ustawa z 6 września 2001 r. o dostępie do informacji publicznej, art. 10; rozporządzenie w sprawie BIP"),
        Requirement(SectionKind.ACCESSIBILITY,
                    "Ustawa z 4 kwietnia 2019 r. o dostępności cyfrowej, art. 10; " + ACCESSIBILITY_EU),
    ],
    Country.UKRAINE: [
        Requirement(SectionKind.ACCESS_TO_INFORMATION,
                    "Закон України «Про доступ до публічної інформації», ст. 15, ст. 19"),
        Requirement(SectionKind.ACCESSIBILITY, "ДСТУ EN 301 549:2022; " + ACCESSIBILITY_EU),
    ],
}

REQUIRED_REGISTERS = {
    Country.BULGARIA: [],
    Country.POLAND: [
        RegisterRequirement("changes", _("Register of changes"),
                            "Rozporządzenie MSWiA z 18 stycznia 2007 r. w sprawie BIP (rejestr zmian)"),
    ],
    Country.UKRAINE: [
        RegisterRequirement("services", _("Information cards of administrative services"),
                            "Закон України «Про адміністративні послуги», ст. 6, ст. 8"),
    ],
}

ENFORCEMENT = {
    Country.BULGARIA: Enforcement(_("the Ministry of e-Government"), "https://egov.government.bg/"),
    Country.POLAND: Enforcement(_("the Commissioner for Human Rights (Rzecznik Praw Obywatelskich)"),
                                "https://bip.brpo.gov.pl/"),
    Country.UKRAINE: Enforcement(_("the Ukrainian Parliament Commissioner for Human Rights"),
                                 "https://ombudsman.gov.ua/"),
}

# Days within which a request for public information is answered (BG ЗДОИ чл. 28; PL art. 13;
# UA ст. 20: five working days).
ANSWER_DAYS = {Country.BULGARIA: 14, Country.POLAND: 14, Country.UKRAINE: 5}


def required_sections(country: str) -> list[Requirement]:
    return REQUIRED_SECTIONS.get(country, [Requirement(SectionKind.ACCESSIBILITY, ACCESSIBILITY_EU)])


def required_registers(country: str) -> list[RegisterRequirement]:
    return REQUIRED_REGISTERS.get(country, [])
