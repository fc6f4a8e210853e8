"""Ethics codes: what conduct citizens may expect, and what to do when it is breached.

A municipality usually has more than one code (one for the administration's
employees, a separate one for councillors), so codes live under an index
page. Each code says whom it binds, which act adopted it and from when it
applies, sets out its sections of rules, and ends with the breach procedure
and a way to report a concern — citizens should not have to search for
where to complain.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from registry_pages.core.also_searched import AlsoSearchedAsMixin
from registry_pages.core.blocks import LegalActBlock
from registry_pages.core.page_slugs import AsciiSlugMixin
from registry_pages.core.pages import (
    RegistryBasePage,
    SingleTypeChildrenMixin,
    registry_edit_handler,
)
from registry_pages.directory.responsibility import load_responsibility
from registry_pages.ethics.blocks import EthicsSectionsBlock, number_sections

__all__ = ["EthicsCodeIndexPage", "EthicsCodePage"]

RICH_TEXT_FEATURES = ["h3", "h4", "bold", "italic", "link", "ol", "ul"]

# Field name → label: whom a code binds (booleans, so wagtail-localize keeps
# them in sync across translations and a code may bind several groups).
BOUND_GROUPS = {
    "binds_employees": _("employees of the municipal administration"),
    "binds_councillors": _("municipal councillors"),
    "binds_executive_officers": _("executive officers (mayor, deputy mayors, secretary)"),
}


class EthicsCodeIndexPage(SingleTypeChildrenMixin, AsciiSlugMixin, Page):
    """Lists the municipality's codes of ethics, each with whom it binds."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link", "ul"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    api_fields = [APIField("intro")]
    subpage_types = ["registry_pages.EthicsCodePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("ethics codes index")

    def codes(self):
        return EthicsCodePage.objects.child_of(self).live().public().order_by("path")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["codes"] = self.codes()
        return context


class EthicsCodePage(AlsoSearchedAsMixin, RegistryBasePage):
    """One code of ethics, numbered from the order of its sections and rules."""

    binds_employees = models.BooleanField(BOUND_GROUPS["binds_employees"], default=False)
    binds_councillors = models.BooleanField(BOUND_GROUPS["binds_councillors"], default=False)
    binds_executive_officers = models.BooleanField(BOUND_GROUPS["binds_executive_officers"], default=False)
    adopting_act = StreamField(
        [("act", LegalActBlock())],
        verbose_name=_("adopted by"),
        blank=True,
        max_num=1,
        help_text=_("The decision or order that adopted the code: number, date and the body that adopted it."),
    )
    effective_date = models.DateField(_("in force from"), null=True, blank=True)
    preamble = RichTextField(_("preamble"), blank=True, features=RICH_TEXT_FEATURES)
    sections = StreamField(
        EthicsSectionsBlock(),
        verbose_name=_("sections"),
        blank=True,
        help_text=_(
            "Sections and rules are numbered automatically in this order, unless you write their numbers "
            "as the code does (Rozdział II, § 5, ust. 2, pkt 3)."
        ),
    )
    breach_procedure = RichTextField(
        _("when the code is breached"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("Who examines a breach (e.g. the ethics committee), in what time and with what outcome."),
    )
    report_concern_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("report a concern: page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    report_concern_url = models.URLField(
        _("report a concern: address"),
        blank=True,
        help_text=_("Use either a page of this portal or an external address, not both."),
    )

    content_panels = Page.content_panels + [
        AlsoSearchedAsMixin.also_searched_panel,
        MultiFieldPanel(
            [FieldPanel(name) for name in BOUND_GROUPS],
            heading=_("Whom the code binds"),
        ),
        FieldPanel("adopting_act"),
        FieldPanel("effective_date"),
        FieldPanel("preamble"),
        FieldPanel("sections"),
        FieldPanel("breach_procedure"),
        MultiFieldPanel(
            [PageChooserPanel("report_concern_page"), FieldPanel("report_concern_url")],
            heading=_("Report a concern"),
        ),
    ]
    edit_handler = registry_edit_handler(content_panels)
    search_fields = RegistryBasePage.search_fields + [
        *AlsoSearchedAsMixin.also_searched_search_fields,
        index.SearchField("sections", boost=1.5),
        index.SearchField("preamble"),
        index.SearchField("breach_procedure"),
        index.FilterField("effective_date"),
        index.FilterField("binds_employees"),
        index.FilterField("binds_councillors"),
        index.FilterField("binds_executive_officers"),
    ]
    api_fields = RegistryBasePage.api_fields + [
        APIField("bound_groups"),
        APIField("adopting_act"),
        APIField("effective_date"),
        APIField("preamble"),
        APIField("sections"),
        APIField("breach_procedure"),
        APIField("report_concern_link"),
    ]
    parent_page_types = ["registry_pages.EthicsCodeIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("ethics code")
        verbose_name_plural = _("ethics codes")

    def clean(self):
        super().clean()
        errors = {}
        if not any(getattr(self, name) for name in BOUND_GROUPS):
            errors["binds_employees"] = _("Tick at least one group the code binds.")
        if self.report_concern_page_id and self.report_concern_url:
            errors["report_concern_url"] = _("Give either a page or an address to report a concern, not both.")
        if errors:
            raise ValidationError(errors)

    @property
    def bound_groups(self) -> list[str]:
        """Labels of the groups the code binds, in a fixed order."""
        return [str(label) for name, label in BOUND_GROUPS.items() if getattr(self, name)]

    @property
    def report_concern_link(self) -> str:
        """The page (in this page's language when translated) or the external address."""
        if self.report_concern_page_id and self.report_concern_page:
            return self.report_concern_page.localized.url or ""
        return self.report_concern_url

    def numbered_sections(self):
        return number_sections(self.sections, self.locale.language_code)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["numbered_sections"] = self.numbered_sections()
        load_responsibility(self)
        return context
