"""Opening hours beside the reception days: the office, the cashier, a department.

Schedules of receptions usually carry them too ("Касата работи …", "Kasa
czynna …", "Центр надання адміністративних послуг працює …"). They are kept
as written — days and hours as one line each — because they are read, not
computed: no next date is derived from them.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.api import APIField
from wagtail.models import Orderable, TranslatableMixin

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


class ReceptionOfficeHours(TranslatableMixin, Orderable):
    """One line of opening hours: what (office, cashier, a department), which days, which hours, where."""

    page = ParentalKey("registry_pages.ReceptionDaysPage", on_delete=models.CASCADE, related_name="office_hours")
    kind = models.CharField(_("kind"), max_length=12, choices=KIND_CHOICES, default=OFFICE)
    name = models.CharField(_("name"), max_length=255, help_text=_("E.g. Cashier, or the department's name."))
    days = models.CharField(_("days"), max_length=255, blank=True, help_text=_("As written, e.g. Monday–Friday."))
    hours = models.CharField(_("hours"), max_length=255, blank=True, help_text=_("As written, e.g. 8:30–17:00."))
    place = models.CharField(_("place"), max_length=255, blank=True)
    note = models.CharField(_("note"), max_length=255, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("name")]),
        FieldRowPanel([FieldPanel("days"), FieldPanel("hours"), FieldPanel("place")]),
        FieldPanel("note"),
    ]
    api_fields = [APIField(name) for name in ("kind", "name", "days", "hours", "place", "note")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order"]
        verbose_name = _("office hours")
        verbose_name_plural = _("office hours")

    def __str__(self):
        return " ".join(part for part in (self.name, self.days, self.hours) if part)
