"""The card's "at a glance" box: what it costs, how long it takes, where to go and whether it
can be done online, read off the card's own sections (nothing an editor types twice).

Several variants are summed up, not listed: the lowest fee as "from …" when the amounts are
comparable (same currency, no per-unit part), the first processing time with its variant's
name; the box then links to the full table below.
"""

from django.utils.translation import gettext as _

from registry_pages.services.card_blocks import COLLECT
from registry_pages.services.display import fee_text, time_text


def _plain_amount(fee) -> bool:
    return fee.get("amount") is not None and fee.get("per_unit_amount") is None


def _all_free(fees: list) -> bool:
    return all(_plain_amount(f) and f["amount"] == 0 for f in fees)


def _fee(fees: list) -> str:
    if not fees:
        return ""
    if _all_free(fees):
        return _("Free")
    if len(fees) == 1:
        return fee_text(fees[0])
    if all(_plain_amount(f) for f in fees) and len({f.get("currency") for f in fees}) == 1:
        lowest = min(fees, key=lambda f: f["amount"])
        return _("from %(fee)s") % {"fee": fee_text(lowest)}
    return _with_variant(fees[0], fee_text(fees[0]))


def _with_variant(value, text: str) -> str:
    variant = (value.get("variant") or "").strip()
    return f"{variant}: {text}" if variant and text else text


def _time(times: list) -> str:
    if not times:
        return ""
    text = time_text(times[0])
    return _with_variant(times[0], text) if len(times) > 1 else text


def _where(card) -> str:
    for block in card.places:
        place = block.value
        if place.get("purpose") != COLLECT and place.get("name"):
            return ", ".join(part for part in (place.get("name"), place.get("address")) if part)
    department = card.in_person_department
    if department:
        return ", ".join(part for part in (department.name, department.address) if part)
    return ""


def at_a_glance(card) -> dict:
    """The box's rows; empty values are left out by the template (a row is never "—")."""
    fees = [block.value for block in card.fees]
    times = [block.value for block in card.processing_times]
    return {
        "fee": _fee(fees),
        "fee_more": len(fees) > 1 and not _all_free(fees),
        "time": _time(times),
        "time_more": len(times) > 1,
        "where": _where(card),
        "online_url": card.online_url,
        "payment_url": card.payment_url,
    }
