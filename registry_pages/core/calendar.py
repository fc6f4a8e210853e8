"""Working days in Bulgaria, Poland and Ukraine.

Art. 28 of the document-handling instruction counts deadlines in *working*
days, starting on the first working day after the day of the resolution. A
working day here is Monday–Friday that is not an official public holiday of
the country, as published by the `holidays` package (its default "public"
category). Unofficial "bridge" days and working Saturdays decreed to make up
for them are deliberately not modelled: only what the package lists counts.

Ukraine: since martial law began on 24 February 2022, Ukrainian law
(Labour Code art. 73 as suspended by Law 2136-IX) gives no days off for
public holidays, and the package reflects that — `holidays.UA` lists the
holidays of early 2022 and *none* for 2023 onwards (checked with holidays
0.109: 2025 and 2026 are empty). So for UA only weekends are non-working
today, and `holiday_name()` returns None even for 1 January. This follows the
package on purpose; when martial law ends, a package update restores them.
"""

from __future__ import annotations

import datetime
from functools import lru_cache

import holidays
from wagtail.models import Site

from registry_pages.core.country import Country
from registry_pages.core.layout import layout_for
from registry_pages.core.site_settings import MunicipalitySettings

SUPPORTED_COUNTRIES = ("BG", "PL", "UA")
# The portal's language codes → the holiday-name languages the package ships.
_NAME_LANGUAGES = {"bg": "bg", "pl": "pl", "uk": "uk", "en": "en_US"}
_ONE_DAY = datetime.timedelta(days=1)


class WorkingDayCalendar:
    """Public holidays and weekends of one country; holiday tables are cached per year."""

    def __init__(self, country: str, language: str | None = None):
        code = (country or "").upper()
        if code not in SUPPORTED_COUNTRIES:
            raise ValueError(f"Unsupported country {country!r}; expected one of {SUPPORTED_COUNTRIES}")
        self.country = code
        # The language of holiday names (bg, pl, uk, en); None keeps the package's default.
        self.language = _NAME_LANGUAGES.get(language or "")
        self._years: dict[int, holidays.HolidayBase] = {}

    def __repr__(self) -> str:
        return f"WorkingDayCalendar({self.country!r})"

    def _holidays(self, year: int) -> holidays.HolidayBase:
        if year not in self._years:
            options = {"years": year}
            if self.language:
                options["language"] = self.language
            self._years[year] = holidays.country_holidays(self.country, **options)
        return self._years[year]

    def holiday_name(self, day: datetime.date) -> str | None:
        """The public holiday on `day` (several joined by "; "), or None."""
        return self._holidays(day.year).get(day)

    def is_working_day(self, day: datetime.date) -> bool:
        return day.weekday() < 5 and self.holiday_name(day) is None

    def next_working_day(self, day: datetime.date) -> datetime.date:
        """The first working day strictly after `day`."""
        day += _ONE_DAY
        while not self.is_working_day(day):
            day += _ONE_DAY
        return day

    def last_working_day_on_or_before(self, day: datetime.date) -> datetime.date:
        while not self.is_working_day(day):
            day -= _ONE_DAY
        return day

    def add_working_days(self, start: datetime.date, n: int) -> datetime.date:
        """The n-th working day after `start` (Art. 28 counting).

        Counting starts on the first working day after `start`, so
        `add_working_days(start, 1)` is that day. `n == 0` returns `start`.
        """
        if n < 0:
            raise ValueError("n must not be negative")
        day = start
        for _ in range(n):
            day = self.next_working_day(day)
        return day

    def working_days_between(self, a: datetime.date, b: datetime.date) -> int:
        """Working days after `a` up to and including `b`; negative when `b` is before `a`.

        The inverse of `add_working_days`: working_days_between(s, add_working_days(s, n)) == n.
        """
        if b < a:
            return -self.working_days_between(b, a)
        count, day = 0, a + _ONE_DAY
        while day <= b:
            count += self.is_working_day(day)
            day += _ONE_DAY
        return count


@lru_cache(maxsize=8)
def get_calendar(country: str) -> WorkingDayCalendar:
    """A shared calendar per country, so holiday tables are built once per process."""
    return WorkingDayCalendar(country)



def site_country(page=None, request=None) -> str:
    """The country (BG/PL/UA) of the page's site, or of the default site without a page;
    with a request, read from the layout already built for it (no query)."""
    if request is not None:
        setting = layout_for(request, page)["municipality"]
        if setting is not None:
            return setting.country
    site = page.get_site() if page is not None else Site.objects.filter(is_default_site=True).first()
    return MunicipalitySettings.for_site(site).country if site else Country.BULGARIA.value


def site_calendar(page=None, request=None) -> WorkingDayCalendar:
    """The working-day calendar of the page's site (of the default site without a page)."""
    return get_calendar(site_country(page, request))
