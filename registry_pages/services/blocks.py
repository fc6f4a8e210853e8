"""Blocks of the service card: required documents, fees, processing times (contacts, places and
document groups: `card_blocks.py`).

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
from registry_pages.services.durations import (
    AS_WRITTEN,
    CALENDAR_DAYS,
    HOURS,
    IMMEDIATELY,
    MONTHS,
    NEXT_WORKING_DAY,
    PERIOD,
    WORKING_DAYS,
    upgrade_legacy_time,
)

CURRENCIES = [("BGN", "BGN"), ("EUR", "EUR"), ("PLN", "PLN"), ("UAH", "UAH")]
CURRENCY_CODES = [code for code, _label in CURRENCIES]
TIME_KINDS = [
    (PERIOD, _("a period")),
    (IMMEDIATELY, _("immediately (the same day)")),
    (NEXT_WORKING_DAY, _("the next working day")),
    (AS_WRITTEN, _("only as written")),
]
TIME_UNITS = [
    (HOURS, _("hours")),
    (CALENDAR_DAYS, _("calendar days")),
    (WORKING_DAYS, _("working days")),
    (MONTHS, _("months")),
]


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

    def get_prep_value(self, value):
        """An empty optional amount posts "" for a stored None: the same, so an untouched card is no change
        (see `DaysBlock`)."""
        if isinstance(value, str) and not value.strip():
            return None
        return super().get_prep_value(value)

    def deconstruct(self):
        _path, args, kwargs = super().deconstruct()
        return "wagtail.blocks.DecimalBlock", args, kwargs


class DaysBlock(blocks.IntegerBlock):
    """A whole number (of hours, days or months). The editor posts "14" for a stored 14: Wagtail compares the two
    with `get_prep_value` to know whether the form changed, so without the number here an
    untouched card looked edited, and a reviewer's Approve from the editor saved a new
    revision and sent the card back to the first step."""

    def get_prep_value(self, value):
        if isinstance(value, str) and value.strip().isdigit():
            return int(value)
        if isinstance(value, str) and not value.strip():  # an empty optional number ("from" of a range)
            return None
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
    """One fee: a variant of the service (ordinary, fast, express) and its price — a fixed amount, an amount
    per unit ("0.50 per point", alone or on top of the fixed one), or a formula kept as written."""

    variant = blocks.CharBlock(label=_("variant"), help_text=_("E.g. ordinary, fast, express."))
    amount = AmountBlock(
        label=_("amount"),
        required=False,
        min_value=0,
        max_digits=10,
        decimal_places=2,
        help_text=_("A number, e.g. 5.00. Enter 0 when the service is free: the page then says “Free”."),
    )
    currency = blocks.ChoiceBlock(choices=CURRENCIES, default="BGN", label=_("currency"))
    per_unit_amount = AmountBlock(
        label=_("amount per unit"),
        required=False,
        min_value=0,
        max_digits=10,
        decimal_places=2,
        help_text=_("E.g. 0.50 per point or 0.85 per page, charged on top of the amount above (if any)."),
    )
    unit = blocks.CharBlock(label=_("unit"), required=False, default="", help_text=_("E.g. page, point, square metre."))
    formula = blocks.CharBlock(
        label=_("as written"),
        required=False,
        default="",
        help_text=_("The fee as the tariff writes it, when it is a formula, e.g. 2% of the tax assessment."),
    )
    note = blocks.CharBlock(label=_("note"), required=False, help_text=_("E.g. per copy; paid at the desk or online."))

    class Meta:
        icon = "tag"
        label = _("fee")
        default = staticmethod(new_fee)  # a new row offers the currency of the site's country today


class ProcessingTimeBlock(blocks.StructBlock):
    """How long the municipality takes for one variant of the service: a period (up to N, or from N to M,
    hours / calendar days / working days / months), immediately (the same day), or the next working day;
    with the text as written. Old rows `{"days": n, "working_days": bool}` are read in this shape."""

    variant = blocks.CharBlock(label=_("variant"), help_text=_("Use the same names as for the fees."))
    kind = blocks.ChoiceBlock(choices=TIME_KINDS, default=PERIOD, label=_("kind"))
    minimum = DaysBlock(label=_("from"), required=False, min_value=0, help_text=_("Only for a range, e.g. 7 of 7–10."))
    maximum = DaysBlock(label=_("up to"), required=False, min_value=0, help_text=_("E.g. 10 of 7–10, or 14."))
    unit = blocks.ChoiceBlock(choices=TIME_UNITS, default=WORKING_DAYS, required=False, label=_("unit"))
    as_written = blocks.CharBlock(
        label=_("as written"), required=False, default="", help_text=_("The time as the card or the law writes it.")
    )
    note = blocks.CharBlock(label=_("note"), required=False)

    class Meta:
        icon = "time"
        label = _("processing time")

    def to_python(self, value):
        return super().to_python(upgrade_legacy_time(value))

    def bulk_to_python(self, values):
        return super().bulk_to_python([upgrade_legacy_time(value) for value in values])

    def normalize(self, value):
        return super().normalize(upgrade_legacy_time(value))
