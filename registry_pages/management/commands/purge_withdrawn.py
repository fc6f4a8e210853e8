from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from registry_pages.record.models import WithdrawnPage
from registry_pages.record.purge import PurgeRefused, purge


class Command(BaseCommand):
    help = _("Purge a withdrawn page from the public register of changes, on a mayor's behalf (logged).")

    def add_arguments(self, parser):
        parser.add_argument("entry", type=int, help="the id of the withdrawn-page entry")
        parser.add_argument("--by", required=True, metavar="USERNAME", help="the mayor's user name")

    def handle(self, *args, **options):
        entry = WithdrawnPage.objects.filter(pk=options["entry"]).first()
        if entry is None:
            raise CommandError(_("No withdrawn page with this number."))
        user = get_user_model().objects.filter(username=options["by"]).first()
        try:
            purge(entry, user)
        except PurgeRefused as refusal:
            raise CommandError(str(refusal)) from refusal
        self.stdout.write(_("Purged: %(title)s") % {"title": entry.title})
