"""Information pages: the site's legally required sections and the accessibility statement.

One page type for every "information page" (how to request information, the editors,
how to use the site …): its `kind` ties it to a required section of the site's country
(`requirements.py`). A page of kind "accessibility" also carries what the accessibility
statement is generated from (`statement.py`): the conformance status, what is not
accessible, when the statement was prepared (its last review is the page's "last reviewed"),
and the feedback route (the municipality's e-mail and phone when left empty).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from registry_pages.compliance.requirements import SectionKind
from registry_pages.core.page_views import BuiltContextMixin
from registry_pages.core.pages import RegistryBasePage, registry_edit_handler

__all__ = ["InformationPage", "Conformance"]

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "link", "ol", "ul"]


class Conformance(models.TextChoices):
    FULL = "full", _("fully compliant")
    PARTIAL = "partial", _("partially compliant")
    NONE = "none", _("not compliant")


class InformationPage(BuiltContextMixin, RegistryBasePage):
    """A page of information the municipality publishes about itself and the site."""

    kind = models.CharField(
        _("kind"), max_length=32, choices=SectionKind.choices, default=SectionKind.OTHER,
        help_text=_("The legally required section this page provides (Reports → Compliance checklist)."),
    )
    body = RichTextField(_("text"), blank=True, features=RICH_TEXT_FEATURES)
    conformance = models.CharField(
        _("conformance status"), max_length=10, choices=Conformance.choices, default=Conformance.PARTIAL,
        help_text=_("Against WCAG 2.1 level AA (EN 301 549). Accessibility statement only."),
    )
    non_accessible_content = models.TextField(
        _("content that is not accessible"), blank=True,
        help_text=_("One item a line: what is not accessible and why. Accessibility statement only."),
    )
    statement_prepared = models.DateField(
        _("statement prepared on"), null=True, blank=True,
        help_text=_("Its last review is the page's \"last reviewed\" date (Responsibility tab)."),
    )
    feedback_email = models.EmailField(
        _("feedback e-mail"), blank=True, help_text=_("Empty: the municipality's e-mail from its settings."),
    )
    feedback_phone = models.CharField(
        _("feedback phone"), max_length=50, blank=True, help_text=_("Empty: the municipality's phone from its settings."),
    )

    content_panels = Page.content_panels + [FieldPanel("kind"), FieldPanel("body")]
    statement_panels = [
        FieldPanel("conformance"),
        FieldPanel("non_accessible_content"),
        FieldPanel("statement_prepared"),
        MultiFieldPanel([FieldPanel("feedback_email"), FieldPanel("feedback_phone")], heading=_("Feedback and contact")),
    ]
    edit_handler = registry_edit_handler(
        content_panels, extra_tabs=[ObjectList(statement_panels, heading=_("Accessibility statement"))]
    )
    search_fields = RegistryBasePage.search_fields + [index.SearchField("body"), index.FilterField("kind")]
    api_fields = RegistryBasePage.api_fields + [
        APIField("kind"), APIField("body"), APIField("conformance"), APIField("non_accessible_content"),
        APIField("statement_prepared"),
    ]
    subpage_types: list = []

    class Meta:
        verbose_name = _("information page")
        verbose_name_plural = _("information pages")

    @property
    def is_accessibility_statement(self) -> bool:
        return self.kind == SectionKind.ACCESSIBILITY

    def non_accessible_items(self) -> list[str]:
        return [line.strip() for line in self.non_accessible_content.splitlines() if line.strip()]
