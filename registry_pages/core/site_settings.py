"""Per-site settings of the municipality: contacts, country, logo.

Language-neutral data sits on the setting; the name, address and working
hours are given once per content language in child rows, because a site
serves every language from one tree of settings.
"""

from django.conf import settings
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable

from registry_pages.core.country import Country

__all__ = ["MunicipalitySettings", "MunicipalityDetails"]


def content_language_choices():
    return list(getattr(settings, "WAGTAIL_CONTENT_LANGUAGES", settings.LANGUAGES))


@register_setting(icon="site")
class MunicipalitySettings(ClusterableModel, BaseSiteSetting):
    select_related = ["logo"]

    country = models.CharField(
        _("country"),
        max_length=2,
        choices=Country.choices,
        default=Country.BULGARIA,
        help_text=_("Decides the public holidays used for working days and reception dates."),
    )
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    email = models.EmailField(_("email"), blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    show_approval_trail = models.BooleanField(
        _("show who reviewed and approved each page"),
        default=True,
        help_text=_("Shows the reviewer and the approver of the current version on public pages."),
    )

    panels = [
        InlinePanel("details", heading=_("Name and address in each language"), label=_("language")),
        MultiFieldPanel(
            [FieldPanel("phone"), FieldPanel("email"), FieldPanel("country"), FieldPanel("logo")],
            heading=_("Contacts"),
        ),
        FieldPanel("show_approval_trail"),
    ]

    class Meta:
        verbose_name = _("municipality")

    def details_for(self, language_code=None):
        """The details row for a language, falling back to the first row."""
        language_code = (language_code or translation.get_language() or "").split("-")[0]
        rows = list(self.details.all())
        for row in rows:
            if row.language == language_code:
                return row
        return rows[0] if rows else None


class MunicipalityDetails(Orderable):
    setting = ParentalKey(MunicipalitySettings, on_delete=models.CASCADE, related_name="details")
    language = models.CharField(_("language"), max_length=10, choices=content_language_choices)
    name = models.CharField(_("municipality name"), max_length=255)
    address = models.CharField(_("address"), max_length=255, blank=True)
    working_hours = models.CharField(_("working hours"), max_length=255, blank=True)

    panels = [
        FieldPanel("language"),
        FieldPanel("name"),
        FieldPanel("address"),
        FieldPanel("working_hours"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("municipality details")
        constraints = [
            models.UniqueConstraint(fields=["setting", "language"], name="unique_details_language")
        ]

    def __str__(self):
        return self.name
