"""Import an action plan written as .txt or .docx, as drafts.

    python manage.py import_action_plan plan.docx --parent /plans/ --year 2026 --language bg [--dry-run]

The file is read and checked first; with any error nothing is written and the
bad line is named. See docs/action-plans.md for the file's shape.
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation
from django.utils.translation import gettext as _

from registry_pages.action_plans.importer import import_action_plan
from registry_pages.directory.owners import owner_key
from registry_pages.importing.runner import ImportFailed


class Command(BaseCommand):
    help = "Import an action plan (.txt or .docx: numbered themes and items, deadline and owner lines) as drafts."

    def add_arguments(self, parser):
        parser.add_argument("file", help="A .txt (UTF-8) or .docx file in the plan's shape.")
        parser.add_argument("--parent", required=True, help="The parent page: its id or URL path.")
        parser.add_argument("--year", required=True, type=int, help="The plan's year: months without a year fall in it.")
        parser.add_argument("--language", default="bg", help="Language code of the plan (default bg).")
        parser.add_argument("--dry-run", action="store_true", help="Print what would be imported; write nothing.")

    def handle(self, *args, file, parent, year, language, dry_run, **options):
        with translation.override(settings.LANGUAGE_CODE):
            try:
                result = import_action_plan(file, parent, year, language, dry_run=dry_run)
            except ImportFailed as failure:
                for error in failure.errors:
                    self.stderr.write(str(error))
                raise CommandError(_("Nothing was imported. Fix the file and run the import again.")) from None
            self._summary(result, dry_run)

    def _summary(self, result, dry_run):
        draft, out = result.draft, self.stdout
        out.write(draft.title)
        for theme in draft.themes:
            out.write(f"{theme.number}. {theme.title}")
            for item in theme.items:
                parsed = result.deadlines[item.number]
                kind = str(parsed.label) if parsed.recognised else "!! " + _("not recognised")
                out.write(f"  {item.number}  {item.task[:70]}")
                out.write(f"        {_('Deadline')}: {item.deadline or '—'} [{kind}]")
                out.write(f"        {_('Owners')}: {'; '.join(result.owners[self._key(n)].name for n in item.owners)}")
        new = sum(m.created for m in result.owners.values())
        out.write(_("Owners: %(count)d distinct") % {"count": len(result.owners)})
        for match in result.owners.values():
            out.write(f"  {match.name} ({len(match.items)})")
        for line, text in draft.ignored:
            out.write(_("Left out line %(line)d (after the last item): %(text)s") % {"line": line, "text": text})
        if result.unrecognised:
            out.write(self.style.WARNING(
                _("Deadlines not recognised (kept as written): %(numbers)s") % {"numbers": ", ".join(result.unrecognised)}))
        counts = {"themes": len(draft.themes), "items": len(draft.items), "owners": len(result.owners)}
        if dry_run:
            out.write(self.style.SUCCESS(
                _("Dry run: %(themes)d themes, %(items)d items, %(owners)d owners; nothing was written.") % counts))
            return
        counts["new"] = new
        out.write(self.style.SUCCESS(
            _("Imported %(themes)d themes and %(items)d items as drafts (%(owners)d owners, %(new)d new positions); "
              "submit them for approval to publish them.") % counts))
        out.write(f"  {result.plan.pk}  {result.plan.title}")

    @staticmethod
    def _key(name):
        return owner_key(name)
