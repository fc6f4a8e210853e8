"""One way in for every register: read the file, report what was found, write drafts only when all is well.

    report = import_document(path_or_upload, "service", "/services/", "bg", dry_run=True)

`import_document` is what the commands (`import_registry`, `import_action_plan`)
and the admin import screen call. It resolves the parent page, reads the file
into a `Document`, lets the register's `DocumentImporter` read it into an
`ImportReport`, and writes only when the report has no error and this is not a
dry run: in one transaction, so a file that fails while writing leaves nothing
behind. Messages are in the operator's `language`.

A register adds its importer by naming it in `DOCUMENT_IMPORTERS`. The CSV/JSON
row importers of `registry.IMPORTERS` (the columns of `docs/importing.md`) are
wrapped by `RowsImporter`, so their files keep importing as before.
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import DatabaseError, transaction
from django.utils import translation
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _
from wagtail.models import Locale

from registry_pages.importing.document import read_document
from registry_pages.importing.importer import DocumentImporter  # noqa: F401  (importers subclass it from here too)
from registry_pages.importing.reader import ReadError
from registry_pages.importing.registry import IMPORTERS
from registry_pages.importing.report import ImportReport
from registry_pages.importing.rows import RowsImporter
from registry_pages.importing.runner import ImportFailed, resolve_parent

logger = logging.getLogger(__name__)

DOCUMENT_IMPORTERS: dict[str, str] = {
    "service": "registry_pages.services.document_importer.ServiceDocumentImporter",
    "action_plan": "registry_pages.action_plans.importer.ActionPlanImporter",
    "ngo": "registry_pages.ngos.document_importer.NGODocumentImporter",
    "ethics": "registry_pages.ethics.importer.EthicsCodeImporter",
    "reception": "registry_pages.receptions.importer.ReceptionDaysImporter",
}
TYPES = ("service", "ngo", "ethics", "reception", "action_plan")


def importer_classes(type_name: str) -> list[type]:
    """The importers that may read a file of this register, the row importer first."""
    found = []
    if type_name in IMPORTERS:
        found.append(RowsImporter.for_type(type_name))
    if type_name in DOCUMENT_IMPORTERS:
        found.append(import_string(DOCUMENT_IMPORTERS[type_name]))
    return found


def import_document(source, type_name: str, parent, language: str, *, dry_run: bool = False,
                    create_missing: bool = False, user=None, options: dict | None = None) -> ImportReport:
    """Read `source` (a path or `(file name, bytes)`) as a `type_name` register under `parent`; see the module."""
    language = language or settings.LANGUAGE_CODE
    report = ImportReport()
    with translation.override(language):
        try:
            _run(report, source, type_name, parent, language, dry_run, create_missing, user, options)
        except Exception:  # an importer's own defect must not lose the operator's file or show a traceback
            logger.exception("import of %r as %s failed", getattr(source, "name", source), type_name)
            report.error("", _("The file could not be imported because of an error in the portal; "
                               "nothing was written. The administrators have been told."))
            report.written = False
    return report


def _run(report, source, type_name, parent_reference, language, dry_run, create_missing, user, options):
    classes = importer_classes(type_name)
    if not classes:
        report.error("", _("unknown type “%(type)s”; choose one of: %(types)s")
                     % {"type": type_name, "types": ", ".join(sorted(set(IMPORTERS) | set(DOCUMENT_IMPORTERS)))})
        return
    locale = Locale.objects.filter(language_code=language).first()
    if locale is None:
        report.error("", _("unknown language “%(language)s”") % {"language": language})
        return
    try:
        parent = resolve_parent(parent_reference, locale) if not hasattr(parent_reference, "pk") else parent_reference
    except ImportFailed as failure:
        for message in failure.errors:
            report.error("", message)
        return
    try:
        document = read_document(source)
    except ReadError as error:
        report.error(_("line %(line)d") % {"line": error.line} if error.line else "", error.message)
        return
    chosen = next((cls for cls in classes if cls.accepts(document)), None)
    if chosen is None:
        report.error("", _("a %(suffix)s file cannot be imported as this register; use %(hint)s")
                     % {"suffix": document.suffix, "hint": ".csv, .json"})
        return
    model = chosen.page_model
    if model is not None and not model.can_create_at(parent):
        report.error("", _("a %(model)s cannot be created under “%(parent)s” (a %(parent_type)s)")
                     % {"model": model._meta.verbose_name, "parent": parent.title,
                        "parent_type": parent.specific_class._meta.verbose_name})
        return
    importer = chosen(parent=parent, locale=locale, report=report, create_missing=create_missing, options=options)
    importer.read(document)
    if not report.pages and report.ok:
        report.error("", _("nothing to import was found in the file"))
    if dry_run or not report.ok:
        return
    try:
        with transaction.atomic():
            pages = importer.write(user=user)
    except ValidationError as error:
        messages = error.message_dict.items() if hasattr(error, "message_dict") else [("", error.messages)]
        for name, texts in messages:
            for text in texts:
                report.error(name, text)
        return
    except DatabaseError as error:
        logger.warning("import of %s rolled back: %s", type_name, error)
        report.error("", _("The database refused the import (%(error)s); nothing was written.") % {"error": error})
        return
    report.written = True
    for page_report, page in zip(report.pages, pages or []):
        page_report.page_id = getattr(page, "pk", None)
