"""Import register pages (service cards, NGOs, ethics codes, reception days) as drafts.

    python manage.py import_registry services.docx --type service --parent /services/ --language bg [--dry-run] [--report json]

The file (.docx, .xlsx, .csv, .json, .html, .txt) is read and checked first;
with any problem nothing is written, every problem is printed with where it is
("line N", "table 2, row 3") in the `--language` given, and the command fails.
The created pages are drafts: they are published through the approval workflow.
"""

from registry_pages.importing.command_output import ImportCommand
from registry_pages.importing.pipeline import TYPES, import_document


class Command(ImportCommand):
    help = "Import register pages from a document or spreadsheet as drafts (all or nothing)."

    def add_arguments(self, parser):
        parser.add_argument("file", help="A .docx, .xlsx, .csv, .json, .html or .txt file.")
        parser.add_argument("--type", required=True, dest="type_name",
                            help="One of: " + ", ".join(t for t in TYPES if t != "action_plan"))
        self.add_import_arguments(parser)

    def handle(self, *args, file, type_name, parent, language, dry_run, report, create_missing, **options):
        result = import_document(file, type_name, parent, language, dry_run=dry_run, create_missing=create_missing)
        self.finish(result, dry_run=dry_run, output=report, language=language)
