"""Service cards and their catalogue.

A service card tells a citizen everything needed to obtain one
administrative service: who may apply, on what legal basis, which documents
to bring, what it costs and how long it takes (per variant: ordinary, fast,
express), where and how to apply, what they receive and how to appeal. The
catalogue (`ServiceIndexPage`) lists the cards by category and A–Z and
offers them as open data.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    PageChooserPanel,
)
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from registry_pages.core.also_searched import AlsoSearchedAsMixin
from registry_pages.core.blocks import LegalActBlock
from registry_pages.core.page_slugs import AsciiSlugMixin
from registry_pages.core.page_views import BuiltContextMixin, build
from registry_pages.core.pages import (
    NamedSerializer,
    RegistryBasePage,
    SingleTypeChildrenMixin,
    registry_edit_handler,
)
from registry_pages.opendata.routes import OpenDataRoutesMixin
from registry_pages.services.blocks import (
    CURRENCY_CODES,
    FeeBlock,
    ProcessingTimeBlock,
    RequiredDocumentBlock,
)
from registry_pages.workflow.forms import CompletenessPageForm
from registry_pages.workflow.panels import CompletenessPanel

__all__ = ["ServiceIndexPage", "ServiceCardPage", "RelatedService", "CARD_PAGE_RELATED"]

# What a card's public page reads from other tables (joined when the card is routed to).
CARD_PAGE_RELATED = ("locale", "category", "responsible_department", "contact_position", "in_person_department")


class ServiceIndexPage(BuiltContextMixin, OpenDataRoutesMixin, SingleTypeChildrenMixin, AsciiSlugMixin, Page):
    """The service catalogue: browse by category or A–Z; download as open data.

    Placed anywhere in the tree (usually under the home page); owns the cards.
    """


    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link", "ol", "ul"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["registry_pages.ServiceCardPage"]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    api_fields = [APIField("intro")]

    class Meta:
        verbose_name = _("service catalogue")
        verbose_name_plural = _("service catalogues")

    def single_type_children(self, model):
        """A card is routed to with everything its public page shows from other tables, in one query."""
        return super().single_type_children(model).select_related(*CARD_PAGE_RELATED)


class ServiceCardPage(BuiltContextMixin, AlsoSearchedAsMixin, RegistryBasePage):
    """One administrative service, in the plain language a citizen uses."""

    summary = models.TextField(
        _("summary"),
        help_text=_("One or two plain sentences: what the service gives the citizen. Avoid official jargon."),
    )
    category = models.ForeignKey(
        "registry_pages.ServiceCategory",
        verbose_name=_("category"),
        null=True,
        blank=False,
        on_delete=models.PROTECT,
        related_name="service_cards",
        help_text=_("Where the service is listed in the catalogue."),
    )
    who_may_apply = models.TextField(
        _("who may apply"), blank=True, help_text=_("E.g. the person concerned, a parent, an authorised person.")
    )
    legal_basis = StreamField(
        [("act", LegalActBlock())], blank=True, verbose_name=_("legal basis"),
        help_text=_("The laws, ordinances and council decisions the service rests on."),
    )
    required_documents = StreamField(
        [("document", RequiredDocumentBlock())], blank=True, verbose_name=_("required documents"),
        help_text=_("Every document the citizen must bring or send, with its form when there is one."),
    )
    no_documents_required = models.BooleanField(
        _("no documents required"),
        default=False,
        help_text=_("Tick only when the citizen needs no document at all: the page then says so explicitly."),
    )
    fees = StreamField(
        [("fee", FeeBlock())], blank=True, verbose_name=_("fees"),
        help_text=_("One row per variant (ordinary, fast, express). A free service gets one row with amount 0."),
    )
    processing_times = StreamField(
        [("time", ProcessingTimeBlock())], blank=True, verbose_name=_("processing time"),
        help_text=_("One row per variant, with the same names as the fees."),
    )
    in_person_department = models.ForeignKey(
        "registry_pages.Department",
        verbose_name=_("department receiving applications"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Where citizens apply in person; its address and hours are shown unless given below."),
    )
    in_person_room = models.CharField(
        _("room or desk"), max_length=100, blank=True, help_text=_("Leave empty to show the department's room.")
    )
    in_person_hours = models.CharField(
        _("hours"), max_length=255, blank=True, help_text=_("Leave empty to show the department's working hours.")
    )
    in_person_note = models.TextField(
        _("applying in person"), blank=True, help_text=_("Anything the citizen should know before coming.")
    )
    online_url = models.URLField(
        _("e-service link"), blank=True, help_text=_("The address of the online service, if the service can be requested online.")
    )
    payment_url = models.URLField(_("online payment link"), blank=True)
    by_post = models.TextField(
        _("applying by post"), blank=True, help_text=_("Where to send the application and what to enclose. Leave empty if not possible.")
    )
    result = models.TextField(
        _("result"), blank=True, help_text=_("What the citizen receives, e.g. a certificate, a permit, a decision.")
    )
    appeal = models.TextField(
        _("how to appeal"), blank=True, help_text=_("To whom, within how many days and how the citizen can appeal.")
    )

    content_panels = [CompletenessPanel()] + Page.content_panels + [
        FieldPanel("summary"),
        AlsoSearchedAsMixin.also_searched_panel,
        FieldPanel("category"),
        FieldPanel("who_may_apply"),
        FieldPanel("legal_basis"),
        FieldPanel("result"),
        FieldPanel("appeal"),
    ]
    documents_panels = [FieldPanel("required_documents"), FieldPanel("no_documents_required")]
    fees_panels = [FieldPanel("fees"), FieldPanel("processing_times")]
    apply_panels = [
        MultiFieldPanel(
            [
                FieldPanel("in_person_department"),
                FieldRowPanel([FieldPanel("in_person_room"), FieldPanel("in_person_hours")]),
                FieldPanel("in_person_note"),
            ],
            heading=_("In person"),
        ),
        MultiFieldPanel([FieldPanel("online_url"), FieldPanel("payment_url")], heading=_("Online")),
        FieldPanel("by_post"),
        InlinePanel("related_services", heading=_("Related services"), label=_("related service")),
    ]
    edit_handler = registry_edit_handler(
        content_panels,
        extra_tabs=[
            ObjectList(documents_panels, heading=_("Documents")),
            ObjectList(fees_panels, heading=_("Fees and time")),
            ObjectList(apply_panels, heading=_("How to apply")),
        ],
    )
    # Publishing and submitting are refused while the card lacks what services/completeness.py lists.
    base_form_class = CompletenessPageForm

    parent_page_types = ["registry_pages.ServiceIndexPage"]
    subpage_types: list[str] = []

    search_fields = RegistryBasePage.search_fields + [
        *AlsoSearchedAsMixin.also_searched_search_fields,
        index.SearchField("summary", boost=1.5),
        index.SearchField("who_may_apply"),
        index.SearchField("document_names"),
        index.SearchField("result"),
        index.RelatedFields("category", [index.SearchField("public_name")]),
        index.FilterField("category"),
    ]
    api_fields = RegistryBasePage.api_fields + [
        APIField("summary"),
        APIField("category", serializer=NamedSerializer()),
        APIField("who_may_apply"),
        APIField("legal_basis"),
        APIField("required_documents"),
        APIField("no_documents_required"),
        APIField("fees"),
        APIField("processing_times"),
        APIField("in_person_department", serializer=NamedSerializer()),
        APIField("in_person_room"),
        APIField("in_person_hours"),
        APIField("in_person_note"),
        APIField("online_url"),
        APIField("payment_url"),
        APIField("by_post"),
        APIField("result"),
        APIField("appeal"),
        APIField("related_services"),
    ]

    class Meta:
        verbose_name = _("service card")
        verbose_name_plural = _("service cards")

    def document_names(self) -> str:
        """The names of the required documents, for search (citizens search "identity card")."""
        return " ".join(block.value["name"] for block in self.required_documents)

    def card_errors(self) -> dict[str, list]:
        """The card's own rules, shared by the admin form and the importer."""
        errors: dict[str, list] = {}
        has_documents = len(self.required_documents) > 0
        if has_documents and self.no_documents_required:
            errors.setdefault("no_documents_required", []).append(
                _("Untick “no documents required”: the card lists documents.")
            )
        if not has_documents and not self.no_documents_required:
            errors.setdefault("no_documents_required", []).append(
                _("List the documents the citizen needs, or tick “no documents required” so the page says so.")
            )
        for block in self.fees:
            fee = block.value
            amount, variant = fee.get("amount"), fee.get("variant") or "?"
            if amount is None:
                errors.setdefault("fees", []).append(
                    _("Enter the amount of the fee “%(variant)s” as a number, e.g. 5.00 (0 if free).") % {"variant": variant}
                )
            elif amount < 0:
                errors.setdefault("fees", []).append(
                    _("The fee “%(variant)s” cannot be negative.") % {"variant": variant}
                )
            if fee.get("currency") not in CURRENCY_CODES:
                errors.setdefault("fees", []).append(
                    _("Choose the currency of the fee “%(variant)s”: %(currencies)s.")
                    % {"variant": variant, "currencies": ", ".join(CURRENCY_CODES)}
                )
        for block in self.processing_times:
            days = block.value.get("days")
            if days is None or days < 0:
                errors.setdefault("processing_times", []).append(
                    _("Enter the processing time “%(variant)s” as a whole number of days (0 or more).")
                    % {"variant": block.value.get("variant") or "?"}
                )
        return errors

    def clean(self):
        super().clean()
        errors = self.card_errors()
        if errors:
            raise ValidationError(errors)

    @path("feedback/", name="feedback")
    def feedback(self, request):
        """POST "Was this helpful?" (built by registry_pages.feedback.submit)."""
        return build(self, "feedback", request)


class RelatedService(Orderable):
    """Another service a citizen often needs with this one (shown in their language)."""

    page = ParentalKey(ServiceCardPage, on_delete=models.CASCADE, related_name="related_services")
    service = models.ForeignKey(
        "registry_pages.ServiceCardPage",
        verbose_name=_("service"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [PageChooserPanel("service", "registry_pages.ServiceCardPage")]
    api_fields = [APIField("service")]

    class Meta(Orderable.Meta):
        verbose_name = _("related service")
        verbose_name_plural = _("related services")
