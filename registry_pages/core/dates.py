"""Dates as each language writes them (CLDR, through Babel).

Django's own locale formats write "06 Декември 2026" in Bulgarian (a
capitalised month, a leading zero) and US dates in English. Citizens read
dates in their language's conventions: "6 декември 2026 г.", "6 grudnia
2026 r.", "6 грудня 2026 р.", "6 December 2026" (the portal's English is
British English, as in EU public-sector sites).

Polish official writing adds "r." after the year; CLDR's Polish long date
does not, so the one pattern is overridden here. CLDR keeps "г." and "р." on
the year's line with a narrow no-break space; it is written as a plain
no-break space, which every font has.
"""

import datetime

from babel.core import UnknownLocaleError
from babel.dates import format_date
from django.utils import timezone, translation

# Django language code → CLDR locale, where they differ.
LOCALES = {"en": "en_GB"}
# style → pattern per language; a language not listed uses CLDR's pattern of the style.
STYLES = {
    "long": {"pl": "d MMMM y\u00a0'r'."},
    "day_month": {},
    "weekday": {},
}
DEFAULT_PATTERNS = {"long": "long", "day_month": "d MMMM", "weekday": "EEEE, d MMMM"}


def locale_for(language: str | None) -> str:
    language = (language or translation.get_language() or "en").lower().split("-")[0]
    return LOCALES.get(language, language)


def _as_date(value):
    if isinstance(value, datetime.datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        return value.date()
    return value


def format_day(value, style: str = "long", language: str | None = None) -> str:
    """`value` (a date or datetime, None → "") written in `language` (default: the active one)."""
    if not value:
        return ""
    locale = locale_for(language)
    pattern = STYLES[style].get(locale.split("_")[0], DEFAULT_PATTERNS[style])
    try:
        text = format_date(_as_date(value), pattern, locale=locale)
    except (ValueError, UnknownLocaleError):  # a language CLDR does not know: ISO, never a 500
        return _as_date(value).isoformat()
    return text.replace("\u202f", "\u00a0")
