"""How a reception's pattern reads to a citizen: "Tuesday", "first Monday of the month",
"last Friday of the month", "by appointment".

The monthly labels are whole phrases, not an ordinal glued to a weekday,
because Bulgarian, Polish and Ukrainian agree the ordinal with the weekday's
gender ("първи понеделник", "първа сряда"; "pierwszy poniedziałek",
"pierwsza środa"; "перший понеділок", "перша середа").
"""

from django.utils.dates import WEEKDAYS
from django.utils.translation import gettext_lazy as _

from registry_pages.receptions.schedule import APPOINTMENT, LAST, MONTHLY, WEEKLY

FREQUENCY_CHOICES = [
    (WEEKLY, _("every week")),
    (MONTHLY, _("once a month (the n-th weekday)")),
    (APPOINTMENT, _("by appointment, no fixed day")),
]
WEEK_OF_MONTH_CHOICES = [
    (1, _("first")),
    (2, _("second")),
    (3, _("third")),
    (4, _("fourth")),
    (5, _("fifth")),
    (LAST, _("last")),
]

MONTHLY_LABELS = {
    (1, 0): _("first Monday of the month"),
    (1, 1): _("first Tuesday of the month"),
    (1, 2): _("first Wednesday of the month"),
    (1, 3): _("first Thursday of the month"),
    (1, 4): _("first Friday of the month"),
    (1, 5): _("first Saturday of the month"),
    (1, 6): _("first Sunday of the month"),
    (2, 0): _("second Monday of the month"),
    (2, 1): _("second Tuesday of the month"),
    (2, 2): _("second Wednesday of the month"),
    (2, 3): _("second Thursday of the month"),
    (2, 4): _("second Friday of the month"),
    (2, 5): _("second Saturday of the month"),
    (2, 6): _("second Sunday of the month"),
    (3, 0): _("third Monday of the month"),
    (3, 1): _("third Tuesday of the month"),
    (3, 2): _("third Wednesday of the month"),
    (3, 3): _("third Thursday of the month"),
    (3, 4): _("third Friday of the month"),
    (3, 5): _("third Saturday of the month"),
    (3, 6): _("third Sunday of the month"),
    (4, 0): _("fourth Monday of the month"),
    (4, 1): _("fourth Tuesday of the month"),
    (4, 2): _("fourth Wednesday of the month"),
    (4, 3): _("fourth Thursday of the month"),
    (4, 4): _("fourth Friday of the month"),
    (4, 5): _("fourth Saturday of the month"),
    (4, 6): _("fourth Sunday of the month"),
    (5, 0): _("fifth Monday of the month"),
    (5, 1): _("fifth Tuesday of the month"),
    (5, 2): _("fifth Wednesday of the month"),
    (5, 3): _("fifth Thursday of the month"),
    (5, 4): _("fifth Friday of the month"),
    (5, 5): _("fifth Saturday of the month"),
    (5, 6): _("fifth Sunday of the month"),
    (-1, 0): _("last Monday of the month"),
    (-1, 1): _("last Tuesday of the month"),
    (-1, 2): _("last Wednesday of the month"),
    (-1, 3): _("last Thursday of the month"),
    (-1, 4): _("last Friday of the month"),
    (-1, 5): _("last Saturday of the month"),
    (-1, 6): _("last Sunday of the month"),}


def pattern_label(frequency: str, weekday: int | None, week_of_month: int | None) -> str:
    """The pattern as the public page, the calendar and open data write it."""
    if frequency == APPOINTMENT or weekday is None:
        return str(_("by appointment"))
    if frequency == MONTHLY and (week_of_month, weekday) in MONTHLY_LABELS:
        return str(MONTHLY_LABELS[(week_of_month, weekday)])
    return str(WEEKDAYS[weekday])
