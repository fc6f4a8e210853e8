"""The register of non-governmental organisations (NGOs) of the municipality.

Citizens look here for an association, foundation or community centre
(читалище) that works in a field they care about; the municipality uses it
to plan its yearly cooperation programme. Each entry is a page under the
register: what the organisation is (legal form, registration number, seat),
who leads it, what it aims at and does (activities, some at their own
address, e.g. a care station), what it achieved and how it cooperates with
the municipality.

The head's name and the phone are often a volunteer's private data. The phone
is published only when the organisation consented (`publish_contact_consent`);
the head's name when it consented or when the name was taken from a public
register (`head_name_basis`: e.g. the court register of non-profit entities,
KRS, ЄДР publish the board), which makes it public already. `public_head_name`
and `public_phone` are the only way templates, the API, open-data exports and
JSON-LD read them.

An entry without a field of activity is "unclassified": lists often give only
a name and a locality, and the register shows and filters those entries too.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from rest_framework import serializers
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
)
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from registry_pages.core.page_slugs import AsciiSlugMixin
from registry_pages.core.page_views import BuiltContextMixin
from registry_pages.core.pages import (
    RegistryBasePage,
    SingleTypeChildrenMixin,
    registry_edit_handler,
)
from registry_pages.core.restricted import exclude_restricted
from registry_pages.directory.models import ActivityField
from registry_pages.ngos.forms import NGOEntryForm
from registry_pages.ngos.legal_forms import LegalForm
from registry_pages.opendata.routes import OpenDataRoutesMixin

__all__ = ["NGORegisterPage", "NGOEntryPage", "NGOActivityFieldLink", "NGOActivity", "HeadNameBasis"]

TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class NGORegisterPage(BuiltContextMixin, OpenDataRoutesMixin, SingleTypeChildrenMixin, AsciiSlugMixin, Page):
    """The NGO register: filter by field of activity, search, sort, download as open data."""


    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=TEXT_FEATURES,
        help_text=_("What the register holds and how an organisation gets listed or updates its entry."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["registry_pages.NGOEntryPage"]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    api_fields = [APIField("intro")]

    class Meta:
        verbose_name = _("NGO register")
        verbose_name_plural = _("NGO registers")

    def entries(self):
        """Live, public entries of this register (a query set, not evaluated)."""
        return exclude_restricted(NGOEntryPage.objects.child_of(self).live())

    def single_type_children(self, model):
        """An entry is routed to with its locale and responsibility in one query (the default
        manager joins nothing: Wagtail and treebeard defer fields, which Django refuses with joins)."""
        return super().single_type_children(model).select_related("locale", "responsible_department", "contact_position")


class _ActivityFieldNames(serializers.Field):
    """The entry's fields of activity in its language, for the API."""

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, page):
        return [{"id": f.pk, "name": f.name} for f in page.fields_of_activity()]


class HeadNameBasis(models.TextChoices):
    """Why the head's name may be published."""

    CONSENT = "consent", _("the organisation's consent")
    PUBLIC_REGISTER = "public_register", _("a public register")


class NGOEntryPage(BuiltContextMixin, RegistryBasePage):
    """One organisation in the register. The page title is its full name."""

    base_form_class = NGOEntryForm

    short_name = models.CharField(
        _("short name"), max_length=100, blank=True, help_text=_("The abbreviation or name people use, e.g. “Green Belorechie”.")
    )
    legal_form = models.CharField(
        _("legal form"), max_length=30, choices=LegalForm.choices, default=LegalForm.ASSOCIATION,
        help_text=_("As written in the court or state register."),
    )
    registration_number = models.CharField(
        _("registration number"), max_length=50, blank=True,
        help_text=_("The identifier in the state register (e.g. UIC/BULSTAT, KRS, EDRPOU). The same in every language."),
    )
    seat_address = models.CharField(_("seat address"), max_length=255, blank=True, help_text=_("The registered seat."))
    head_name = models.CharField(
        _("head's name"), max_length=255, blank=True,
        help_text=_(
            "Shown publicly when the organisation consented to publishing personal contact data, "
            "or when the name was taken from a public register."
        ),
    )
    head_name_basis = models.CharField(
        _("the name is published on the basis of"), max_length=20, choices=HeadNameBasis.choices,
        default=HeadNameBasis.CONSENT,
        help_text=_(
            "“A public register”: the name as the state register of organisations publishes it (e.g. the "
            "chairperson). The phone is published only with consent, whatever is chosen here."
        ),
    )
    head_title = models.CharField(
        _("head's title"), max_length=100, blank=True, help_text=_("E.g. chairperson, president, director.")
    )
    phone = models.CharField(
        _("phone"), max_length=50, blank=True,
        help_text=_("Shown publicly only when the organisation consented to publishing personal contact data."),
    )
    email = models.EmailField(_("email"), blank=True, help_text=_("The organisation's address, not a private one."))
    website = models.URLField(_("website"), blank=True)
    publish_contact_consent = models.BooleanField(
        _("consent to publish personal contact data"),
        default=False,
        help_text=_(
            "Tick only with the organisation's written consent. Without it the head's name and the phone "
            "are not shown on the page, in the API or in the open-data downloads."
        ),
    )
    statutory_goals = RichTextField(
        _("statutory goals"), blank=True, features=TEXT_FEATURES, help_text=_("The goals as the statute states them.")
    )
    achievements = RichTextField(
        _("achievements"), blank=True, features=TEXT_FEATURES, help_text=_("Results the organisation is known for.")
    )
    cooperation = RichTextField(
        _("cooperation with the municipality"), blank=True, features=TEXT_FEATURES,
        help_text=_("Joint projects, services delegated or funded by the municipality, seats in councils."),
    )
    date_registered = models.DateField(_("date registered"), null=True, blank=True)
    date_last_confirmed = models.DateField(
        _("date last confirmed"), null=True, blank=True,
        help_text=_("When the organisation last confirmed that this entry is correct."),
    )

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("short_name"), FieldPanel("legal_form")]),
        FieldRowPanel([FieldPanel("registration_number"), FieldPanel("date_registered")]),
        FieldPanel("seat_address"),
        InlinePanel(
            "activity_field_links", heading=_("Fields of activity"), label=_("field of activity"),
            help_text=_("Leave empty when the field is not known: the entry is listed as unclassified."),
        ),
        FieldPanel("statutory_goals"),
        FieldPanel("achievements"),
        FieldPanel("cooperation"),
        FieldPanel("date_last_confirmed"),
    ]
    contact_panels = [
        MultiFieldPanel(
            [FieldPanel("publish_contact_consent"), FieldPanel("head_name"), FieldPanel("head_name_basis"), FieldPanel("phone")],
            heading=_("Personal contact data"),
        ),
        FieldPanel("head_title"),
        FieldRowPanel([FieldPanel("email"), FieldPanel("website")]),
    ]
    activities_panels = [InlinePanel("activities", heading=_("Activities and services"), label=_("activity"))]
    edit_handler = registry_edit_handler(
        content_panels,
        extra_tabs=[
            ObjectList(contact_panels, heading=_("Contact")),
            ObjectList(activities_panels, heading=_("Activities and services")),
        ],
    )
    parent_page_types = ["registry_pages.NGORegisterPage"]
    subpage_types: list[str] = []

    # Identifiers and contact numbers are the same in every language.
    override_translatable_fields = [
        SynchronizedField("registration_number", overridable=False),
        SynchronizedField("phone"),
        SynchronizedField("publish_contact_consent", overridable=False),
        SynchronizedField("head_name_basis", overridable=False),
    ]
    # The head's name and the phone are not indexed: a search for a person must not find them.
    search_fields = RegistryBasePage.search_fields + [
        index.SearchField("short_name", boost=2),
        index.AutocompleteField("short_name"),
        index.SearchField("statutory_goals", boost=0.5),
        index.SearchField("achievements", boost=0.5),
        index.SearchField("cooperation", boost=0.3),
        index.SearchField("registration_number"),
        index.RelatedFields("activities", [index.SearchField("title"), index.SearchField("description")]),
        index.RelatedFields("activity_field_links", [index.RelatedFields("activity_field", [index.SearchField("public_name")])]),
        index.FilterField("legal_form"),
        index.FilterField("date_registered"),
    ]
    api_fields = RegistryBasePage.api_fields + [
        APIField("short_name"),
        APIField("legal_form"),
        APIField("registration_number"),
        APIField("seat_address"),
        APIField("head_name", serializer=serializers.CharField(source="public_head_name", read_only=True)),
        APIField("head_name_basis"),
        APIField("head_title"),
        APIField("phone", serializer=serializers.CharField(source="public_phone", read_only=True)),
        APIField("email"),
        APIField("website"),
        APIField("fields_of_activity", serializer=_ActivityFieldNames()),
        APIField("statutory_goals"),
        APIField("activities"),
        APIField("achievements"),
        APIField("cooperation"),
        APIField("date_registered"),
        APIField("date_last_confirmed"),
        APIField("publish_contact_consent"),
    ]

    class Meta:
        verbose_name = _("NGO register entry")
        verbose_name_plural = _("NGO register entries")

    # --- the consent rule ---------------------------------------------------------------------

    @property
    def head_name_is_public(self) -> bool:
        """The organisation consented, or the name comes from a public register."""
        return self.publish_contact_consent or self.head_name_basis == HeadNameBasis.PUBLIC_REGISTER

    @property
    def public_head_name(self) -> str | None:
        """The head's name if it may be published (consent or a public register), else None."""
        return (self.head_name or None) if self.head_name_is_public else None

    @property
    def public_phone(self) -> str | None:
        """The phone if the organisation consented to publishing it, else None (a register is no basis)."""
        return (self.phone or None) if self.publish_contact_consent else None

    # --- data ---------------------------------------------------------------------------------

    def fields_of_activity(self) -> list[ActivityField]:
        """The fields of activity in this page's language (a link may still point at the source language)."""
        links = self.activity_field_links.select_related("activity_field")
        fields = [link.activity_field for link in links if link.activity_field_id and link.activity_field.live]
        foreign = {f.translation_key for f in fields if f.locale_id != self.locale_id}
        if foreign:
            local = {
                f.translation_key: f
                for f in ActivityField.objects.filter(translation_key__in=foreign, locale_id=self.locale_id, live=True)
            }
            fields = [local.get(f.translation_key, f) for f in fields]
        return fields

    def entry_errors(self) -> dict[str, list]:
        """The entry's own rules, shared by the admin form and the importer."""
        errors: dict[str, list] = {}
        if self.date_registered and self.date_last_confirmed and self.date_last_confirmed < self.date_registered:
            errors["date_last_confirmed"] = [_("The entry cannot be confirmed before the organisation was registered.")]
        return errors

    def clean(self):
        super().clean()
        errors = self.entry_errors()
        if errors:
            raise ValidationError(errors)


class NGOActivityFieldLink(TranslatableMixin, Orderable):
    """Links an entry to a field of activity (a child row, not M2M, so translations keep it)."""

    page = ParentalKey(NGOEntryPage, on_delete=models.CASCADE, related_name="activity_field_links")
    activity_field = models.ForeignKey(
        ActivityField, verbose_name=_("field of activity"), on_delete=models.PROTECT, related_name="ngo_links"
    )

    panels = [FieldPanel("activity_field")]
    api_fields = [APIField("activity_field")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order"]
        verbose_name = _("field of activity")
        verbose_name_plural = _("fields of activity")

    def __str__(self):
        return str(self.activity_field)


class NGOActivity(TranslatableMixin, Orderable):
    """An activity or service of the organisation, with its own address when it has one."""

    page = ParentalKey(NGOEntryPage, on_delete=models.CASCADE, related_name="activities")
    title = models.CharField(_("title"), max_length=255)
    description = models.TextField(_("description"), blank=True)
    address = models.CharField(
        _("address"), max_length=255, blank=True,
        help_text=_("Only when the activity takes place elsewhere than the seat, e.g. a care station."),
    )

    panels = [FieldPanel("title"), FieldPanel("description"), FieldPanel("address")]
    api_fields = [APIField("title"), APIField("description"), APIField("address")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order"]
        verbose_name = _("activity or service")
        verbose_name_plural = _("activities and services")

    def __str__(self):
        return self.title
