"""The import commands' shared options and output: the report as text for a person, or as JSON for a script."""

import json

from django.core.management.base import BaseCommand, CommandError
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext


class ImportCommand(BaseCommand):
    def add_import_arguments(self, parser):
        parser.add_argument("--parent", required=True, help="The parent page: its id or URL path, e.g. /services/.")
        parser.add_argument("--language", default="bg",
                            help="Language code of the file (default bg); messages are printed in it too.")
        parser.add_argument("--dry-run", action="store_true", help="Read and report; write nothing.")
        parser.add_argument("--report", choices=["text", "json"], default="text",
                            help="json: print the report as JSON on stdout (the same on a dry run).")
        parser.add_argument("--create-missing", action="store_true",
                            help="Create the categories, departments and positions the file names but the portal lacks, as drafts.")

    def finish(self, report, *, dry_run: bool, output: str, language: str):
        with translation.override(language):
            if output == "json":
                self.stdout.write(json.dumps(report.as_json(), ensure_ascii=False, indent=2))
                for problem in report.errors:  # for the person watching; stdout stays the JSON alone
                    self.stderr.write(str(problem))
            else:
                self.print_text(report, dry_run)
            if not report.ok:
                raise CommandError(ngettext(
                    "Nothing was imported: %(count)d error. Fix the file and run the import again.",
                    "Nothing was imported: %(count)d errors. Fix the file and run the import again.",
                    len(report.errors)) % {"count": len(report.errors)})

    def print_text(self, report, dry_run):
        out = self.stdout
        for problem in report.errors:
            self.stderr.write(str(problem))
        for page in report.pages:
            found = ", ".join(f"{name} {value}" for name, value in page.fields.items() if value not in (0, False, None, ""))
            out.write(f"  {page.page_id or '-'}  {page.title}" + (f"  [{found}]" if found else ""))
            for warning in page.warnings:
                out.write("      ! " + warning)
        labels = {"categories": _("service categories"), "departments": _("departments"), "positions": _("positions")}
        for kind, names in report.proposed.items():
            if names:
                out.write(self.style.WARNING(_("Not in the portal yet (%(kind)s): %(names)s")
                                             % {"kind": labels.get(kind, kind), "names": "; ".join(names)}))
        if report.deadlines_unrecognised:
            out.write(self.style.WARNING(_("Deadlines not recognised (kept as written): %(list)s")
                                         % {"list": "; ".join(report.deadlines_unrecognised)}))
        if not report.ok:
            return
        if dry_run:
            out.write(self.style.SUCCESS(ngettext(
                "Dry run: %(count)d page would be imported; nothing was written.",
                "Dry run: %(count)d pages would be imported; nothing was written.",
                len(report.pages)) % {"count": len(report.pages)}))
            return
        out.write(self.style.SUCCESS(ngettext(
            "Imported %(count)d draft page; submit it for approval to publish it.",
            "Imported %(count)d draft pages; submit them for approval to publish them.",
            len(report.pages)) % {"count": len(report.pages)}))
