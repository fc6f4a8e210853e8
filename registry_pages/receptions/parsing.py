"""Reading reception days as municipalities write them: a table row or a line of prose.

    "Кмет – всеки първи вторник от месеца, 14:00–16:00, стая 12, записване на тел. 0700 11 22"
    "Burmistrz: poniedziałki 15.00-17.00"
    "Міський голова — щочетверга з 10:00 до 12:00 за попереднім записом"

`read_schedule(text)` finds the weekdays (inflected, without diacritics, with
a typo), an ordinal before a weekday ("първи", "drugi", "2nd", "останній")
making it monthly, the hours ("14:00–16:00", "15.00-17.00", "з 10 до 12
год."), "by appointment" and where to sign up, and the room. Several
weekdays give several slots, each with the hours written after it (or the
next hours, when they share them: "вторник и петък 9:00–12:00"). Pure: no
database.
"""

from __future__ import annotations

import datetime
import difflib
import re
import unicodedata
from dataclasses import dataclass, field

from registry_pages.receptions.schedule import APPOINTMENT, LAST, MONTHLY, WEEKLY

WEEKDAY_FORMS = {
    0: ["понеделник", "понеделника", "понеделници", "poniedziałek", "poniedziałki", "poniedziałku", "poniedziałkach",
        "понеділок", "понеділка", "понеділках", "щопонеділка", "monday", "mondays"],
    1: ["вторник", "вторника", "вторници", "wtorek", "wtorki", "wtorku", "wtorkach",
        "вівторок", "вівторка", "вівторках", "щовівторка", "tuesday", "tuesdays"],
    2: ["сряда", "срядата", "среда", "сряди", "środa", "środy", "środę", "środach", "środzie",
        "середа", "середу", "середи", "середам", "щосереди", "wednesday", "wednesdays"],
    3: ["четвъртък", "четвъртъка", "четвъртъци", "czwartek", "czwartki", "czwartku", "czwartkach",
        "четвер", "четверга", "четвергам", "щочетверга", "thursday", "thursdays"],
    4: ["петък", "петъка", "петъци", "piątek", "piątki", "piątku", "piątkach",
        "пʼятниця", "п'ятниця", "п’ятниця", "п'ятницю", "п’ятницю", "п'ятниці", "п’ятниці", "щоп'ятниці", "щоп’ятниці",
        "friday", "fridays"],
    5: ["събота", "съботата", "sobota", "soboty", "sobotę", "субота", "суботу", "суботи", "saturday"],
    6: ["неделя", "неделята", "niedziela", "niedziele", "niedzielę", "неділя", "неділю", "неділі", "sunday"],
}
ORDINAL_FORMS = {
    1: ["първи", "първа", "първия", "първият", "pierwszy", "pierwsza", "pierwszą", "pierwszego", "pierwsze", "pierwszej",
        "перший", "перша", "першого", "першої", "першу", "first"],
    2: ["втори", "втора", "втория", "вторият", "drugi", "druga", "drugą", "drugiego", "drugie", "drugiej",
        "другий", "друга", "другого", "другої", "другу", "second"],
    3: ["трети", "трета", "третия", "третият", "trzeci", "trzecia", "trzecią", "trzeciego", "trzecie", "trzeciej",
        "третій", "третя", "третього", "третьої", "третю", "third"],
    4: ["четвърти", "четвърта", "четвъртия", "czwarty", "czwarta", "czwartą", "czwartego", "czwarte", "czwartej",
        "четвертий", "четверта", "четвертого", "четвертої", "четверту", "fourth"],
    5: ["пети", "пета", "piąty", "piąta", "piątą", "п'ятий", "п’ятий", "п'ята", "fifth"],
    LAST: ["последен", "последния", "последният", "последна", "последната", "ostatni", "ostatnia", "ostatnią",
           "ostatniego", "ostatnie", "ostatniej", "останній", "остання", "останнього", "останньої", "останню", "last"],
}
DIGIT_ORDINAL = re.compile(r"^([1-5])(?:-?(?:st|nd|rd|th|ви|ри|ти|ия|ият|ра|та|go|ga|gi|й|го|а|ий|ій))?\.?$")
APPOINTMENT_WORDS = re.compile(
    r"записван|предварителн|по заявка|zapis|umówieni|umowieni|uzgodnieni|wcześniejsz|запис|попередн|appointment|book",
    re.I,
)
SIGN_UP_PLACE = re.compile(r"тел|phone|стая|кабинет|pok\.|pokój|pokoj|sekretariat|кабінет|каб\.|приймальн|room|\d{3}", re.I)
ROOM = re.compile(r"(?:стая|кабинет|каб\.|pok\.|pokój|pokoj|sala|кабінет|кімната|room)\s*(?:№|nr|no\.?)?\s*([\w/-]+)", re.I)
TIME = r"([01]?\d|2[0-3])(?:[:.]([0-5]\d))?"
HOURS = re.compile(
    rf"(?:(?:от|od|з|із|from)\s*)?{TIME}\s*(?:ч\.?|h|godz\.?|год\.?)?\s*(?:-|–|—|до|do|to|‑)\s*{TIME}\s*(ч\.?|h\b|godz\.?|год\.?)?",
    re.I,
)
WORD = re.compile(r"[\w'’ʼ-]+", re.U)


@dataclass
class ReadSlot:
    weekday: int | None
    frequency: str = WEEKLY
    week_of_month: int | None = None
    time_from: datetime.time | None = None
    time_to: datetime.time | None = None


@dataclass
class ReadSchedule:
    slots: list[ReadSlot] = field(default_factory=list)
    by_appointment: bool = False
    sign_up: str = ""
    room: str = ""
    corrected: list[tuple[str, int]] = field(default_factory=list)  # (word as written, weekday read)
    bad_hours: list[str] = field(default_factory=list)

    @property
    def found(self) -> bool:
        return bool(self.slots)


def _fold(word: str) -> str:
    word = word.casefold().replace("’", "'").replace("ʼ", "'")
    return word


def _ascii(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word.replace("ł", "l")) if not unicodedata.combining(c))


_WEEKDAY_LOOKUP = {_fold(form): day for day, forms in WEEKDAY_FORMS.items() for form in forms}
_WEEKDAY_LOOKUP.update({_ascii(form): day for form, day in list(_WEEKDAY_LOOKUP.items())})
_ORDINAL_LOOKUP = {_fold(form): n for n, forms in ORDINAL_FORMS.items() for form in forms}
_ORDINAL_LOOKUP.update({_ascii(form): n for form, n in list(_ORDINAL_LOOKUP.items())})
_NOT_WEEKDAYS = set(_ORDINAL_LOOKUP) | {"през", "всеки", "всяка", "кожного", "кожної", "every", "każdy", "każda", "każdą"}


def weekday_of(word: str) -> tuple[int | None, bool]:
    """(weekday, read through a typo?) of one word; (None, False) when it is not a weekday."""
    folded = _fold(word)
    for candidate in (folded, _ascii(folded)):
        if candidate in _WEEKDAY_LOOKUP:
            return _WEEKDAY_LOOKUP[candidate], False
    if len(folded) < 5 or folded in _NOT_WEEKDAYS or not folded.isalpha() and "'" not in folded:
        return None, False
    close = difflib.get_close_matches(folded, list(_WEEKDAY_LOOKUP), n=1, cutoff=0.8)
    return (_WEEKDAY_LOOKUP[close[0]], True) if close else (None, False)


def ordinal_of(word: str) -> int | None:
    folded = _fold(word)
    if folded in _ORDINAL_LOOKUP or _ascii(folded) in _ORDINAL_LOOKUP:
        return _ORDINAL_LOOKUP.get(folded) or _ORDINAL_LOOKUP.get(_ascii(folded))
    match = DIGIT_ORDINAL.match(folded)
    return int(match.group(1)) if match else None


def _time(hour: str, minute: str | None) -> datetime.time:
    return datetime.time(int(hour), int(minute or 0))


def read_schedule(text: str) -> ReadSchedule:
    result = ReadSchedule()
    text = text or ""
    # hours, with their positions
    ranges = []
    for match in HOURS.finditer(text):
        h1, m1, h2, m2, unit = match.groups()
        if m1 is None and m2 is None and not unit and not re.match(r"(?:от|od|з|із|from)\s", match.group(0), re.I):
            continue  # "2-3" without minutes or a unit is not a time range
        start, end = _time(h1, m1), _time(h2, m2)
        if start >= end:
            result.bad_hours.append(match.group(0).strip())
            continue
        ranges.append((match.start(), start, end))
    # weekdays and ordinals, with their positions
    days, previous_ordinal = [], None
    for match in WORD.finditer(text):
        word = match.group(0).strip("-")
        if not word or any(start <= match.start() < start + 1 for start, *_rest in ranges):
            continue
        ordinal = ordinal_of(word)
        if ordinal is not None and not word.isdigit():
            previous_ordinal = (ordinal, match.end())
            continue
        day, corrected = weekday_of(word)
        if day is None:
            if not word.isdigit():
                previous_ordinal = previous_ordinal if previous_ordinal and match.start() - previous_ordinal[1] < 3 else None
            continue
        if corrected:
            result.corrected.append((word, day))
        n = previous_ordinal[0] if previous_ordinal and match.start() - previous_ordinal[1] <= 3 else None
        days.append((match.start(), day, n))
        previous_ordinal = None
    for index, (at, day, n) in enumerate(days):
        following = days[index + 1][0] if index + 1 < len(days) else len(text) + 1
        own = [r for r in ranges if at < r[0] < following]
        later = [r for r in ranges if r[0] > at]
        chosen = own[0] if own else (later[0] if later else None)
        for r in own or ([chosen] if chosen else [None]):
            slot = ReadSlot(weekday=day)
            if n is not None:
                slot.frequency, slot.week_of_month = MONTHLY, n
            if r is not None:
                slot.time_from, slot.time_to = r[1], r[2]
            result.slots.append(slot)
    clauses = [c.strip() for c in re.split(r"[,;]|\s[–—]\s|\(|\)", text) if c.strip()]
    if APPOINTMENT_WORDS.search(text):
        result.by_appointment = True
        start = next((i for i, c in enumerate(clauses) if APPOINTMENT_WORDS.search(c)), None)
        parts = []
        for clause in clauses[start:] if start is not None else []:
            if parts and (not SIGN_UP_PLACE.search(clause) or HOURS.search(clause)):
                break
            parts.append(clause)
        if any(SIGN_UP_PLACE.search(part) for part in parts):
            result.sign_up = ", ".join(parts)[:255]
    room = next((ROOM.search(c) for c in clauses if ROOM.search(c) and not APPOINTMENT_WORDS.search(c)), None)
    if room:
        result.room = room.group(1)[:100]
    if not result.slots and result.by_appointment:
        result.slots.append(ReadSlot(weekday=None, frequency=APPOINTMENT))
    return result
