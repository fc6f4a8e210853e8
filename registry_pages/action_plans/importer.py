"""Importing a written action plan on the shared importing core: the plan, its themes and items as drafts.

`ActionPlanImporter` (registered as `DOCUMENT_IMPORTERS["action_plan"]`)
reads the `Document` the core made of the file: tables with a plan header
(`importer_tables.py`) when there are any, else lines in the "1. Theme /
1.1. Item / Срок: / Отговорник:" shape (`importer_text.py`). `read` writes
nothing; it fills the report (themes, items, owners, deadlines recognised and
not, proposed positions, every problem with its table/row or line) and keeps
the draft; `write` creates the plan with its themes and the items as drafts
with a first revision, in the core's transaction.

Decisions (docs/action-plans.md):
* the period is `--year` when given, else read from the title or the text
  ("2020–2021", "na lata 2025-2026", "за 2026 г."); neither is an error;
* a month or quarter written without a year falls in the plan's *first*
  year; a multi-year plan says so in the page's warnings, naming the items;
* owner cells are split into positions (`owner_names.py`) and matched to the
  language's `Position` snippets by `owner_key`; an unknown one is proposed
  in the report. With `--create-missing` it is created as a draft position;
  without, the item still imports, keeps the name in "owners to be assigned"
  and is flagged "owner to be assigned" — as is an item with no owner at all.
  Neither blocks the import (exit status 0);
* a deadline that is not recognised is kept as written and listed.
"""

from __future__ import annotations

import datetime
import re

from django.utils.html import escape
from django.utils.translation import gettext as _

from registry_pages.action_plans.deadlines.parser import parse_deadline
from registry_pages.action_plans.deadlines.schedule import next_due_date
from registry_pages.action_plans.deadlines.types import DeadlineKind
from registry_pages.action_plans.importer_tables import TableReader, find_header
from registry_pages.action_plans.importer_text import (
    PlanDraft,
    PlanSyntaxError,
    clean_line,
    parse_plan,
)
from registry_pages.action_plans.owner_names import split_owner_cell
from registry_pages.core.calendar import site_calendar
from registry_pages.core.dates import format_day
from registry_pages.core.slugs import slug_for
from registry_pages.directory.owners import display_name, owner_key
from registry_pages.importing.importer import DocumentImporter
from registry_pages.importing.runner import unique_slug
from registry_pages.models import (
    ActionItemOwner,
    ActionItemPage,
    ActionPlanPage,
    ActionPlanTheme,
    Position,
)

TITLE_LENGTH = 120
DEADLINE_LENGTH = 255
_SPAN = re.compile(r"\b((?:19|20)\d{2})\s*(?:[-–—/]|\s(?:do|до|to|i|и|та)\s)\s*((?:19|20)\d{2})\b")
_YEAR = re.compile(r"\b((?:19|20)\d{2})\b")
_NO_YEAR_KINDS = (DeadlineKind.MONTH, DeadlineKind.QUARTER, DeadlineKind.HALF_YEAR, DeadlineKind.SEASON,
                  DeadlineKind.YEAR)


def item_title(task: str, limit: int = TITLE_LENGTH) -> str:
    """A short page title from the task: its first sentence, cut at a word."""
    text = " ".join(task.split())
    sentence = text.split(". ")[0].rstrip(".")
    if len(sentence) <= limit:
        return sentence
    return sentence[:limit].rsplit(" ", 1)[0].rstrip(" ,;") + "…"


def find_period(texts: list[str]) -> tuple[int, int] | None:
    """(first, last year) from the first text naming a span of years, else a single year; None if none."""
    for text in texts:
        if match := _SPAN.search(text):
            first, last = int(match.group(1)), int(match.group(2))
            if first <= last <= first + 10:
                return first, last
    for text in texts:
        if match := _YEAR.search(text):
            return int(match.group(1)), int(match.group(1))
    return None


class ActionPlanImporter(DocumentImporter):
    type_name = "action_plan"
    page_model = ActionPlanPage

    # --- reading ----------------------------------------------------------------

    def read(self, document) -> None:
        self.language = self.locale.language_code
        draft = self._draft(document)
        if draft is None:
            return
        self.draft = draft
        period = self._period(document, draft)
        if period is None:
            return
        self.period = period
        self._known = {}
        for position in Position.objects.filter(locale=self.locale):
            self._known.setdefault(owner_key(position.title), position)
        self._owners()
        self._report()

    def _draft(self, document) -> PlanDraft | None:
        tables = [(block, found) for block in document.tables() if (found := find_header(block))]
        texts = document.text_blocks()
        if tables:
            reader = TableReader()
            for block, (header_index, columns) in tables:
                reader.read(block, header_index, columns)
            for where, message in reader.errors:
                self.report.error(where, message)
            draft = reader.finish()
            first_table = document.blocks.index(tables[0][0])
            before = [b.text for b in document.blocks[:first_table] if b.kind != "table" and b.text]
            titles = [b.text for b in document.blocks[:first_table] if b.kind == "heading"] or before or reader.title_rows
            draft.title = (titles[0] if titles else "")[:255]
            draft.intro = [text for text in before if text != draft.title][:30]
            self.warnings = list(reader.warnings)
            self._texts = [draft.title, *reader.title_rows, *before, *[b.text for b in texts]]
        else:
            lines = [clean_line(b.text) for b in texts]
            try:
                draft = parse_plan(lines)
            except PlanSyntaxError as error:
                where = texts[error.line - 1].where if 0 < error.line <= len(texts) else ""
                self.report.error(where, error.message)
                return None
            self.warnings = [_("left out (after the last item): %(text)s") % {"text": text} for _line, text in draft.ignored]
            self._texts = [draft.title, *draft.intro]
        if not draft.items and self.report.ok:
            self.report.error("", _("no numbered items were found: neither a table with a task and a deadline or "
                                    "owner column, nor lines “1.1. …”"))
            return None
        return draft

    def _period(self, document, draft) -> tuple[int, int] | None:
        year = self.options.get("year")
        found = find_period([t for t in self._texts if t] + [document.name])
        if year:
            return int(year), max(int(year), found[1] if found and found[0] <= int(year) <= found[1] else int(year))
        if found is None:
            self.report.error("", _("the plan's period was not found in its title or text; give it with --year"))
            return None
        return found

    def _owners(self) -> None:
        """Split every owner cell; match each name to a position or propose it."""
        self.owner_names: dict[str, str] = {}  # key → name as first written
        self.unknown: dict[str, str] = {}
        known = set(self._known)
        for item in self.draft.items:
            names = []
            for cell in item.owners:
                names.extend(split_owner_cell(cell, known))
            item.owner_names = [display_name(name, self.language) for name in names]
            for name in item.owner_names:
                key = owner_key(name)
                self.owner_names.setdefault(key, name)
                if key not in self._known:
                    self.unknown.setdefault(key, name)
                    self.report.propose("positions", name)

    def _report(self) -> None:
        draft, start, end = self.draft, *self.period
        recognised, unrecognised, first_year, pending = 0, [], [], []
        for item in draft.items:
            text = (item.deadline or "").strip()
            if len(text) > DEADLINE_LENGTH:
                self.warnings.append(_("%(where)s: the deadline of item %(number)s was cut to %(count)d characters")
                                     % {"where": item.where, "number": item.number, "count": DEADLINE_LENGTH})
                item.deadline = text = text[:DEADLINE_LENGTH]
            item.parsed = parse_deadline(text, self.language, start)
            if item.parsed.recognised:
                recognised += bool(text)
            else:
                unrecognised.append(text)
            if end > start and text and item.parsed.kind in _NO_YEAR_KINDS and \
                    parse_deadline(text, self.language, None).year is None:
                first_year.append(item.number)
            if not item.owner_names or any(owner_key(n) in self.unknown for n in item.owner_names):
                if not (self.create_missing and item.owner_names):
                    pending.append(item.number)
        if first_year:
            self.warnings.append(_("a deadline without a year falls in the plan's first year, %(year)d: items %(items)s")
                                 % {"year": start, "items": ", ".join(first_year)})
        if pending:
            self.warnings.append(_("owner to be assigned: items %(items)s") % {"items": ", ".join(pending)})
        report = self.report
        report.themes, report.items = len(draft.themes), len(draft.items)
        report.owners = list(self.owner_names.values())
        report.deadlines_recognised = recognised
        report.deadlines_unrecognised = unrecognised
        levels = max((t.level for t in draft.themes), default=0) + 1
        fields = {
            "period": f"{start}–{end}" if end != start else str(start),
            "themes": len(draft.themes), "items": len(draft.items), "levels": levels,
            "owners": len(self.owner_names), "owners_to_assign": len(pending),
            "deadlines_recognised": recognised, "deadlines_unrecognised": len(unrecognised),
            "indicators": sum(bool(i.indicator) for i in draft.items),
            "methods": sum(bool(i.method) for i in draft.items),
            "funding": sum(bool(i.funding) for i in draft.items),
        }
        preview = [{
            "number": item.number, "text": item.task, "owners": "; ".join(item.owner_names),
            "deadline": self._deadline_read(item, start),
            "status": _("owner to be assigned") if item.number in pending else "",
        } for item in draft.items]
        title = draft.title or _("Action plan %(year)s") % {"year": fields["period"]}
        report.add_page(title, self.type_name, fields, self.warnings, preview)

    def _deadline_read(self, item, plan_year: int) -> str:
        """The deadline as written and the day it falls due ("IX 2020 r. → 30 września 2020 r."), or its kind."""
        written = item.deadline or "—"
        due = next_due_date(item.parsed, today=datetime.date.today(), calendar=site_calendar(page=self.parent),
                            plan_year=plan_year)
        return f"{written} → {format_day(due)}" if due else f"{written} ({item.parsed.label})"

    # --- writing ----------------------------------------------------------------

    def write(self, user=None) -> list:
        draft, locale, language = self.draft, self.locale, self.language
        positions = dict(self._known)
        if self.create_missing:
            for key, name in self.unknown.items():
                position = Position(title=name[:255], locale=locale, live=False)
                position.save()
                position.save_revision(user=user, log_action=True)
                positions[key] = position
        start, end = self.period
        title = self.report.pages[0].title
        taken = set(self.parent.get_children().values_list("slug", flat=True))
        plan = ActionPlanPage(
            title=title[:255], slug=unique_slug(slug_for(title, language)[:60].strip("-") or "plan", taken),
            period_start=start, period_end=end, locale=locale, live=False,
            intro="".join(f"<p>{escape(paragraph)}</p>" for paragraph in draft.intro),
        )
        plan.themes = [ActionPlanTheme(number=t.number[:20], title=t.title[:500], level=t.level, locale=locale)
                       for t in draft.themes]
        self.parent.add_child(instance=plan)
        plan.save_revision(user=user, log_action=True)
        slugs: set[str] = set()
        for item in draft.items:
            self._write_item(plan, item, positions, slugs, user)
        return [plan]

    def _write_item(self, plan, item, positions, slugs, user) -> ActionItemPage:
        locale, language = self.locale, self.language
        title = item_title(item.task)
        matched, unmatched = [], []
        for name in item.owner_names:
            position = positions.get(owner_key(name))
            if position is None:
                unmatched.append(name)
            elif position.pk not in matched:
                matched.append(position.pk)
        page = ActionItemPage(
            title=title[:255], slug=unique_slug(slug_for(f"{item.number} {title}", language)[:60].strip("-") or "item", slugs),
            number=item.number[:20], theme_number=item.theme_number[:20], task=item.task,
            deadline_text=item.deadline or "", indicator=item.indicator, implementation_method=item.method,
            funding=item.funding, owners_to_assign="\n".join(unmatched), locale=locale, live=False,
        )
        page._plan = plan
        page.owners = [ActionItemOwner(position_id=pk, locale=locale) for pk in matched]
        plan.add_child(instance=page)
        page.save_revision(user=user, log_action=True)
        return page
