"""The value a deadline parser hands back.

Action plans give deadlines as free text ("постоянен", "м. март", "Q2",
"10 dni roboczych"). The portal needs to know what *kind* of deadline an
editor wrote before it can compute a due date, so the parser returns a small,
immutable record instead of a date: the text as written plus what was
recognised in it. Kinds that have no single due date (permanent, ongoing …)
are still recognised — they are legitimate answers, not failures — while text
the parser cannot read is kept verbatim as "unrecognised" and never guessed.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from enum import StrEnum

from django.utils.translation import gettext_lazy as _


class DeadlineKind(StrEnum):
    DATE = "date"
    MONTH = "month"
    QUARTER = "quarter"
    SEASON = "season"
    HALF_YEAR = "half_year"
    YEAR = "year"
    RECURRING = "recurring"
    WORKING_DAYS = "working_days"
    PERMANENT = "permanent"
    ONGOING = "ongoing"
    ON_UPDATE = "on_update"
    PER_SCHEDULE = "per_schedule"
    UNRECOGNISED = "unrecognised"


class Season(StrEnum):
    """A meteorological season: spring = March–May, summer = June–August,
    autumn = September–November, winter = December–February of the next year."""

    SPRING = "spring"
    SUMMER = "summer"
    AUTUMN = "autumn"
    WINTER = "winter"

    @property
    def first_month(self) -> int:
        return {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}[self.value]

    @property
    def last_month(self) -> int:
        """The month the season ends in; winter's February is in the year after the one it is named by."""
        return {"spring": 5, "summer": 8, "autumn": 11, "winter": 2}[self.value]

    def end_year(self, year: int) -> int:
        """The year the season named by `year` ends in ("winter 2026" ends in February 2027)."""
        return year + 1 if self is Season.WINTER else year

    @classmethod
    def ending_in(cls, month: int) -> Season | None:
        return next((season for season in cls if season.last_month == month), None)

    @property
    def label(self):
        return SEASON_LABELS[self]


SEASON_LABELS = {
    Season.SPRING: _("spring"),
    Season.SUMMER: _("summer"),
    Season.AUTUMN: _("autumn"),
    Season.WINTER: _("winter"),
}


class Recurrence(StrEnum):
    """How often a recurring deadline comes round (compares equal to its str value)."""

    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    YEARLY = "yearly"


DEADLINE_KIND_LABELS = {
    DeadlineKind.DATE: _("By a date"),
    DeadlineKind.MONTH: _("By the end of a month"),
    DeadlineKind.QUARTER: _("By the end of a quarter"),
    DeadlineKind.SEASON: _("By the end of a season"),
    DeadlineKind.HALF_YEAR: _("By the end of a half-year"),
    DeadlineKind.YEAR: _("By the end of a year"),
    DeadlineKind.RECURRING: _("Recurring"),
    DeadlineKind.WORKING_DAYS: _("Within working days"),
    DeadlineKind.PERMANENT: _("Permanent"),
    DeadlineKind.ONGOING: _("Ongoing"),
    DeadlineKind.ON_UPDATE: _("On each update"),
    DeadlineKind.PER_SCHEDULE: _("Per schedule"),
    DeadlineKind.UNRECOGNISED: _("Not recognised"),
}

# Art. 28 of the document-handling instruction: a task set without a deadline
# is due in 7 days, and days count as working days.
DEFAULT_WORKING_DAYS = 7


@dataclass(frozen=True)
class ParsedDeadline:
    """A deadline as written (`text`) and what it means.

    Only the fields that belong to `kind` are set: `date` for DATE; `month`
    (and `year` when known) for MONTH; `quarter` (and `year`) for QUARTER;
    `season` (and `year`: the year the season is named by, its start) for
    SEASON; `half` (1 or 2, and `year`) for HALF_YEAR; `year` for YEAR (a
    span "2025–2026" is due at the end of its last year, so `year` is 2026);
    `recurrence` for RECURRING; `working_days` for WORKING_DAYS.
    `defaulted` is True only when the text was empty and the Art. 28 default
    of 7 working days was applied.
    """

    text: str
    kind: DeadlineKind
    date: datetime.date | None = None
    month: int | None = None
    quarter: int | None = None
    season: Season | None = None
    half: int | None = None
    year: int | None = None
    recurrence: Recurrence | None = None
    working_days: int | None = None
    defaulted: bool = False

    @property
    def recognised(self) -> bool:
        return self.kind != DeadlineKind.UNRECOGNISED

    @property
    def label(self):
        """The human label of the kind (lazy, translated on use)."""
        return DEADLINE_KIND_LABELS[self.kind]
