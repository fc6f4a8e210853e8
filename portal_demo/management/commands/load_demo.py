"""Load the demo municipality: home page in four languages, users, registers.

Idempotent: a second run finds everything in place and creates nothing.
Refuses to run unless the settings allow demo content (PORTAL_DEMO).

`--address HOST:PORT` is where the demo is served (`scripts/demo.sh` passes
the address it runs `runserver` on); without it, the host and port of
WAGTAILADMIN_BASE_URL. The default Site gets that host name and port, so the
absolute addresses the portal gives out (sitemap, API, downloads) answer.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from wagtail.models import Locale

from home.models import HomePage
from portal_demo.content import municipality as demo
from portal_demo.content import synonyms as search_demo
from portal_demo.content.steps import load_all
from portal_demo.content.text import TARGET_LANGUAGES
from portal_demo.content.translate import translate_all
from portal_demo.site_address import (
    address_from_base_url,
    parse_address,
    serve_default_site_on,
)
from registry_pages.models import MunicipalityDetails, MunicipalitySettings
from registry_pages.setup.steps import run_setup

DEMO_PASSWORD_SUFFIX = "-demo-2026"


class Command(BaseCommand):
    help = "Load the demo municipality (demo settings only; idempotent)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--address",
            metavar="HOST:PORT",
            help="Where the demo is served, as given to runserver (default: the host and port of WAGTAILADMIN_BASE_URL).",
        )

    def handle(self, *args, address=None, **options):
        if not getattr(settings, "PORTAL_DEMO", False):
            raise CommandError("Demo content is only loaded with demo settings (PORTAL_DEMO = True).")
        with transaction.atomic():
            site = self._site(address)
            run_setup()
            self._municipality(site)
            home = self._home(site)
            users = self._users()  # before the demo steps: the workflow step links them to positions
            counts = load_all(home, log=self.stdout.write)
            counts.update(search_demo.load(home, log=self.stdout.write))
        _refresh_planner_statistics()
        counts["home pages"] = HomePage.objects.live().count()
        for name, count in sorted(counts.items()):
            self.stdout.write(f"  {name}: {count}")
        self.stdout.write(self.style.SUCCESS(f"Demo loaded at {site.root_url}/ — log in at {site.root_url}/admin/ as:"))
        for username, role in users:
            self.stdout.write(f"  {username:<10} password {username}{DEMO_PASSWORD_SUFFIX}   ({role})")

    def _site(self, address):
        """The default site, on the address the demo is served on."""
        try:
            host, port = parse_address(address) if address else address_from_base_url()
            site = serve_default_site_on(host, port)
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from None
        if (host, port) != address_from_base_url():
            self.stdout.write(
                self.style.WARNING(
                    f"WAGTAILADMIN_BASE_URL is {settings.WAGTAILADMIN_BASE_URL}, not {site.root_url}: "
                    "notification e-mails and the API's detail_url use it."
                )
            )
        return site

    def _municipality(self, site):
        setting = MunicipalitySettings.for_site(site)
        setting.phone, setting.email = demo.PHONE, demo.EMAIL
        setting.save()
        for language, (name, address, hours) in demo.MUNICIPALITY.items():
            MunicipalityDetails.objects.update_or_create(
                setting=setting, language=language, defaults={"name": name, "address": address, "working_hours": hours}
            )

    def _home(self, site):
        home = site.root_page.specific
        source_locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
        if home.locale_id != source_locale.pk:
            raise CommandError("The site's home page is not in the default language.")
        if home.title != demo.HOME_TITLE.bg:
            home.title = home.draft_title = demo.HOME_TITLE.bg
            home.intro = demo.HOME_INTRO.bg
            home.seo_title = ""
            home.search_description = demo.HOME_SEO.bg
            home.save_revision().publish()
        missing = [c for c in TARGET_LANGUAGES if not home.has_translation(Locale.objects.get(language_code=c))]
        if missing:
            translate_all(home, demo.HOME_TEXTS, missing)
        return home

    def _users(self):
        User = get_user_model()
        result = []
        for username, group_name, first, last in demo.DEMO_USERS:
            user, created = User.objects.get_or_create(
                username=username,
                defaults={"first_name": first, "last_name": last, "email": f"{username}@belorechie.example"},
            )
            if created:
                user.set_password(f"{username}{DEMO_PASSWORD_SUFFIX}")
                user.is_superuser = user.is_staff = group_name is None
                user.save()
            if group_name:
                user.groups.add(Group.objects.get(name=group_name))
            result.append((username, group_name or "administrator"))
        return result


def _refresh_planner_statistics():
    """PostgreSQL plans from table statistics that autovacuum gathers only
    later: right after a bulk load it takes the tables for nearly empty and
    chose a nested loop that re-read every search entry once per page (97 ms
    instead of 2 for one search of the demo). ANALYZE gathers them now."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
