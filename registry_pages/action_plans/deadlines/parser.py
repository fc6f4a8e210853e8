"""Reading a free-text deadline ("Срок: м. март") into a `ParsedDeadline`.

The text is normalised into tokens (`normalise.py`); leading and trailing
words that add nothing ("до", "do końca", "by the end of", "включително")
are dropped; what remains must match one pattern *completely* — a keyword
phrase, a date, a month, a quarter, or a number of (working) days. Matching
whole token sequences rather than searching inside the text is what lets
the parser be lenient about spelling and still never guess: "не по план"
is not "по план", and "скоро" is simply unrecognised.

The plan's language is tried first, then the others, because editors mix
languages (a Polish editor writes "Q2", a Bulgarian one "ASAP").

Decisions worth knowing:
* empty text is the Art. 28 default: 7 working days, `defaulted=True`;
* "N дни" / "N dni" / "N днів" / "N days" are working days too, because the
  instruction counts every deadline given in days in working days;
* a month or quarter without a year takes the `year` argument (the plan's
  year); with no year at all only the month/quarter is kept;
* a day and month without a year ("до 31.03") need the `year` argument —
  without it the text is unrecognised rather than dated to a guessed year;
* a season ("до края на пролетта", "wiosna 2026", "winter 2026/2027") is
  the meteorological season and falls due at its end, like a month: spring
  March–May, summer June–August, autumn September–November, winter
  December–February. A winter is named by the year it *starts* in: "winter
  2026" and "зима 2026/2027" are December 2026–February 2027 (a span must
  be two consecutive years, and only winter spans two); without a year the
  plan's year names the season the same way;
* Ukrainian "протягом року" (throughout the year) is read as ONGOING, not
  as 31 December: it describes work carried on all year, and turning it
  into a year-end date would flag every such item as due at once.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from registry_pages.action_plans.deadlines.normalise import tokens
from registry_pages.action_plans.deadlines.types import (
    DEFAULT_WORKING_DAYS,
    DeadlineKind,
    ParsedDeadline,
    Recurrence,
    Season,
)
from registry_pages.action_plans.deadlines.vocabulary import (
    NEUTRAL_QUARTER_WORDS,
    ORDINAL_SUFFIXES,
    ROMAN_MONTHS,
    ROMAN_QUARTERS,
    VOCABULARIES,
    YEAR_WORDS,
    Vocabulary,
)

Tokens = tuple[str, ...]

_DMY = re.compile(r"(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})")
_YMD = re.compile(r"(\d{4})[./-](\d{1,2})[./-](\d{1,2})")
_DM = re.compile(r"(\d{1,2})[./](\d{1,2})")
_DATE_TOKEN = re.compile(rf"{_DMY.pattern}|{_YMD.pattern}")
_YEAR_SPAN = re.compile(r"(\d{4})[/-](\d{4}|\d{2})")  # "2026/2027", "2026/27", "2026-2027"


@dataclass(frozen=True)
class _Tables:
    """One language's vocabulary, normalised into lookup tables."""

    months: dict[str, int]
    quarter_words: frozenset[str]
    ordinals: dict[str, int]
    phrases: dict[Tokens, tuple[DeadlineKind, Recurrence | None]]
    working_units: frozenset[Tokens]
    day_units: frozenset[Tokens]
    prefixes: tuple[Tokens, ...]
    suffixes: tuple[Tokens, ...]
    seasons: dict[str, Season]
    season_links: frozenset[str]
    half_words: frozenset[str]
    year_alone: frozenset[Tokens]
    whole_period: tuple[Tokens, ...]

    @classmethod
    def build(cls, vocabulary: Vocabulary) -> _Tables:
        phrases: dict[Tokens, tuple[DeadlineKind, Recurrence | None]] = {}
        for kind, words in vocabulary.keywords.items():
            phrases.update({tokens(w): (kind, None) for w in words})
        for recurrence, words in vocabulary.recurring.items():
            phrases.update({tokens(w): (DeadlineKind.RECURRING, recurrence) for w in words})
        longest_first = lambda ws: tuple(sorted({tokens(w) for w in ws}, key=len, reverse=True))  # noqa: E731
        return cls(
            months={tokens(w)[0]: n for n, ws in vocabulary.months.items() for w in ws},
            quarter_words=frozenset(tokens(w)[0] for w in vocabulary.quarter_words + NEUTRAL_QUARTER_WORDS),
            ordinals={tokens(w)[0]: n for n, ws in vocabulary.ordinals.items() for w in ws},
            phrases=phrases,
            working_units=frozenset(tokens(w) for w in vocabulary.working_day_units),
            day_units=frozenset(tokens(w) for w in vocabulary.day_units),
            prefixes=longest_first(vocabulary.prefixes),
            suffixes=longest_first(vocabulary.suffixes),
            seasons={tokens(w)[0]: season for season, ws in vocabulary.seasons.items() for w in ws},
            season_links=frozenset(tokens(w)[0] for w in vocabulary.season_links),
            half_words=frozenset(tokens(w)[0] for w in vocabulary.half_words if len(tokens(w)) == 1)
            | frozenset("".join(tokens(w)) for w in vocabulary.half_words),
            year_alone=frozenset(tokens(w) for w in vocabulary.year_alone),
            whole_period=longest_first(vocabulary.whole_period),
        )


_TABLES = {code: _Tables.build(vocabulary) for code, vocabulary in VOCABULARIES.items()}


def parse_deadline(text: str, language: str, year: int | None = None) -> ParsedDeadline:
    """What the deadline `text` means; `language` is tried first, `year` is the plan's year."""
    written = (text or "").strip()
    if not written:
        return ParsedDeadline(
            text="", kind=DeadlineKind.WORKING_DAYS, working_days=DEFAULT_WORKING_DAYS, defaulted=True
        )
    words = _drop_noise(tokens(written))
    languages = [language] if language in _TABLES else []
    languages += [code for code in _TABLES if code not in languages]
    for code in languages:
        fields = _read(words, _TABLES[code], year)
        if fields is not None:
            return ParsedDeadline(text=written, **fields)
    return ParsedDeadline(text=written, kind=DeadlineKind.UNRECOGNISED)


def _drop_noise(words: Tokens) -> Tokens:
    """Drop a year word after a year or date ("2026 г.") and an ordinal ending after a number ("1-во")."""
    kept: list[str] = []
    for word in words:
        previous = kept[-1] if kept else ""
        if word in YEAR_WORDS and (_year(previous) or _DATE_TOKEN.fullmatch(previous) or _YEAR_SPAN.fullmatch(previous)):
            continue
        if word in ORDINAL_SUFFIXES and previous.isdigit():
            continue
        kept.append(word)
    return tuple(kept)


def _strip(words: Tokens, tables: _Tables) -> Tokens:
    """Remove filler phrases from the start and the end, repeatedly."""
    changed = True
    while changed and words:
        changed = False
        for prefix in tables.prefixes:
            if words[: len(prefix)] == prefix and len(words) > len(prefix):
                words, changed = words[len(prefix) :], True
                break
        for suffix in tables.suffixes:
            if words[-len(suffix) :] == suffix and len(words) > len(suffix):
                words, changed = words[: -len(suffix)], True
                break
    return words


def _read(words: Tokens, tables: _Tables, year: int | None) -> dict | None:
    core = _strip(words, tables)
    for candidate in (words, core):
        if candidate in tables.phrases:
            kind, recurrence = tables.phrases[candidate]
            return {"kind": kind, "recurrence": recurrence}
    if _whole_period(words, tables):
        return {"kind": DeadlineKind.PERMANENT}
    for reader in (_read_date, _read_month, _read_quarter, _read_half, _read_season, _read_year, _read_days):
        fields = reader(core, tables, year)
        if fields is not None:
            return fields
    return None


def _year(word: str) -> int | None:
    if len(word) == 4 and word.isdigit() and 1900 <= int(word) <= 2199:
        return int(word)
    return None


def _small_number(word: str, upper: int) -> int | None:
    if word.isdigit() and len(word) <= 3 and 1 <= int(word) <= upper:
        return int(word)
    return None


def _make_date(y: int | None, m: int, d: int) -> dict | None:
    if y is None:
        return None
    try:
        return {"kind": DeadlineKind.DATE, "date": datetime.date(y, m, d)}
    except ValueError:
        return None


def _read_date(words: Tokens, tables: _Tables, year: int | None) -> dict | None:
    if len(words) == 1:
        word = words[0]
        if match := _DMY.fullmatch(word):
            d, m, y = (int(g) for g in match.groups())
            return _make_date(y + 2000 if y < 100 else y, m, d)
        if match := _YMD.fullmatch(word):
            y, m, d = (int(g) for g in match.groups())
            return _make_date(y, m, d)
        if match := _DM.fullmatch(word):
            d, m = (int(g) for g in match.groups())
            return _make_date(year, m, d)
        return None
    # "31 март 2026", "31 marca", "March 31 2026"
    if len(words) in (2, 3):
        explicit = _year(words[2]) if len(words) == 3 else year
        if len(words) == 3 and explicit is None:
            return None
        first, second = words[0], words[1]
        if (day := _small_number(first, 31)) and second in tables.months:
            return _make_date(explicit, tables.months[second], day)
        if first in tables.months and (day := _small_number(second, 31)):
            return _make_date(explicit, tables.months[first], day)
    return None


def _whole_period(words: Tokens, tables: _Tables) -> bool:
    """"realizacja w całym okresie obowiązywania planu": a whole-period phrase at the start (or after one word)."""
    for start in (0, 1):
        rest = words[start:]
        if any(rest[: len(phrase)] == phrase for phrase in tables.whole_period):
            return True
    return False


def _roman(word: str) -> str:
    """A Roman numeral typed with Cyrillic look-alikes ("ХІІ", "іv") in Latin letters."""
    return word.translate(str.maketrans({"і": "i", "х": "x", "ѵ": "v"})) if len(word) <= 4 else word


def _read_month(words: Tokens, tables: _Tables, year: int | None) -> dict | None:
    # "XII 2020 r.", "do XII.2020": a Roman-numeral month needs its year (a lone "I" or "IV" is too ambiguous)
    if len(words) == 2 and _roman(words[0]) in ROMAN_MONTHS and (explicit := _year(words[1])):
        return {"kind": DeadlineKind.MONTH, "month": ROMAN_MONTHS[_roman(words[0])], "year": explicit}
    if not words or words[0] not in tables.months:
        return None
    if len(words) == 1:
        return {"kind": DeadlineKind.MONTH, "month": tables.months[words[0]], "year": year}
    if len(words) == 2 and (explicit := _year(words[1])):
        return {"kind": DeadlineKind.MONTH, "month": tables.months[words[0]], "year": explicit}
    return None


def _quarter_number(word: str, tables: _Tables) -> int | None:
    if word in ROMAN_QUARTERS:
        return ROMAN_QUARTERS[word]
    if word in tables.ordinals:
        return tables.ordinals[word]
    return _small_number(word, 4)


def _read_quarter(words: Tokens, tables: _Tables, year: int | None) -> dict | None:
    explicit = None
    if len(words) == 3:
        explicit = _year(words[2])
        if explicit is None:
            return None
        words = words[:2]
    if len(words) != 2:
        return None
    first, second = words
    number = None
    if second in tables.quarter_words:
        number = _quarter_number(first, tables)
    elif first in tables.quarter_words:
        number = _quarter_number(second, tables)
    if number is None:
        return None
    return {"kind": DeadlineKind.QUARTER, "quarter": number, "year": explicit or year}


def _read_half(words: Tokens, tables: _Tables, year: int | None) -> dict | None:
    """"I półrocze 2025", "II півріччя", "второ полугодие на 2026", "H1 2026"."""
    explicit = None
    if words and _year(words[-1]):
        explicit, words = _year(words[-1]), words[:-1]
        if len(words) == 3 and words[2] in tables.season_links:  # "полугодие на 2026"
            words = words[:2]
        if len(words) == 3 and words[1] in tables.season_links:
            words = (words[0], words[2])
    if len(words) != 2:
        return None
    first, second = words
    number = None
    if second in tables.half_words:
        number = _quarter_number(first, tables)
    elif first in tables.half_words:
        number = _quarter_number(second, tables)
    if number not in (1, 2):
        return None
    return {"kind": DeadlineKind.HALF_YEAR, "half": number, "year": explicit or year}


def _span_end(first: str, second: str) -> int | None:
    """The last year of "2025-2026" / "2025 2026" / "2025/26" (at most ten years, in order)."""
    start = _year(first)
    if start is None or not second.isdigit():
        return None
    end = int(second) if len(second) == 4 else (start // 100) * 100 + int(second) if len(second) == 2 else None
    return end if end is not None and start < end <= start + 10 else None


def _read_year(words: Tokens, tables: _Tables, year: int | None) -> dict | None:
    """"2026", "do końca 2026 roku", "2025—2026", "w latach 2025-2026", "до края на годината" (the plan's year)."""
    if words in tables.year_alone:
        return {"kind": DeadlineKind.YEAR, "year": year}
    if len(words) == 1:
        if (explicit := _year(words[0])) is not None:
            return {"kind": DeadlineKind.YEAR, "year": explicit}
        if match := _YEAR_SPAN.fullmatch(words[0]):
            end = _span_end(*match.groups())
            return {"kind": DeadlineKind.YEAR, "year": end} if end else None
    if len(words) == 2 and (end := _span_end(*words)):
        return {"kind": DeadlineKind.YEAR, "year": end}
    return None


def _season_year(word: str, season: Season) -> int | None:
    """The year a season is named by: "2026", or for winter only "2026/2027" (consecutive years)."""
    if (year := _year(word)) is not None:
        return year
    if season is not Season.WINTER or not (match := _YEAR_SPAN.fullmatch(word)):
        return None
    first, second = match.groups()
    start = _year(first)
    end = int(second) if len(second) == 4 else (start // 100) * 100 + int(second) if start else None
    return start if start is not None and end == start + 1 else None


def _read_season(words: Tokens, tables: _Tables, year: int | None) -> dict | None:
    """"пролетта", "лятото на 2026", "wiosna 2026", "winter 2026/2027"."""
    if not words or words[0] not in tables.seasons:
        return None
    season, rest = tables.seasons[words[0]], words[1:]
    if len(rest) == 2 and rest[0] in tables.season_links:
        rest = rest[1:]
    if not rest:
        return {"kind": DeadlineKind.SEASON, "season": season, "year": year}
    if len(rest) == 1 and (explicit := _season_year(rest[0], season)) is not None:
        return {"kind": DeadlineKind.SEASON, "season": season, "year": explicit}
    return None


def _read_days(words: Tokens, tables: _Tables, year: int | None) -> dict | None:
    if len(words) < 2 or (count := _small_number(words[0], 999)) is None:
        return None
    unit = words[1:]
    if unit in tables.working_units or unit in tables.day_units:
        return {"kind": DeadlineKind.WORKING_DAYS, "working_days": count}
    return None
