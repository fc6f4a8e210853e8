"""A schedule of receptions as municipalities write it, read into entries (pure: no database).

Tables are read by their header (official | position | day | hours | room |
sign-up, in bg/pl/uk/en, in any order; a "day and hours" column holds both);
prose lines by "who – when" ("Кмет – всеки първи вторник от месеца,
14:00–16:00, стая 12", "Burmistrz: poniedziałki 15.00-17.00"). Lines naming
the office, the cashier or a department's working hours become office hours,
kept as written. Paragraphs before the first reception become the page's
introduction; other lines not understood are returned as notes (the report
warns about them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from registry_pages.receptions.office_hours import CASHIER, DEPARTMENT, OFFICE
from registry_pages.receptions.parsing import (
    HOURS,
    ReadSchedule,
    ReadSlot,
    read_schedule,
)
from registry_pages.receptions.schedule import APPOINTMENT

COLUMNS = {
    "official": r"^(?:име|имена|official|name|imię|imie|nazwisko|imię i nazwisko|піб|прізвище|п\.і\.б)",
    "position": r"длъжност|stanowisko|funkcja|посада|position",
    "day": r"ден|дни|dzień|dzien|dni|termin|день|дні|дата|day|when|кога|коли|kiedy",
    "hours": r"час|godzin|godz|годин|hours|time",
    "place": r"стая|място|кабинет|pokój|pokoj|miejsce|sala|кабінет|місце|приміщення|room|place",
    "sign_up": r"записван|zapis|запис|sign|appointment|book|телефон|tel",
}
OFFICE_WORDS = {
    CASHIER: re.compile(r"^\s*(?:каса|касата|kasa|каса\b)", re.I),
    OFFICE: re.compile(r"^\s*(?:деловодств|центр|център|цнап|ЦНАП|front|office|biuro|kancelari|urząd|urzad|работно време|"
                       r"godziny pracy|години роботи|приймальн|загальний відділ|informacja)", re.I),
    DEPARTMENT: re.compile(r"^\s*(?:отдел|дирекция|wydział|wydzial|referat|відділ|управління|department)", re.I),
}
WORKING_HOURS = re.compile(r"(?:работи|работно време|czynn|pracuj|godziny pracy|працює|працюють|годин[аи] роботи|open)\w*", re.I)
SEPARATOR = re.compile(r"\s+[–—-]\s+|\s*:\s+|\s*—\s*")
YES = {"да", "yes", "tak", "так", "+", "x", "х"}
NO = {"не", "no", "nie", "ні", "-", "–", ""}


def norm(text: str) -> str:
    text = re.sub(r"[„“”\"'«»]", "", text or "").casefold()
    return re.sub(r"[\s\-‐–—]+", " ", text).strip(" .,:")


@dataclass
class Entry:
    where: str
    who: str
    official: str
    schedule: ReadSchedule
    room: str = ""
    sign_up: str = ""
    note: str = ""


@dataclass
class OfficeLine:
    where: str
    kind: str
    name: str
    days: str
    hours: str
    place: str = ""


@dataclass
class ReadResult:
    title: str = ""
    intro: list[str] = field(default_factory=list)
    entries: list[Entry] = field(default_factory=list)
    office: list[OfficeLine] = field(default_factory=list)
    notes: list[tuple[str, str]] = field(default_factory=list)  # lines not understood: (where, text)


def _office_kind(who: str, rest: str) -> str | None:
    for kind, pattern in OFFICE_WORDS.items():
        if pattern.search(who) and (kind != DEPARTMENT or WORKING_HOURS.search(who + " " + rest) or not read_schedule(rest).found):
            return kind
    return CASHIER if WORKING_HOURS.search(who) and re.search(r"кас|kas", who, re.I) else None


def _office_line(where, kind, who, rest) -> OfficeLine:
    hours = ", ".join(m.group(0).strip() for m in HOURS.finditer(rest))
    days = HOURS.sub("", rest).strip(" ,;:–—-")
    return OfficeLine(where, kind, who.strip(" :–—-"), days, hours)


def _header(row) -> dict[str, int] | None:
    found = {}
    for index, cell in enumerate(row):
        text = (cell or "").strip().casefold()
        for key, pattern in COLUMNS.items():
            if key not in found and text and re.search(pattern, text, re.I):
                found[key] = index
                break
    if ("position" in found or "official" in found) and ({"day", "hours"} & set(found)):
        return found
    return None


def _read_table(block, result: ReadResult) -> bool:
    rows = list(block.rows)
    header_at = next((i for i, row in enumerate(rows[:3]) if _header(row)), None)
    if header_at is None:
        return False
    columns = _header(rows[header_at])
    cell = lambda row, key: (row[columns[key]] if key in columns and columns[key] < len(row) else "").strip()  # noqa: E731
    last_who = ""
    for where, row in list(zip(block.row_where, rows))[header_at + 1:]:
        if not any(c.strip() for c in row):
            continue
        who = cell(row, "position") or cell(row, "official") or last_who
        official = cell(row, "official") if "position" in columns else ""
        when = " ".join(part for part in (cell(row, "day"), cell(row, "hours")) if part)
        kind = _office_kind(who, when)
        if kind:
            line = _office_line(where, kind, who, when)
            line.place = cell(row, "place")
            result.office.append(line)
            continue
        last_who = who
        sign_up_cell = cell(row, "sign_up")
        schedule = read_schedule(" ".join([when, sign_up_cell if sign_up_cell.casefold() not in YES | NO else ""]))
        if sign_up_cell.casefold() in YES:
            schedule.by_appointment = True
        elif sign_up_cell.casefold() not in NO and not schedule.sign_up:
            schedule.by_appointment, schedule.sign_up = True, sign_up_cell
        if not schedule.found and schedule.by_appointment:
            schedule = _appointment_only(schedule)
        place = cell(row, "place")
        room = read_schedule(place).room or place
        result.entries.append(Entry(where, who, official, schedule, room=room, sign_up=schedule.sign_up))
    return True


def _appointment_only(schedule: ReadSchedule) -> ReadSchedule:
    schedule.slots = [ReadSlot(weekday=None, frequency=APPOINTMENT)]
    return schedule


def _regrouped(blocks) -> list:
    """Text copied out of a PDF or a browser, a table arriving one cell per line: the header's cells
    (3 to 6 short lines naming the columns) found, the lines after it cut into rows (`regroup_cells`)."""
    from registry_pages.importing.document import Block, regroup_cells

    lines = [(block.where, block.text) for block in blocks if block.kind != "table"]
    texts = [text for _where, text in lines]
    for start in range(len(texts)):
        for width in range(6, 2, -1):
            header = texts[start:start + width]
            if len(header) < width or any(len(cell) > 30 for cell in header):
                continue
            found = _header(header)
            if found and len(found) == width:
                rows = regroup_cells(texts[start:], header)
                wheres = [lines[start + width + i * width][0] for i in range(len(rows))]
                table = Block("table", rows=(tuple(header), *rows), where=lines[start][0], row_where=(lines[start][0], *wheres))
                return [*[b for b in blocks if b.kind != "table" and (b.where, b.text) in lines[:start]], table]
    return list(blocks)


def read_receptions(document) -> ReadResult:
    """A `Document` (importing.document) into entries, office hours, the title and the introduction."""
    result = ReadResult()
    blocks = document.blocks if document.tables() else _regrouped(document.blocks)
    for block in blocks:
        if block.kind == "table":
            if _read_table(block, result):
                continue
            lines = [(where, " – ".join(c for c in row if c.strip())) for where, row in zip(block.row_where, block.rows)]
        elif block.kind == "heading" and not result.title and not result.entries:
            result.title = block.text
            continue
        else:
            lines = [(block.where, block.text)]
        for where, text in lines:
            _read_line(where, text, result)
    return result


def _office_prose(where: str, text: str) -> OfficeLine | None:
    """"Касата работи от понеделник до петък, 8:30–16:30", "Kasa czynna: pon.–pt. 8.00–14.00"."""
    kind = next((k for k, pattern in OFFICE_WORDS.items() if pattern.search(text)), None)
    if kind is None or not (HOURS.search(text) or WORKING_HOURS.search(text)):
        return None
    cut = min(m.start() for m in [re.search(r":|\s[–—-]\s|\d", text), WORKING_HOURS.search(text)] if m) \
        if re.search(r":|\s[–—-]\s|\d", text) or WORKING_HOURS.search(text) else len(text)
    verb = WORKING_HOURS.match(text[cut:])
    rest = text[cut + (verb.end() if verb else 0):]
    return _office_line(where, kind, text[:cut], rest.lstrip(" :–—-"))


def _read_line(where: str, text: str, result: ReadResult) -> None:
    office = _office_prose(where, text)
    if office is not None:
        result.office.append(office)
        return
    parts = SEPARATOR.split(text, maxsplit=1)
    who, rest = (parts[0], parts[1]) if len(parts) == 2 else ("", text)
    official = ""
    names = re.search(r"\(([^)]*)\)", who)
    if names:
        official, who = names.group(1).strip(), (who[:names.start()] + who[names.end():]).strip()
    if who and len(who.split()) <= 8:
        schedule = read_schedule(rest)
        if schedule.found:
            result.entries.append(Entry(where, who.strip(), official, schedule, room=schedule.room, sign_up=schedule.sign_up))
            return
    if result.entries or result.office:
        result.notes.append((where, text))
    else:
        result.intro.append(text)


