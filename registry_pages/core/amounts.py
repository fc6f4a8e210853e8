"""Amounts of money as people type them: "5", "5.00", "5,00", "1 234,50", "1.234,50".

One reading for the editor's fee field and the importers. A decimal comma and a
decimal point are both accepted; spaces (also no-break and thin spaces) group
thousands. What cannot be read one way only is refused instead of guessed:
"1,234" is 1.234 in Bulgarian, Polish and Ukrainian and 1234 in English, so the
editor is asked to write "1234" or "1,23x" plainly. (A browser's number field
drops a comma it does not expect and turns "5,00" into 500: the fee field is a
text field with a decimal keyboard instead.)
"""

import re
from decimal import Decimal, InvalidOperation

_SPACES = re.compile(r"[\s\u00a0\u2009\u202f']+")
_GROUPED = re.compile(r"[0-9]{1,3}(?:[.,][0-9]{3})+")


class AmountError(ValueError):
    """The text is not an amount; `ambiguous` when it reads two ways."""

    def __init__(self, ambiguous: bool = False):
        super().__init__("ambiguous amount" if ambiguous else "not an amount")
        self.ambiguous = ambiguous


def parse_amount(text) -> Decimal:
    """The amount written in `text`, or AmountError."""
    raw = _SPACES.sub("", str(text if text is not None else "")).strip()
    if raw.startswith(("-", "+")):
        sign, raw = raw[0], raw[1:]
    else:
        sign = ""
    if not raw or not re.fullmatch(r"[0-9.,]+", raw) or not raw[0].isdigit() or not raw[-1].isdigit():
        raise AmountError()
    separators = [ch for ch in raw if ch in ".,"]
    if not separators:
        number = raw
    elif len(set(separators)) == 2:
        # "1.234,50" / "1,234.50": the last separator is the decimal one, the other groups thousands.
        whole, decimal = raw[: raw.rfind(separators[-1])], raw[raw.rfind(separators[-1]) + 1 :]
        if separators[-1] in whole or not _GROUPED.fullmatch(whole):
            raise AmountError()
        number = re.sub(r"[.,]", "", whole) + "." + decimal
    elif len(separators) > 1:
        if not _GROUPED.fullmatch(raw):  # "1.234.567" groups thousands; "1.2.3" is nothing
            raise AmountError()
        number = re.sub(r"[.,]", "", raw)
    else:
        whole, decimal = re.split(r"[.,]", raw)
        if len(decimal) == 3:
            raise AmountError(ambiguous=True)  # "1,234": a decimal comma or a thousands separator?
        number = f"{whole}.{decimal}"
    try:
        return Decimal(sign + number)
    except InvalidOperation:  # pragma: no cover - the text was checked above
        raise AmountError() from None
