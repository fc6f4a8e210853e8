"""Processing times as municipalities write them, read into a structure.

"до 7 работни дни", "7-10 dni roboczych", "14 днів", "в день звернення",
"niezwłocznie", "веднага", "до 1 місяця", "не по-късно от следващия работен
ден", "3 часа", "24 godziny" → a `Duration`: a kind (a period, immediately,
the next working day, or only the text as written), an optional minimum, a
maximum and a unit (hours, calendar days, working days, months). The text as
written is always kept beside the reading.

`read_duration` is a pure function (no database, no translation); the service
card's processing-time block stores `Duration.as_block()`, and
`upgrade_legacy_time` turns the old `{"days": 7, "working_days": true}` rows
into the new shape.
"""

import re
from dataclasses import dataclass

PERIOD, IMMEDIATELY, NEXT_WORKING_DAY, AS_WRITTEN = "period", "immediately", "next_working_day", "as_written"
HOURS, CALENDAR_DAYS, WORKING_DAYS, MONTHS = "hours", "calendar_days", "working_days", "months"
KINDS = (PERIOD, IMMEDIATELY, NEXT_WORKING_DAY, AS_WRITTEN)
UNITS = (HOURS, CALENDAR_DAYS, WORKING_DAYS, MONTHS)


@dataclass(frozen=True)
class Duration:
    kind: str
    maximum: int | None = None
    minimum: int | None = None
    unit: str = ""
    text: str = ""

    def as_block(self, variant: str = "", note: str = "") -> dict:
        """The value of the card's processing-time block."""
        return {
            "variant": variant, "kind": self.kind, "minimum": self.minimum, "maximum": self.maximum,
            "unit": self.unit, "as_written": self.text, "note": note,
        }


# Latin letters that look like Cyrillic ones, typed by mistake inside Cyrillic words ("Срок за изпълнениe").
_HOMOGLYPHS = str.maketrans({"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і"})
_CYRILLIC_WORD = re.compile(r"\w*[а-яёіїєґ]\w*", re.IGNORECASE)


def fold(text: str) -> str:
    """Lower case, one space, Latin look-alikes inside Cyrillic words made Cyrillic, dashes made "-"."""
    text = re.sub(r"[\u2010-\u2015\u2212]", "-", str(text or "").lower().replace("\u00a0", " "))
    text = _CYRILLIC_WORD.sub(lambda m: m.group(0).translate(_HOMOGLYPHS), text)
    return re.sub(r"\s+", " ", text).strip()


_IMMEDIATELY = re.compile(
    r"веднага|незабавно|в момента на|в деня на (?:подаване|заявяване)|в същия ден|на място"
    r"|niezwłocznie|bezzwłocznie|od ręki|na miejscu|w dniu (?:złożenia|zgłoszenia|wniesienia)|tego samego dnia"
    r"|негайно|невідкладно|[ву] день (?:звернення|подання|звернення)|в момент звернення"
    r"|immediately|on the spot|(?:on )?the same day|same[- ]day|without delay"
)
_NEXT_WORKING_DAY = re.compile(
    r"следващ(?:ия|ият)? работен ден|next (?:working|business) day"
    r"|następn(?:ego|y) dni(?:a|u)? robocz|наступн(?:ого|ий) робоч(?:ого|ий) д"
)
_NUMBER_WORDS = {
    "един": 1, "една": 1, "едно": 1, "два": 2, "две": 2, "три": 3, "седем": 7, "десет": 10, "четиринадесет": 14,
    "jeden": 1, "jednego": 1, "dwa": 2, "dwóch": 2, "trzy": 3, "trzech": 3, "siedem": 7, "czternaście": 14,
    "один": 1, "одного": 1, "одна": 1, "дві": 2, "сім": 7, "десять": 10,
    "one": 1, "two": 2, "three": 3, "seven": 7, "ten": 10, "fourteen": 14,
}
_NUMBER = r"(?<![\d.,])(\d{1,4}|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")"
# The unit words: each a pattern and its unit; "days" without "working" are calendar days.
_UNIT_WORDS = [
    (r"работ\w* д\w*|dni(?:a|u)? robocz\w*|dzie[nń] robocz\w*|робоч\w* д\w*|working days?|business days?", WORKING_DAYS),
    (r"календарн\w* д\w*|dni kalendarz\w*|календарн\w* дн\w*|calendar days?", CALENDAR_DAYS),
    (r"час\w*|godz\w*|годин\w*|hours?|h\b", HOURS),
    (r"месец\w*|miesi[ąęa]\w*|місяц\w*|months?", MONTHS),
    (r"седмиц\w*|tygodni\w*|тиждень|тижн\w*|weeks?", "weeks"),
    (r"дни|ден\b|дена|дневен\w*|dni\b|dzie[nń]\b|dnia\b|днів|дні\b|день\b|дня\b|денн\w*|days?\b", CALENDAR_DAYS),
]
_UNIT = "(" + "|".join(pattern for pattern, _unit in _UNIT_WORDS) + ")"
_RANGE = re.compile(
    r"(?:от|od|від|from)?\s*" + _NUMBER + r"\s*(?:-|до|do|to)\s*" + _NUMBER + r"\s*-?\s*" + _UNIT
)
_SINGLE = re.compile(_NUMBER + r"\s*-?\s*" + _UNIT)
# "do miesiąca", "до месец", "w ciągu miesiąca", "протягом місяця": a unit without a number is one of it.
_BARE_UNIT = re.compile(
    r"(?:до|do|w ciągu|в рамките на|в срок от|протягом|впродовж|в межах|within|up to)\s+(?:едн\w+ |одн\w+ |jedn\w+ )?"
    r"(месец\w*|miesi[ąęa]\w*|місяц\w*|month\b|седмиц\w*|tygodni\w*|тижн\w*|week\b)"
)


def _number(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBER_WORDS[word]


def _unit_of(word: str) -> str:
    for pattern, unit in _UNIT_WORDS:
        if re.fullmatch(pattern, word) or re.match(pattern, word):
            return unit
    return CALENDAR_DAYS  # pragma: no cover - the word matched one of the patterns above


def _period(minimum, maximum, unit, text) -> Duration:
    if unit == "weeks":  # weeks are written down as calendar days
        minimum, maximum, unit = (minimum * 7 if minimum is not None else None), maximum * 7, CALENDAR_DAYS
    if minimum is not None and minimum > maximum:
        minimum, maximum = maximum, minimum
    if minimum == maximum:
        minimum = None
    return Duration(PERIOD, maximum=maximum, minimum=minimum, unit=unit, text=text)


def read_duration(text) -> Duration | None:
    """The processing time written in `text`, or None when nothing in it reads as one."""
    written = re.sub(r"\s+", " ", str(text or "").replace("\x00", "")).strip()
    folded = fold(written)
    if not folded:
        return None
    candidates = []  # (position in the text, Duration): the first one written wins
    match = _IMMEDIATELY.search(folded)
    if match:
        candidates.append((match.start(), Duration(IMMEDIATELY, text=written)))
    match = _NEXT_WORKING_DAY.search(folded)
    if match:
        candidates.append((match.start(), Duration(NEXT_WORKING_DAY, text=written)))
    match = _RANGE.search(folded)
    if match:
        low, high = _number(match[1]), _number(match[2])
        if high < 10000:
            candidates.append((match.start(), _period(low, high, _unit_of(match[3]), written)))
    else:
        match = _SINGLE.search(folded)
        if match and _number(match[1]) < 10000:
            candidates.append((match.start(), _period(None, _number(match[1]), _unit_of(match[2]), written)))
    match = _BARE_UNIT.search(folded)
    if match:
        candidates.append((match.start(), _period(None, 1, _unit_of(match[1]), written)))
    if not candidates:
        return None
    # "не по-късно от следващия работен ден" also matches nothing else; "3 дни, а при ... веднага": the first.
    candidates.sort(key=lambda item: item[0])
    return candidates[0][1]


def upgrade_legacy_time(value):
    """An old processing-time row `{"days": n, "working_days": bool}` in the new shape (other values unchanged)."""
    if not isinstance(value, dict) or "days" not in value or "kind" in value:
        return value
    value = dict(value)
    days, working = value.pop("days"), value.pop("working_days", True)
    try:
        days = int(days) if days not in (None, "") else None
    except (TypeError, ValueError):
        days = None
    if days == 0:
        value.update(kind=IMMEDIATELY, minimum=None, maximum=None, unit="")
    else:
        value.update(kind=PERIOD, minimum=None, maximum=days, unit=WORKING_DAYS if working else CALENDAR_DAYS)
    value.setdefault("as_written", "")
    return value
