"""Blocks of the service card: required documents, fees, processing times.

They are StreamField list items rather than child models because a card's
rows are edited together, are translated with the card by wagtail-localize
(text segments are extracted, numbers and currencies are copied) and are
served whole by the API and the open-data export.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

from registry_pages.core.amounts import AmountError, parse_amount
from registry_pages.core.calendar import site_country
from registry_pages.core.country import country_currency

CURRENCIES = [("BGN", "BGN"), ("EUR", "EUR"), ("PLN", "PLN"), ("UAH", "UAH")]
CURRENCY_CODES = [code for code, _label in CURRENCIES]


class AmountField(forms.DecimalField):
    """A fee typed as people write it ("5,00", "5.00", "1 234,50"), in a text field with a decimal keyboard."""

    widget = forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off"})

    def to_python(self, value):
        if value in self.empty_values:
            return None
        try:
            return parse_amount(value)
        except AmountError as error:
            if error.ambiguous:
                raise ValidationError(
                    _("“%(value)s” can be read two ways. Write the amount without a thousands separator, "
                      "with a decimal comma or point, e.g. 1234 or 1,50."),
                    code="ambiguous",
                    params={"value": value},
                ) from None
            raise ValidationError(
                _("“%(value)s” is not an amount. Write e.g. 5,00 or 5.00."), code="invalid", params={"value": value}
            ) from None

    def widget_attrs(self, widget):
        return {}  # no min/step attributes: they belong to number fields, which this is not


class AmountBlock(blocks.DecimalBlock):
    """Wagtail's DecimalBlock with `AmountField`; stored and migrated as a DecimalBlock."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.field
        self.field = AmountField(
            required=field.required,
            help_text=field.help_text,
            max_value=field.max_value,
            min_value=field.min_value,
            max_digits=field.max_digits,
            decimal_places=field.decimal_places,
        )

    def deconstruct(self):
        _path, args, kwargs = super().deconstruct()
        return "wagtail.blocks.DecimalBlock", args, kwargs


class DaysBlock(blocks.IntegerBlock):
    """A whole number of days. The editor posts "14" for a stored 14: Wagtail compares the two
    with `get_prep_value` to know whether the form changed, so without the number here an
    untouched card looked edited, and a reviewer's Approve from the editor saved a new
    revision and sent the card back to the first step."""

    def get_prep_value(self, value):
        if isinstance(value, str) and value.strip().isdigit():
            return int(value)
        return super().get_prep_value(value)

    def deconstruct(self):
        _path, args, kwargs = super().deconstruct()
        return "wagtail.blocks.IntegerBlock", args, kwargs


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


def new_fee() -> dict:
    """The values a fee row added in the editor starts with: the currency of the site's country today."""
    return {"currency": country_currency(site_country())}


class FeeBlock(blocks.StructBlock):
    """One fee: a variant of the service (ordinary, fast, express) and its price."""

    variant = blocks.CharBlock(label=_("variant"), help_text=_("E.g. ordinary, fast, express."))
    amount = AmountBlock(
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
        default = staticmethod(new_fee)  # a new row offers the currency of the site's country today


class ProcessingTimeBlock(blocks.StructBlock):
    """How long the municipality takes for one variant of the service."""

    variant = blocks.CharBlock(label=_("variant"), help_text=_("Use the same names as for the fees."))
    days = DaysBlock(label=_("days"), min_value=0, help_text=_("0 means on the same day."))
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
