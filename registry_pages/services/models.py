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
from wagtail_localize.fields import SynchronizedField

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
    FeeBlock,
    ProcessingTimeBlock,
    RequiredDocumentBlock,
)
from registry_pages.services.card_blocks import (
    ContactPersonBlock,
    DocumentGroupBlock,
    PlaceBlock,
    PublicContactsSerializer,
    public_contact,
)
from registry_pages.services.rules import PAYMENT_METHODS, card_documents, card_errors
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

    route_cache_reads_parent = False  # a card shows nothing of its index (core/routing.py)

    def single_type_children(self, model):
        """A card is routed to with everything its public page shows from other tables, in one query."""
        return super().single_type_children(model).select_related(*CARD_PAGE_RELATED)


class ServiceCardPage(BuiltContextMixin, AlsoSearchedAsMixin, RegistryBasePage):
    """One administrative service, in the plain language a citizen uses."""

    code = models.CharField(
        _("service code"),
        max_length=50,
        blank=True,
        help_text=_("The number of the service in the national register of services, or the municipality's own code."),
    )
    summary = models.TextField(
        _("summary"),
        blank=True,  # a card imported without one is a draft; the completeness gate asks for it before publishing
        help_text=_("One or two plain sentences: what the service gives the citizen. Avoid official jargon."),
    )
    category = models.ForeignKey(
        "registry_pages.ServiceCategory",
        verbose_name=_("category"),
        null=True,
        blank=True,  # an imported card may come without one; the completeness gate asks for it before publishing
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
        [("document", RequiredDocumentBlock()), ("group", DocumentGroupBlock())], blank=True,
        verbose_name=_("required documents"),
        help_text=_("Every document the citizen must bring or send, with its form when there is one; "
                    "documents needed only in one situation (e.g. through a proxy) in a group."),
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
    fee_exemptions = models.TextField(
        _("exemptions from the fee"), blank=True, help_text=_("Who does not pay, and on what legal basis.")
    )
    payment_account = models.TextField(
        _("payment account"), blank=True, help_text=_("Recipient, IBAN or account number, bank, and the payment title.")
    )
    pay_at_cash_desk = models.BooleanField(_("at the cash desk"), default=False)
    pay_by_card = models.BooleanField(_("by card at the desk"), default=False)
    pay_by_transfer = models.BooleanField(_("by bank transfer"), default=False)
    pay_online = models.BooleanField(_("online"), default=False)
    processing_times = StreamField(
        [("time", ProcessingTimeBlock())], blank=True, verbose_name=_("processing time"),
        help_text=_("One row per variant, with the same names as the fees."),
    )
    places = StreamField(
        [("place", PlaceBlock())], blank=True, verbose_name=_("places to apply and collect"),
        help_text=_("Every place that accepts applications, and where the result is collected when that is elsewhere."),
    )
    contacts = StreamField(
        [("person", ContactPersonBlock())], blank=True, verbose_name=_("contact persons"),
        help_text=_("Officials citizens may ask about the service."),
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
        FieldPanel("code"),
        FieldPanel("summary"),
        AlsoSearchedAsMixin.also_searched_panel,
        FieldPanel("category"),
        FieldPanel("who_may_apply"),
        FieldPanel("legal_basis"),
        FieldPanel("result"),
        FieldPanel("appeal"),
        FieldPanel("contacts"),
    ]
    documents_panels = [FieldPanel("required_documents"), FieldPanel("no_documents_required")]
    fees_panels = [
        FieldPanel("fees"),
        FieldPanel("fee_exemptions"),
        MultiFieldPanel(
            [
                FieldPanel("payment_account"),
                FieldRowPanel([FieldPanel("pay_at_cash_desk"), FieldPanel("pay_by_card")]),
                FieldRowPanel([FieldPanel("pay_by_transfer"), FieldPanel("pay_online")]),
            ],
            heading=_("Payment"),
        ),
        FieldPanel("processing_times"),
    ]
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
        FieldPanel("places"),
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
        index.SearchField("code", boost=2),
        index.AutocompleteField("code"),
        index.SearchField("summary", boost=1.5),
        index.SearchField("who_may_apply"),
        index.SearchField("document_names"),
        index.SearchField("result"),
        index.RelatedFields("category", [index.SearchField("public_name")]),
        index.FilterField("category"),
    ]
    api_fields = RegistryBasePage.api_fields + [
        APIField("code"),
        APIField("summary"),
        APIField("category", serializer=NamedSerializer()),
        APIField("who_may_apply"),
        APIField("legal_basis"),
        APIField("required_documents"),
        APIField("no_documents_required"),
        APIField("fees"),
        APIField("fee_exemptions"),
        APIField("payment_account"),
        APIField("payment_methods"),
        APIField("processing_times"),
        APIField("places"),
        APIField("contacts", serializer=PublicContactsSerializer()),
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

    override_translatable_fields = [SynchronizedField("code", overridable=False)]

    def document_names(self) -> str:
        """The names of the required documents, for search (citizens search "identity card")."""
        return " ".join(document["name"] for document in card_documents(self))

    def public_record_text(self, field_name: str) -> str | None:
        """The contact persons as the public record compares them: a name only with consent."""
        if field_name != "contacts":
            return None
        people = (public_contact(block.value) for block in self.contacts)
        return "\n".join(", ".join(filter(None, person.values())) for person in people)

    def payment_methods(self) -> list[str]:
        """How the fee can be paid: "cash_desk", "card", "transfer", "online"."""
        ticked = [self.pay_at_cash_desk, self.pay_by_card, self.pay_by_transfer, self.pay_online]
        return [name for name, on in zip(PAYMENT_METHODS, ticked) if on]

    def card_errors(self) -> dict[str, list]:
        """The card's own rules, shared by the admin form and the importer (`services/rules.py`)."""
        return card_errors(self)

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
