"""Give every site a municipality setting, with the country of its language."""

from django.conf import settings
from wagtail.models import Site

from registry_pages.core.country import LANGUAGE_TO_COUNTRY, Country
from registry_pages.models import MunicipalitySettings


def ensure_settings() -> list[str]:
    changes = []
    country = LANGUAGE_TO_COUNTRY.get(settings.LANGUAGE_CODE.split("-")[0], Country.BULGARIA)
    for site in Site.objects.all():
        _obj, created = MunicipalitySettings.objects.get_or_create(site=site, defaults={"country": country})
        if created:
            changes.append(f"created municipality settings for {site}")
    return changes
