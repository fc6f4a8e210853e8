from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from registry_pages.setup.steps import run_setup


class Command(BaseCommand):
    help = "Set up the municipal registers add-on in this site (idempotent)."

    def handle(self, *args, **options):
        changes = run_setup()
        for change in changes:
            self.stdout.write(f"  {change}")
        if changes:
            self.stdout.write(
                self.style.SUCCESS(
                    ngettext("Registry setup: %(count)d change.", "Registry setup: %(count)d changes.", len(changes))
                    % {"count": len(changes)}
                )
            )
        else:
            self.stdout.write(self.style.SUCCESS(_("Registry setup: already up to date, nothing changed.")))
