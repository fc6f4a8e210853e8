"""Opening hours beside the reception days: the office, the cashier, a department.

Schedules of receptions usually carry them too ("Касата работи …", "Kasa
czynna …", "Центр надання адміністративних послуг працює …"). They are kept
as written — days and hours as one line each — because they are read, not
computed: no next date is derived from them. A list of blocks on the page
(no table of their own), so the page costs no extra query and wagtail-localize
translates them with the page.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

OFFICE = "office"
CASHIER = "cashier"
DEPARTMENT = "department"
OTHER = "other"
KIND_CHOICES = [
    (OFFICE, _("office / front desk")),
    (CASHIER, _("cashier")),
    (DEPARTMENT, _("department")),
    (OTHER, _("other opening hours")),
]


class OfficeHoursBlock(blocks.StructBlock):
    """One line of opening hours: what (office, cashier, a department), which days, which hours, where."""

    kind = blocks.ChoiceBlock(label=_("kind"), choices=KIND_CHOICES, default=OFFICE)
    name = blocks.CharBlock(label=_("name"), max_length=255, help_text=_("E.g. Cashier, or the department's name."))
    days = blocks.CharBlock(label=_("days"), max_length=255, required=False, help_text=_("As written, e.g. Monday–Friday."))
    hours = blocks.CharBlock(label=_("hours"), max_length=255, required=False, help_text=_("As written, e.g. 8:30–17:00."))
    place = blocks.CharBlock(label=_("place"), max_length=255, required=False)
    note = blocks.CharBlock(label=_("note"), max_length=255, required=False)

    class Meta:
        icon = "time"
        label = _("office hours")


def office_hours_value(kind, name, days="", hours="", place="", note="") -> dict:
    """One stream item for `ReceptionDaysPage.office_hours` (the importer writes these)."""
    return {"type": "hours", "value": {"kind": kind, "name": name[:255], "days": days[:255], "hours": hours[:255],
                                       "place": place[:255], "note": note[:255]}}
