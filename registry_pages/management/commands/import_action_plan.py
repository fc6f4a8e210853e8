"""Import an action plan as drafts: a Word/Excel/web/text table, or lines "1. Theme / 1.1. Item / Срок: / Отговорник:".

    python manage.py import_action_plan plan.docx --parent /plans/ --language pl [--year 2026] [--dry-run]
        [--report json] [--create-missing]

The file is read and checked first; with any error nothing is written and every
problem is printed with where it is ("table 1, row 4", "line 7") in the
`--language` given. The period is read from the plan's title or text unless
`--year` gives its first year. Owners the portal does not know are proposed
(created as draft positions with --create-missing); their items import flagged
"owner to be assigned". See docs/action-plans.md.
"""

from registry_pages.importing.command_output import ImportCommand
from registry_pages.importing.pipeline import import_document


class Command(ImportCommand):
    help = "Import an action plan (.docx, .xlsx, .csv, .html, .txt: a table or numbered lines) as drafts."

    def add_arguments(self, parser):
        parser.add_argument("file", help="A .docx, .xlsx, .csv, .html or .txt file holding the plan.")
        parser.add_argument("--year", type=int, default=None,
                            help="The plan's first year (default: read from the title or text, e.g. “na lata 2025-2026”).")
        self.add_import_arguments(parser)

    def print_text(self, report, dry_run):
        """Every item as read (number, task, deadline and how it was read, owners), then the shared summary."""
        for page in report.pages:
            for row in page.preview:
                self.stdout.write(f"  {row['number']}  {row['text'][:70]}")
                self.stdout.write(f"        {row['deadline']}")
                self.stdout.write(f"        {row['owners'] or '—'}" + (f"  [{row['status']}]" if row["status"] else ""))
        super().print_text(report, dry_run)

    def handle(self, *args, file, year, parent, language, dry_run, report, create_missing, **options):
        result = import_document(file, "action_plan", parent, language, dry_run=dry_run,
                                 create_missing=create_missing, options={"year": year})
        self.finish(result, dry_run=dry_run, output=report, language=language)
