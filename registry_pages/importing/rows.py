"""The CSV/JSON row importers (one row = one page, columns of `docs/importing.md`) behind `import_document`.

A `.json` file, or a `.csv` whose header names the register's own key column
(`title` for services, `name` for NGOs), is read row by row with the row
importer of `registry.IMPORTERS`; each problem is reported as
"line N: <field>: <message>". Everything else goes to the register's
document importer, which reads headers as municipalities write them.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from registry_pages.core.slugs import slug_for
from registry_pages.importing.base import RowError
from registry_pages.importing.blocks import Document
from registry_pages.importing.importer import DocumentImporter
from registry_pages.importing.reader import ReadError, _csv_rows, _json_rows, decode
from registry_pages.importing.registry import importer_class
from registry_pages.importing.runner import unique_slug, validation_messages

KEY_COLUMNS = {"service": "title", "ngo": "name"}


class RowsImporter(DocumentImporter):
    row_importer_class = None

    @classmethod
    def for_type(cls, type_name: str) -> type:
        row_class = importer_class(type_name)
        return type(f"{row_class.__name__}Rows", (cls,), {
            "type_name": type_name, "row_importer_class": row_class, "page_model": row_class.page_model})

    @classmethod
    def accepts(cls, document: Document) -> bool:
        if document.suffix == ".json":
            return True
        if document.suffix != ".csv" or not document.blocks:
            return False
        header = {cell.strip().casefold() for cell in document.blocks[0].rows[0]}
        return KEY_COLUMNS.get(cls.type_name, "") in header

    def read(self, document: Document) -> None:
        report, language = self.report, self.locale.language_code
        try:
            text = decode(document.data)
            rows = _json_rows(text) if document.suffix == ".json" else _csv_rows(text)
        except ReadError as error:
            report.error(_("line %(line)d") % {"line": error.line} if error.line else "", error.message)
            return
        importer = self.row_importer_class(self.parent, self.locale)
        taken = set(self.parent.get_children().values_list("slug", flat=True))
        self.pages = []
        for line, row in rows:
            where = _("line %(line)d") % {"line": line}
            try:
                page = importer.build(row)
                importer.validate(page)
            except RowError as error:
                report.error(where, f"{error.field}: {error.message}")
                continue
            except ValidationError as error:
                for name, message in validation_messages(error):
                    report.error(where, f"{name}: {message}")
                continue
            page.locale, page.live = self.locale, False
            if not page.slug:
                page.slug = unique_slug(slug_for(page.title, language), taken)
            elif page.slug in taken:
                report.error(where, "slug: " + _("“%(slug)s” is already used under this parent") % {"slug": page.slug})
                continue
            else:
                taken.add(page.slug)
            self.pages.append(page)
            report.add_page(page.title, self.type_name, fields=self.fields_of(page))
        if not rows:
            report.error("", _("the file holds no rows to import"))

    def fields_of(self, page) -> dict:
        found = getattr(self.row_importer_class, "report_fields", None)
        return found(page) if found else {}

    def write(self, user=None) -> list:
        for page in self.pages:
            self.parent.add_child(instance=page)
            page.save_revision(user=user, log_action=True)
        return self.pages
