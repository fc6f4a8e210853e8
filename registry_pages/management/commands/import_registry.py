"""Import register pages (service cards, NGOs) from CSV or JSON as drafts.

    python manage.py import_registry services.csv --type service --parent /services/ --language bg

Every row is validated first; with any error nothing is written, each error
is printed as "line N: <field>: <message>" and the command fails. The
created pages are drafts: they are published through the approval workflow.
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation
from django.utils.translation import ngettext

from registry_pages.importing.registry import IMPORTERS
from registry_pages.importing.runner import ImportFailed, run_import


class Command(BaseCommand):
    help = "Import register pages from a UTF-8 CSV or JSON file as drafts (all rows or none)."

    def add_arguments(self, parser):
        parser.add_argument("file", help="A .csv (header row) or .json (list of objects) file in UTF-8.")
        parser.add_argument("--type", required=True, dest="type_name", help="One of: " + ", ".join(sorted(IMPORTERS)))
        parser.add_argument("--parent", required=True, help="The parent page: its id or URL path, e.g. /services/.")
        parser.add_argument("--language", default="bg", help="Language code of the rows (default bg).")

    def handle(self, *args, file, type_name, parent, language, **options):
        # Messages in the site's language, whatever the calling thread had active.
        with translation.override(settings.LANGUAGE_CODE):
            self._import(file, type_name, parent, language)

    def _import(self, file, type_name, parent, language):
        try:
            result = run_import(file, type_name, parent, language)
        except ImportFailed as failure:
            for error in failure.errors:
                self.stderr.write(str(error))
            raise CommandError(
                ngettext(
                    "Nothing was imported: %(count)d error. Fix the file and run the import again.",
                    "Nothing was imported: %(count)d errors. Fix the file and run the import again.",
                    len(failure.errors),
                )
                % {"count": len(failure.errors)}
            ) from None
        for page in result.pages:
            self.stdout.write(f"  {page.pk}  {page.title}")
        self.stdout.write(
            self.style.SUCCESS(
                ngettext(
                    "Imported %(count)d draft page; submit it for approval to publish it.",
                    "Imported %(count)d draft pages; submit them for approval to publish them.",
                    len(result.pages),
                )
                % {"count": len(result.pages)}
            )
        )
