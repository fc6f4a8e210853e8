"""The pages the footer links in each language: the published information pages (in tree order).

Registered under `core.layout.FOOTER_PAGES_HOOK`: read in the layout's own query for the home page
and its menu, once per language, and kept with the layout, so the footer costs no query.
"""

from registry_pages.compliance.models import InformationPage


def information_pages(home_path, locale):
    return InformationPage.objects.live().filter(path__startswith=home_path, locale=locale, alias_of__isnull=True)
