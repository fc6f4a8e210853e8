"""Blocks of the service card: required documents, fees, processing times.

They are StreamField list items rather than child models because a card's
rows are edited together, are translated with the card by wagtail-localize
(text segments are extracted, numbers and currencies are copied) and are
served whole by the API and the open-data export.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

CURRENCIES = [("BGN", "BGN"), ("EUR", "EUR"), ("PLN", "PLN"), ("UAH", "UAH")]
CURRENCY_CODES = [code for code, _label in CURRENCIES]


class RequiredDocumentBlock(blocks.StructBlock):
    """A document the citizen brings or sends, with an optional form to download."""

    name = blocks.CharBlock(label=_("document"), help_text=_("As a citizen would name it, e.g. identity card."))
    note = blocks.CharBlock(
        label=_("note"), required=False, help_text=_("E.g. original and copy; only when the applicant is a company.")
    )
    form = DocumentChooserBlock(
        label=_("form to download"), required=False, help_text=_("The blank form or template, if there is one.")
    )

    class Meta:
        icon = "doc-full"
        label = _("required document")


class FeeBlock(blocks.StructBlock):
    """One fee: a variant of the service (ordinary, fast, express) and its price."""

    variant = blocks.CharBlock(label=_("variant"), help_text=_("E.g. ordinary, fast, express."))
    amount = blocks.DecimalBlock(
        label=_("amount"),
        min_value=0,
        max_digits=10,
        decimal_places=2,
        help_text=_("A number, e.g. 5.00. Enter 0 when the service is free: the page then says “Free”."),
    )
    currency = blocks.ChoiceBlock(choices=CURRENCIES, default="BGN", label=_("currency"))
    note = blocks.CharBlock(label=_("note"), required=False, help_text=_("E.g. per copy; paid at the desk or online."))

    class Meta:
        icon = "tag"
        label = _("fee")


class ProcessingTimeBlock(blocks.StructBlock):
    """How long the municipality takes for one variant of the service."""

    variant = blocks.CharBlock(label=_("variant"), help_text=_("Use the same names as for the fees."))
    days = blocks.IntegerBlock(label=_("days"), min_value=0, help_text=_("0 means on the same day."))
    working_days = blocks.BooleanBlock(
        label=_("working days"),
        required=False,
        default=True,
        help_text=_("Ticked: working days (holidays and weekends are not counted). Unticked: calendar days."),
    )
    note = blocks.CharBlock(label=_("note"), required=False)

    class Meta:
        icon = "time"
        label = _("processing time")
