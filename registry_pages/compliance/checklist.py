"""The compliance checklist of a site: each legally required section, and whether it is in order.

A required section is in order ("current") when its page exists in the site's main language
(the language of the site's root page), is published, and was last published within
`REGISTRY_COMPLIANCE_REVIEW_MONTHS` months (12 by default). A required register the portal
provides (the register of changes, the service catalogue) is checked the same way where it is
a page, and is always current where the portal generates it.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Max
from django.urls import NoReverseMatch, reverse
from django.utils import timezone, translation

from registry_pages.compliance.models import InformationPage
from registry_pages.compliance.requirements import required_registers, required_sections
from registry_pages.core.country import Country
from registry_pages.core.site_settings import MunicipalitySettings
from registry_pages.services.models import ServiceCardPage, ServiceIndexPage

MISSING, DRAFT, STALE, CURRENT = "missing", "draft", "stale", "current"
EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)


def review_months() -> int:
    return int(getattr(settings, "REGISTRY_COMPLIANCE_REVIEW_MONTHS", 12))


def months_before(moment: datetime.datetime, months: int) -> datetime.datetime:
    month_index = moment.year * 12 + moment.month - 1 - months
    year, month = divmod(month_index, 12)
    day = min(moment.day, 28)
    return moment.replace(year=year, month=month + 1, day=day)


def state_of(exists: bool, live: bool, last_published, now=None) -> str:
    if not exists:
        return MISSING
    if not live or last_published is None:
        return DRAFT
    if last_published < months_before(now or timezone.now(), review_months()):
        return STALE
    return CURRENT


@dataclass
class Row:
    label: object
    legal_reference: str
    state: str
    kind: str = ""  # an information page's kind; empty for a register
    page: object = None
    last_published: datetime.datetime | None = None
    view_url: str = ""
    languages: list[str] = field(default_factory=list)  # other languages it is published in

    @property
    def ok(self) -> bool:
        return self.state == CURRENT


@dataclass
class SiteChecklist:
    site: object
    country: str
    home: object
    rows: list[Row]

    @property
    def ok(self) -> bool:
        return all(row.ok for row in self.rows)

    @property
    def country_label(self):
        return Country(self.country).label if self.country in Country.values else self.country

    @property
    def missing_kinds(self) -> list[str]:
        return [row.kind for row in self.rows if row.kind and row.state == MISSING]

    @property
    def problems(self) -> int:
        return sum(not row.ok for row in self.rows)


def _best(pages):
    """Of several pages of one kind, the one that counts: live first, then the latest published."""
    return max(pages, key=lambda p: (p.live, p.last_published_at is not None, p.last_published_at or EPOCH, p.pk),
               default=None)


def _page_rows(home, country) -> list[Row]:
    pages = list(InformationPage.objects.descendant_of(home).filter(locale=home.locale_id, alias_of__isnull=True)
                 .defer("body", "non_accessible_content"))
    keys = [p.translation_key for p in pages]
    translated = {}
    for key, code in (InformationPage.objects.live().filter(translation_key__in=keys).exclude(locale=home.locale_id)
                      .values_list("translation_key", "locale__language_code")):
        translated.setdefault(key, []).append(code)
    rows = []
    for requirement in required_sections(country):
        page = _best([p for p in pages if p.kind == requirement.kind])
        rows.append(Row(
            requirement.label, requirement.legal_reference,
            state_of(page is not None, page is not None and page.live, page and page.last_published_at),
            kind=requirement.kind, page=page, last_published=page.last_published_at if page else None,
            view_url=(page.url or "") if page is not None and page.live else "",
            languages=sorted(translated.get(page.translation_key, [])) if page else [],
        ))
    return rows


def _changes_row(home, requirement) -> Row:
    try:
        with translation.override(home.locale.language_code):
            url = reverse("registry_changes")
    except NoReverseMatch:  # the site does not mount the add-on's URLs
        return Row(requirement.label, requirement.legal_reference, MISSING)
    return Row(requirement.label, requirement.legal_reference, CURRENT, view_url=url)


def _services_row(home, requirement) -> Row:
    index = ServiceIndexPage.objects.descendant_of(home).filter(locale=home.locale_id).order_by("-live").first()
    if index is None:
        return Row(requirement.label, requirement.legal_reference, MISSING)
    newest_card = ServiceCardPage.objects.live().descendant_of(index).aggregate(newest=Max("last_published_at"))["newest"]
    last = max((d for d in (index.last_published_at, newest_card) if d is not None), default=None)
    return Row(requirement.label, requirement.legal_reference, state_of(True, index.live, last), page=index,
               last_published=last, view_url=(index.url or "") if index.live else "")


REGISTER_ROWS = {"changes": _changes_row, "services": _services_row}


def site_checklist(site) -> SiteChecklist:
    country = MunicipalitySettings.for_site(site).country
    home = site.root_page.specific
    rows = _page_rows(home, country)
    rows += [REGISTER_ROWS[requirement.key](home, requirement) for requirement in required_registers(country)]
    return SiteChecklist(site, country, home, rows)
