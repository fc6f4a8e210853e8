"""Fees as municipalities write them, read into a structure.

"5.00 лева", "5,00 лв.", "33 zł", "0,85 грн", "безплатно" / "bezpłatnie" /
"безоплатно", "30 лв. + 0,50 лв. на точка", "zwolnione z opłaty skarbowej …"
→ a `FeeReading`: a fixed amount, a per-unit amount and its unit, the
currency (the site's country's when the text names none), whether it is free
or an exemption, and the text as written. A formula that is neither ("2 % of
the tax") keeps only the text. `read_fee` is a pure function.
"""

import re
from dataclasses import dataclass
from decimal import Decimal

from registry_pages.core.amounts import AmountError, parse_amount
from registry_pages.services.durations import fold

MAX_AMOUNT = Decimal("99999999.99")  # the fee block's DecimalBlock: 10 digits, 2 after the point


@dataclass(frozen=True)
class FeeReading:
    amount: Decimal | None = None
    currency: str = ""
    per_unit_amount: Decimal | None = None
    unit: str = ""
    free: bool = False
    exemption: bool = False
    text: str = ""

    @property
    def is_formula(self) -> bool:
        """Neither an amount nor free: only the text as written says what is charged."""
        return self.amount is None and self.per_unit_amount is None and not self.free

    def as_block(self, variant: str = "", note: str = "") -> dict:
        """The value of the card's fee block."""
        amount = Decimal("0") if self.free and self.amount is None and self.per_unit_amount is None else self.amount
        return {
            "variant": variant, "amount": amount, "currency": self.currency, "per_unit_amount": self.per_unit_amount,
            "unit": self.unit, "formula": self.text if (self.is_formula or self.per_unit_amount is not None) else "",
            "note": note,
        }


_CURRENCIES = [
    (r"лв\.?|лева|лев\b|bgn", "BGN"),
    (r"евро|eur\b|€", "EUR"),
    (r"zł|zl\b|złotych|złote|pln", "PLN"),
    (r"грн\.?|гривн\w*|гривен\w*|гривень|uah|₴", "UAH"),
]
_CURRENCY = "(" + "|".join(pattern for pattern, _code in _CURRENCIES) + ")"
_AMOUNT = r"(\d[\d\u00a0\u202f ]*(?:[.,]\d+)?)"
_MONEY = re.compile(_AMOUNT + r"\s*" + _CURRENCY + r"|" + _CURRENCY + r"\s*" + _AMOUNT)
_PER = re.compile(r"^\s*(?:на|за|za|na|per|for each|each|от|od)\s+(?:1\s+|един\w*\s+|jedn\w*\s+|одн\w*\s+)?([\w.²]+)")
# Words that name a unit of counting ("на точка", "za stronę", "за сторінку", "per page"); "5 лв. за удостоверение"
# is a fixed fee for the certificate, not a price per certificate.
_UNIT_STEMS = re.compile(
    r"(?:страниц|стр\b|лист|точк|копи|брой|кв|м2|м²|сторінк|стор\b|аркуш|примірник|кожн|одиниц|stron|arkusz|punkt"
    r"|egzemplarz|kopi|sztuk|m2|m²|page|sheet|point|cop(?:y|ies)|unit|item|sq)"
)
_FREE = re.compile(
    r"безплатн\w*|без такса|без заплащане|не се заплаща|не се дължи|няма такса"
    r"|bezpłatn\w*|bez opłat\w*|nie podlega opłacie|brak opłat\w*|nie pobiera się"
    r"|безоплатн\w*|безкоштовн\w*|плата не справляється|не стягується"
    r"|\bfree\b|free of charge|no fee"
)
_EXEMPT = re.compile(r"освобод\w*|zwolnion\w*|zwolnieni\w*|звільн\w*|exempt\w*")


def _currency_code(word: str) -> str:
    for pattern, code in _CURRENCIES:
        if re.fullmatch(pattern, word):
            return code
    return ""  # pragma: no cover - the word matched one of the patterns above


def _amount(raw: str) -> Decimal | None:
    try:
        value = parse_amount(raw.strip())
    except AmountError:
        return None
    return value if Decimal("0") <= value <= MAX_AMOUNT else None


def read_fee(text, default_currency: str = "") -> FeeReading | None:
    """The fee written in `text`, or None when nothing in it reads as one."""
    written = re.sub(r"\s+", " ", str(text or "").replace("\x00", "")).strip()
    folded = fold(written)
    if not folded:
        return None
    free, exemption = bool(_FREE.search(folded)), bool(_EXEMPT.search(folded))
    amounts = []  # (Decimal, currency, the unit written right after it)
    for match in _MONEY.finditer(folded):
        raw, word = (match[1], match[2]) if match[1] else (match[4], match[3])
        value = _amount(raw)
        if value is None:
            continue
        per = _PER.match(folded[match.end():])
        unit = per[1].rstrip(".") if per and _UNIT_STEMS.match(per[1]) else ""
        amounts.append((value, _currency_code(word), unit))
    if not amounts and not free and not exemption:
        bare = re.fullmatch(_AMOUNT, folded)
        value = _amount(bare[1]) if bare else None
        if value is None:
            return FeeReading(currency=default_currency, text=written) if re.search(r"\d", folded) else None
        amounts.append((value, "", ""))
    currency = next((code for _v, code, _u in amounts if code), default_currency)
    fixed = [value for value, _code, unit in amounts if not unit]
    per_unit = [(value, unit) for value, _code, unit in amounts if unit]
    if per_unit:
        return FeeReading(
            amount=fixed[0] if fixed else None, currency=currency, per_unit_amount=per_unit[0][0],
            unit=per_unit[0][1], free=False, exemption=exemption, text=written,
        )
    if fixed:
        return FeeReading(amount=fixed[0], currency=currency, exemption=exemption, free=fixed[0] == 0, text=written)
    return FeeReading(currency=currency, free=True, exemption=exemption, text=written)
