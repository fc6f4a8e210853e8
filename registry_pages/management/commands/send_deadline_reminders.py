"""E-mail owners about action items due soon and the secretary about overdue ones (each reminder once).

    python manage.py send_deadline_reminders [--days 7] [--dry-run]

Safe to run from cron every day: reminders already sent are recorded and not repeated.
"""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import translation
from django.utils.translation import gettext as _

from registry_pages.action_plans.reminders import send_reminders


class Command(BaseCommand):
    help = "E-mail owners about action items due within N days and the secretary about overdue ones."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=7, help="Remind about items due within this many days (default 7).")
        parser.add_argument("--dry-run", action="store_true", help="Show what would be sent; send and record nothing.")

    def handle(self, *args, days, dry_run, **options):
        run = send_reminders(days=max(days, 0), dry_run=dry_run)
        with translation.override(settings.LANGUAGE_CODE):
            for email, entries in sorted(run.sent.items()):
                numbers = ", ".join(f"{item.number} ({kind})" for kind, item in entries)
                self.stdout.write(f"  {email}: {numbers}")
            for kind, item in run.without_recipient:
                self.stderr.write(_("No e-mail address for item %(number)s %(title)s (%(kind)s): set the position's e-mail "
                                    "or link its holders.") % {"number": item.number, "title": item.title, "kind": kind})
            message = _("%(count)d reminder(s) to %(people)d address(es); %(skipped)d sent before.") % {
                "count": run.reminders, "people": len(run.sent), "skipped": run.already_sent}
            self.stdout.write(self.style.SUCCESS((_("Dry run: ") if dry_run else "") + message))
