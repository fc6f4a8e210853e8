"""The service card's own rules, shared by the admin form (`ServiceCardPage.clean`) and the importers.

Completeness before publishing (a summary, documents, a fee, a time, a place) is a separate
gate: `services/completeness.py`.
"""

from django.utils.translation import gettext_lazy as _

from registry_pages.services.blocks import CURRENCY_CODES
from registry_pages.services.durations import AS_WRITTEN, PERIOD

PAYMENT_METHODS = ("cash_desk", "card", "transfer", "online")


def card_documents(card) -> list:
    """Every required document of the card, those of the situation groups included (in order)."""
    documents = []
    for block in card.required_documents:
        if block.block_type == "group":
            documents.extend(block.value["documents"])
        else:
            documents.append(block.value)
    return documents


def _fee_errors(fee) -> list:
    errors = []
    variant = fee.get("variant") or "?"
    amount, per_unit, formula = fee.get("amount"), fee.get("per_unit_amount"), (fee.get("formula") or "").strip()
    if amount is None and per_unit is None and not formula:
        errors.append(
            _("Enter the amount of the fee “%(variant)s” as a number, e.g. 5.00 (0 if free).") % {"variant": variant}
        )
    if (amount is not None and amount < 0) or (per_unit is not None and per_unit < 0):
        errors.append(_("The fee “%(variant)s” cannot be negative.") % {"variant": variant})
    if per_unit is not None and not (fee.get("unit") or "").strip():
        errors.append(_("Name the unit of the fee “%(variant)s”, e.g. page.") % {"variant": variant})
    if fee.get("currency") not in CURRENCY_CODES:
        errors.append(
            _("Choose the currency of the fee “%(variant)s”: %(currencies)s.")
            % {"variant": variant, "currencies": ", ".join(CURRENCY_CODES)}
        )
    return errors


def _time_errors(time) -> list:
    variant = time.get("variant") or "?"
    kind, low, high = time.get("kind"), time.get("minimum"), time.get("maximum")
    if kind == PERIOD:
        if high is None or high < 0 or (low is not None and low < 0):
            return [_("Enter the processing time “%(variant)s” as a whole number (0 or more).") % {"variant": variant}]
        if not time.get("unit"):
            return [_("Choose the unit of the processing time “%(variant)s”.") % {"variant": variant}]
        if low is not None and low > high:
            return [_("The processing time “%(variant)s” starts after it ends.") % {"variant": variant}]
    if kind == AS_WRITTEN and not (time.get("as_written") or "").strip():
        return [_("Write the processing time “%(variant)s” as the card states it.") % {"variant": variant}]
    return []


def card_errors(card) -> dict[str, list]:
    """{field: [messages]} for what the card says that cannot be right."""
    errors: dict[str, list] = {}
    has_documents = len(card.required_documents) > 0
    if has_documents and card.no_documents_required:
        errors.setdefault("no_documents_required", []).append(
            _("Untick “no documents required”: the card lists documents.")
        )
    if not has_documents and not card.no_documents_required:
        errors.setdefault("no_documents_required", []).append(
            _("List the documents the citizen needs, or tick “no documents required” so the page says so.")
        )
    for block in card.fees:
        errors.setdefault("fees", []).extend(_fee_errors(block.value))
    for block in card.processing_times:
        errors.setdefault("processing_times", []).extend(_time_errors(block.value))
    return {field: messages for field, messages in errors.items() if messages}
