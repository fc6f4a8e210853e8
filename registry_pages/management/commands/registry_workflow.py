from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from registry_pages.workflow.setup import (
    COSIGNATURES,
    TASKS,
    enabled_cosignatures,
    get_workflow,
    set_cosignature,
)


class Command(BaseCommand):
    help = _(
        "Show the publication workflow, or switch the optional co-signatures "
        "(legal_adviser, chief_accountant) on or off."
    )

    def add_arguments(self, parser):
        parser.add_argument("--enable", action="append", default=[], choices=COSIGNATURES, metavar="TASK")
        parser.add_argument("--disable", action="append", default=[], choices=COSIGNATURES, metavar="TASK")

    def handle(self, *args, **options):
        both = set(options["enable"]) & set(options["disable"])
        if both:
            raise CommandError(_("Cannot enable and disable the same task: %(tasks)s") % {"tasks": ", ".join(both)})
        changes = []
        for key in options["enable"]:
            changes += set_cosignature(key, True)
        for key in options["disable"]:
            changes += set_cosignature(key, False)
        for change in changes:
            self.stdout.write(f"  {change}")
        workflow = get_workflow()
        if workflow is None:
            raise CommandError(_("The publication workflow is not installed: run registry_setup first."))
        enabled = set(enabled_cosignatures(workflow))
        steps = [TASKS[key][0] for key in TASKS if not TASKS[key][3] or key in enabled]
        self.stdout.write(_("%(workflow)s: %(steps)s") % {"workflow": workflow.name, "steps": " → ".join(steps)})
