"""Fill an empty portal with generated content the size of a real city.

    python manage.py generate_portal_load --services 10000 --ngos 2000 --plans 50 \
        --items-per-plan 40 --languages bg,pl,uk,en

Refuses when register pages exist already, unless --force. Content families
whose page types are not installed are skipped with a note. Run
`update_index` afterwards: bulk-created pages are not indexed.
"""

import time

from django.core.management.base import BaseCommand, CommandError
from django.db.models import Count
from wagtail.models import Page

from portal_demo.loadgen.runner import run


class Command(BaseCommand):
    help = "Generate services, NGO entries and action plans for load tests (empty database only, unless --force)."

    def add_arguments(self, parser):
        parser.add_argument("--services", type=int, default=0)
        parser.add_argument("--ngos", type=int, default=0)
        parser.add_argument("--plans", type=int, default=0)
        parser.add_argument("--items-per-plan", type=int, default=40)
        parser.add_argument("--languages", default="bg,pl,uk,en", help="Comma-separated; must include the site's language.")
        parser.add_argument("--seed", type=int, default=2026)
        parser.add_argument("--force", action="store_true", help="Add generated content although register pages exist.")
        parser.add_argument("--no-progress", action="store_true")

    def handle(self, *args, **options):
        counts = {key: options[key] for key in ("services", "ngos", "plans", "items_per_plan")}
        if any(value < 0 for value in counts.values()):
            raise CommandError("Counts cannot be negative.")
        existing = (
            Page.objects.filter(content_type__app_label="registry_pages")
            .values("content_type__model").annotate(n=Count("id")).order_by()
        )
        if existing and not options["force"]:
            found = ", ".join(f"{row['n']} {row['content_type__model']}" for row in existing)
            raise CommandError(
                f"The database already holds register pages ({found}). The generator fills an empty portal; "
                "use --force to add generated content anyway."
            )
        languages = [code.strip() for code in options["languages"].split(",") if code.strip()]
        started = time.monotonic()
        try:
            created = run(counts, languages, log=self.stdout.write, show_progress=not options["no_progress"],
                          seed=options["seed"], stream=self.stderr._out)
        except ValueError as error:
            raise CommandError(str(error)) from error
        elapsed = time.monotonic() - started
        for name, count in created.items():
            self.stdout.write(f"  {name}: {count}")
        pages = sum(v for k, v in created.items() if k.endswith(("cards", "entries", "plans", "items")))
        self.stdout.write(self.style.SUCCESS(
            f"Generated {pages} pages in {elapsed:.1f} s ({pages / max(elapsed, 1e-6):,.0f} pages/s). "
            "Run `manage.py update_index` to make them searchable."
        ))
