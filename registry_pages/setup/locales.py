"""Create a Wagtail Locale for every content language."""

from django.conf import settings
from wagtail.models import Locale


def ensure_locales() -> list[str]:
    changes = []
    for code, _name in getattr(settings, "WAGTAIL_CONTENT_LANGUAGES", settings.LANGUAGES):
        _locale, created = Locale.objects.get_or_create(language_code=code)
        if created:
            changes.append(f"created locale {code}")
    return changes
