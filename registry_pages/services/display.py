"""A processing time and a fee of a service card in words, for the public page and the CSV export."""

from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from registry_pages.services.durations import (
    AS_WRITTEN,
    HOURS,
    IMMEDIATELY,
    MONTHS,
    NEXT_WORKING_DAY,
    WORKING_DAYS,
    upgrade_legacy_time,
)


def _count(unit: str, n: int) -> str:
    if unit == HOURS:
        return ngettext("%(n)d hour", "%(n)d hours", n) % {"n": n}
    if unit == WORKING_DAYS:  # the msgids the card's template used before: their translations stay
        return ngettext("%(days)s working day", "%(days)s working days", n) % {"days": n}
    if unit == MONTHS:
        return ngettext("%(n)d month", "%(n)d months", n) % {"n": n}
    return ngettext("%(days)s calendar day", "%(days)s calendar days", n) % {"days": n}


def time_text(value) -> str:
    """"7–10 working days", "up to 1 month"… of a processing-time block's value (old rows too)."""
    value = upgrade_legacy_time(dict(value))
    kind = value.get("kind")
    if kind == IMMEDIATELY:
        return _("the same day")
    if kind == NEXT_WORKING_DAY:
        return _("the next working day")
    high, low = value.get("maximum"), value.get("minimum")
    if kind == AS_WRITTEN or high is None:
        return value.get("as_written") or ""
    if high == 0:
        return _("the same day")
    if low is not None:
        return _("%(from)d–%(to)s") % {"from": low, "to": _count(value.get("unit"), high)}
    return _count(value.get("unit"), high)


def _money(amount, currency) -> str:
    return f"{number_format(amount, 2)} {currency}"


def fee_text(value) -> str:
    """"5,00 BGN", "30,00 BGN + 0,50 BGN per point", "Free", or the formula as written."""
    amount, per_unit, currency = value.get("amount"), value.get("per_unit_amount"), value.get("currency") or ""
    parts = []
    if amount is not None and (amount != 0 or per_unit is None):
        parts.append(_("Free") if amount == 0 else _money(amount, currency))
    if per_unit is not None:
        parts.append(_("%(amount)s per %(unit)s") % {"amount": _money(per_unit, currency), "unit": value.get("unit") or ""})
    return " + ".join(parts) or (value.get("formula") or "")
