"""NGO lists as municipalities publish them: one register entry per organisation.

A list is a table in a Word file, a spreadsheet, a saved web page or text
(cells separated by "|" or tabs, or one cell per line as copied out of a
PDF), headed in the municipality's language (`document_columns`); a list
without a table is read from its numbered lines ("1. Народно читалище
„Просвета“ – с. Горно поле"). Often a list gives only a name and a locality:
that is enough. What is not known stays empty and is said in the page's
warnings:

* the legal form: from its column, else from the start of the name
  ("OSP w …", "ГО «…»"), else "other";
* the fields of activity: names of the *fields of activity* of the language;
  an unknown one is proposed (`proposed.categories`) and created as a draft
  with `create_missing`; without any the entry is listed as unclassified;
* the head's name is kept but published only with consent, or when the
  operator says the list was copied from a public register
  (`options["head_name_basis"] = "public_register"`); a phone only with consent.

Nothing is written by `read`; `write` creates the entries as drafts.
"""

from __future__ import annotations

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from registry_pages.core.slugs import slug_for
from registry_pages.importing.base import RowError
from registry_pages.importing.document import Document, regroup_cells
from registry_pages.importing.importer import DocumentImporter
from registry_pages.importing.runner import unique_slug, validation_messages
from registry_pages.models import (
    ActivityField,
    NGOActivity,
    NGOActivityFieldLink,
    NGOEntryPage,
)
from registry_pages.ngos.document_columns import column_of, header_columns
from registry_pages.ngos.importer import NGOImporter, paragraphs
from registry_pages.ngos.legal_forms import LegalForm, legal_form_in_text
from registry_pages.ngos.models import HeadNameBasis

# "=HYPERLINK(…)" in a CSV; "HYPERLINK(…)" as the spreadsheet reader gives a formula without its cached value
_FORMULA = re.compile(r"^(?:[=+@]\s*[A-Za-z_][A-Za-z0-9_.]*\s*\(|[A-Z][A-Z0-9.]{2,}\(.*\)$)", re.S)
_NUMBERED = re.compile(r"^\s*(\d{1,4})\s*[.)]\s+(.+)$")
_SEAT_SEPARATOR = re.compile(r"\s+[–—-]\s+|,\s+")
_CLOSING_QUOTES = "“”»\""
_MANY = re.compile(r"\s*(?:[;|\n]|,\s+)\s*")  # fields of activity: "Култура, образование"
_LINES = re.compile(r"\s*[;|\n]\s*")  # activities: a comma may be inside one
_TEXT_COLUMNS = ("short_name", "registration_number", "seat_address", "head_title", "head_name", "phone", "email", "website")


def name_and_seat(text: str) -> tuple[str, str]:
    """ "Народно читалище „Просвета – 1905“ – с. Горно поле" → the name and the locality after it
    (a dash or comma inside the quoted name does not split it)."""
    closing = max(text.rfind(quote) for quote in _CLOSING_QUOTES)
    match = _SEAT_SEPARATOR.search(text, closing + 1)
    if match is None:
        return text.strip(), ""
    return text[:match.start()].strip(), text[match.end():].strip()


class NGODocumentImporter(DocumentImporter):
    type_name = "ngo"
    page_model = NGOEntryPage

    def read(self, document: Document) -> None:
        self.pages: list[NGOEntryPage] = []
        self.new_fields: dict[str, str] = {}  # casefolded name → name as first written
        self._rows = NGOImporter(self.parent, self.locale)
        self._taken = set(self.parent.get_children().values_list("slug", flat=True))
        self._known = {f.name.strip().casefold(): f for f in ActivityField.objects.filter(locale=self.locale)}
        basis = self.options.get("head_name_basis") or HeadNameBasis.CONSENT
        self._basis = basis if basis in HeadNameBasis.values else HeadNameBasis.CONSENT
        rows = self._table_rows(document) or self._listed_rows(document)
        if not rows:
            self.report.error(document.name, _(
                "no list of organisations was found: the file needs a table with a column of names "
                "(e.g. “Наименование”, “Nazwa”, “Назва”) or numbered lines with the names"))
            return
        for where, values in rows:
            self._read_row(where, values)

    # -- finding the rows ----------------------------------------------------------------------

    def _table_rows(self, document: Document) -> list[tuple[str, dict]]:
        found = []
        for table in document.tables():
            columns, start = None, 0
            for index, row in enumerate(table.rows[:6]):
                columns = header_columns(row)
                if columns:
                    start = index + 1
                    break
            if not columns:
                continue
            for row, where in zip(table.rows[start:], table.row_where[start:]):
                values = {column: row[i] for i, column in columns.items() if i < len(row)}
                if any(str(value).strip() for key, value in values.items() if key != "number"):
                    found.append((where or table.where, values))
        return found or self._regrouped_rows(document)

    def _regrouped_rows(self, document: Document) -> list[tuple[str, dict]]:
        """A table copied out of a PDF: its header cells one per line, then its cells one per line."""
        blocks = [b for b in document.text_blocks() if b.text]
        lines = [b.text for b in blocks]
        for start in range(len(lines)):
            header = []
            for line in lines[start:start + 12]:
                if column_of(line) is None:
                    break
                header.append(line)
            columns = header_columns(header) if len(header) >= 2 else None
            if columns:
                rows = regroup_cells(lines[start:], header)
                wheres = [b.where for b in blocks[start + len(header)::len(header)]]
                return [(wheres[n] if n < len(wheres) else "", {c: row[i] for i, c in columns.items()})
                        for n, row in enumerate(rows) if any(row)]
        return []

    def _listed_rows(self, document: Document) -> list[tuple[str, dict]]:
        """Numbered lines "1. Name – locality" (a list in a Word file or a web page)."""
        found = []
        for block in document.text_blocks():
            match = _NUMBERED.match(block.text)
            if match:
                name, seat = name_and_seat(match.group(2))
                found.append((block.where, {"name": name, "seat_address": seat}))
        return found

    # -- one organisation ----------------------------------------------------------------------

    def _read_row(self, where: str, values: dict) -> None:
        values = {key: str(value or "").strip() for key, value in values.items()}
        for key, value in values.items():
            if _FORMULA.match(value):
                self.report.error(where, _("%(column)s: “%(value)s” is a spreadsheet formula, not a value; "
                                           "paste the value instead") % {"column": key, "value": value[:60]})
                return
        name = " ".join(values.get("name", "").split())
        if not name:
            self.report.error(where, _("the organisation's name is empty"))
            return
        warnings = []
        legal_form = self._legal_form(values.get("legal_form", ""), name, where)
        if legal_form is None:
            return
        if legal_form == LegalForm.OTHER and not values.get("legal_form"):
            warnings.append(_("legal form not stated: set to “other”"))
        page = NGOEntryPage(title=name, legal_form=legal_form, head_name_basis=self._basis, locale=self.locale, live=False,
                            **{key: " ".join(values.get(key, "").split()) for key in _TEXT_COLUMNS})
        page.statutory_goals = paragraphs(values.get("statutory_goals", ""))
        try:
            page.date_registered = self._rows.date(values.get("date_registered"), "date_registered")
        except RowError as error:
            self.report.error(where, f"{error.field}: {error.message}")
            return
        fields = self._fields(values.get("fields", ""), warnings)
        page.activity_field_links = [NGOActivityFieldLink(activity_field=f, sort_order=i, locale=self.locale)
                                     for i, f in enumerate(f for f in fields if isinstance(f, ActivityField))]
        page._new_field_names = [f for f in fields if isinstance(f, str)]
        activities = [a for a in _LINES.split(values.get("activities", "")) if a]
        page.activities = [NGOActivity(title=a[:255], sort_order=i, locale=self.locale) for i, a in enumerate(activities)]
        try:
            self._rows.validate(page)
        except ValidationError as error:
            for field, message in validation_messages(error):
                self.report.error(where, f"{field}: {message}")
            return
        page.slug = unique_slug(slug_for(page.title, self.locale.language_code), self._taken)
        if page.head_name and not page.head_name_is_public:
            warnings.append(_("the head's name is kept but not published until the organisation consents"))
        if page.phone:
            warnings.append(_("the phone is kept but not published until the organisation consents"))
        if not fields:
            warnings.append(_("no field of activity: listed as unclassified"))
        self.pages.append(page)
        report_fields = {
            "legal_form": not (legal_form == LegalForm.OTHER and not values.get("legal_form")),
            "seat_address": bool(page.seat_address),
            "registration_number": bool(page.registration_number), "fields_of_activity": len(fields),
            "head_name": bool(page.head_name), "contacts": bool(page.phone or page.email or page.website),
            "statutory_goals": bool(page.statutory_goals), "activities": len(activities),
        }
        preview = [{"legal_form": str(LegalForm(legal_form).label), "seat_address": page.seat_address,
                    "fields_of_activity": ", ".join(f if isinstance(f, str) else f.name for f in fields)}]
        self.report.add_page(page.title, self.type_name, fields=report_fields, warnings=warnings, preview=preview)

    def _legal_form(self, cell: str, name: str, where: str) -> str | None:
        if cell:
            code = legal_form_in_text(cell, whole=True) or legal_form_in_text(cell)
            if code is None:
                self.report.error(where, _("“%(value)s” is not a legal form the register knows")
                                  % {"value": cell})
            return code
        return legal_form_in_text(name) or LegalForm.OTHER

    def _fields(self, cell: str, warnings: list) -> list:
        """Known fields (objects) and unknown ones (names, proposed) of a cell."""
        found = []
        for name in (" ".join(part.split()) for part in _MANY.split(cell)):
            if not name:
                continue
            known = self._known.get(name.casefold())
            if known is not None:
                found.append(known)
                continue
            self.report.propose("categories", name)
            self.new_fields.setdefault(name.casefold(), name)
            if self.create_missing:
                found.append(name)
            else:
                warnings.append(_("unknown field of activity “%(name)s”: proposed, not linked") % {"name": name})
        return found

    # -- writing -------------------------------------------------------------------------------

    def write(self, user=None) -> list:
        created = {}
        if self.create_missing:
            for key, name in self.new_fields.items():
                field = ActivityField(locale=self.locale, name=name, live=False)
                field.save()
                field.save_revision(user=user)
                created[key] = field
        for page in self.pages:
            links = list(page.activity_field_links.all())
            for name in page._new_field_names:
                links.append(NGOActivityFieldLink(activity_field=created[name.casefold()], locale=self.locale))
            for order, link in enumerate(links):
                link.sort_order = order
            page.activity_field_links = links
            self.parent.add_child(instance=page)
            page.save_revision(user=user, log_action=True)
        return self.pages
