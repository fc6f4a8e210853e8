"""`import_registry --type reception`: a schedule of receptions (table or prose) into a draft reception-days page.

The file is read by `reading.read_receptions` (tables or prose lines). Positions are matched by title in the import's language; an unknown one is
proposed in the report and, with --create-missing, created as a draft.
"""

from __future__ import annotations

import json

from django.utils.html import escape
from django.utils.translation import gettext as _

from registry_pages.core.slugs import slug_for
from registry_pages.directory.models import Position
from registry_pages.importing.document import Document
from registry_pages.importing.importer import DocumentImporter
from registry_pages.importing.runner import unique_slug
from registry_pages.receptions.models import ReceptionDaysPage, ReceptionSlot
from registry_pages.receptions.office_hours import office_hours_value
from registry_pages.receptions.patterns import pattern_label
from registry_pages.receptions.reading import Entry, norm, read_receptions

LIMITS = {"official_name": 255, "room": 100, "sign_up": 255, "note": 255}


class ReceptionDaysImporter(DocumentImporter):
    type_name = "reception"
    page_model = ReceptionDaysPage

    def read(self, document: Document) -> None:
        report = self.report
        self.result = result = read_receptions(document)
        known = {norm(p.title): p for p in Position.objects.filter(locale=self.locale)}
        self.positions: dict[str, Position | None] = {}
        warnings, preview = [], []
        for entry in result.entries:
            position = self._match(entry, known)
            if position is None:
                report.propose("positions", entry.who)
                if not self.create_missing:
                    report.error(entry.where, _("unknown position “%(name)s”: create it first, or import with "
                                                "--create-missing to create it as a draft") % {"name": entry.who})
            self.positions[norm(entry.who)] = position
            for field_name, value in (("official_name", entry.official), ("room", entry.room), ("sign_up", entry.sign_up)):
                if len(value) > LIMITS[field_name]:
                    report.error(entry.where, _("%(field)s is longer than %(max)d characters")
                                 % {"field": field_name, "max": LIMITS[field_name]})
            for word, day in entry.schedule.corrected:
                warnings.append(_("%(where)s: “%(word)s” read as %(day)s") % {
                    "where": entry.where, "word": word, "day": pattern_label("weekly", day, None)})
            for hours in entry.schedule.bad_hours:
                warnings.append(_("%(where)s: the hours “%(hours)s” end before they start; left out")
                                % {"where": entry.where, "hours": hours})
            for slot in entry.schedule.slots:
                if slot.time_from is None and slot.frequency != "appointment":
                    warnings.append(_("%(where)s: no hours given for %(who)s; the page says the hours are not published")
                                    % {"where": entry.where, "who": entry.who})
                preview.append({
                    "position": entry.who, "official": entry.official,
                    "day": pattern_label(slot.frequency, slot.weekday, slot.week_of_month),
                    "hours": f"{slot.time_from:%H:%M}–{slot.time_to:%H:%M}" if slot.time_from else "",
                    "room": entry.room, "sign_up": entry.sign_up,
                    "status": _("matched") if position else _("new position"), "where": entry.where,
                })
        for where, text in result.notes:
            warnings.append(_("%(where)s: not read as a reception or office hours, left out: “%(text)s”")
                            % {"where": where, "text": text[:80]})
        if not result.entries and not result.office:
            report.error("", _("no reception was recognised: write one line per official, e.g. "
                               "“Mayor – every first Tuesday of the month, 14:00–16:00, room 12”, or a table with "
                               "the columns position, day, hours, room"))
        officials = {(norm(e.who), e.official) for e in result.entries}
        slots = sum(len(e.schedule.slots) for e in result.entries)
        title = result.title.strip() or _("Reception days")
        if title.isupper():
            title = title[:1] + title[1:].lower()
        report.add_page(title[:255], self.type_name, warnings=warnings, preview=preview,
                        fields={"officials": len(officials), "slots": slots, "office_hours": len(result.office)})
        self.title = title[:255]

    @staticmethod
    def _match(entry: Entry, known: dict) -> Position | None:
        name = norm(entry.who)
        if name in known:
            return known[name]
        words = entry.who.split()
        for cut in range(len(words) - 1, 0, -1):  # "Кмет Иван Петров": the position, then the official's name
            rest = words[cut:]
            if norm(" ".join(words[:cut])) in known and len(rest) >= 2 and all(w[:1].isupper() for w in rest):
                entry.who, entry.official = " ".join(words[:cut]), entry.official or " ".join(rest)
                return known[norm(entry.who)]
        return None

    def write(self, user=None) -> list:
        language = self.locale.language_code
        created: dict[str, Position] = {}
        slots = []
        for entry in self.result.entries:
            key = norm(entry.who)
            position = self.positions.get(key) or created.get(key)
            if position is None:
                position = Position(title=entry.who[:255], locale=self.locale, live=False)
                position.save()
                position.save_revision(user=user)
                created[key] = position
            for read in entry.schedule.slots:
                slots.append(ReceptionSlot(
                    position=position, official_name=entry.official, locale=self.locale,
                    frequency=read.frequency, week_of_month=read.week_of_month, weekday=read.weekday,
                    time_from=read.time_from, time_to=read.time_to, room=entry.room,
                    by_appointment=entry.schedule.by_appointment or read.frequency == "appointment", sign_up=entry.sign_up,
                    sort_order=len(slots),  # the page lists them in the file's order
                ))
        taken = set(self.parent.get_children().values_list("slug", flat=True))
        page = ReceptionDaysPage(
            title=self.title, slug=unique_slug(slug_for(self.title, language), taken), locale=self.locale, live=False,
            intro="".join(f"<p>{escape(text)}</p>" for text in self.result.intro),
        )
        page.slots = slots
        page.office_hours = json.dumps(
            [office_hours_value(line.kind, line.name, line.days, line.hours, line.place) for line in self.result.office]
        )
        self.parent.add_child(instance=page)
        page.save_revision(user=user, log_action=True)
        return [page]
