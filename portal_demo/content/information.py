"""The demo municipality's legally required pages: the add-on's drafts for its country, completed and published.

Uses the add-on's own drafts of the missing required pages (registry_pages/compliance/drafts.py),
in every language of the site, names the demo's editor and what the demo knows is not accessible,
and publishes them, so the admin's compliance checklist is green. Idempotent.
"""

import datetime

from portal_demo.content.text import T
from registry_pages.compliance.drafts import create_missing_pages
from registry_pages.models import InformationPage

NOT_ACCESSIBLE = T(
    bg="Сканираните заповеди от архива преди 2020 г. са изображения без текст; при нужда ги предоставяме като текст.",
    pl="Zeskanowane zarządzenia z archiwum sprzed 2020 r. są obrazami bez tekstu; na prośbę udostępniamy je jako tekst.",
    uk="Скановані розпорядження з архіву до 2020 р. — зображення без тексту; на прохання надаємо їх як текст.",
    en="Scanned orders from the archive before 2020 are images without text; on request we provide them as text.",
)


def load(home, log=print) -> dict[str, int]:
    create_missing_pages(home.get_site())
    for page in InformationPage.objects.filter(live=False).order_by("path"):
        page = page.get_latest_revision_as_object()
        if page.is_accessibility_statement:
            page.non_accessible_content = getattr(NOT_ACCESSIBLE, page.locale.language_code, NOT_ACCESSIBLE.en)
            page.statement_prepared = datetime.date(2026, 2, 2)
            page.last_reviewed = datetime.date(2026, 9, 15)
        page.save_revision().publish()
    log("  required pages: access to public information and the accessibility statement, in four languages")
    return {"information pages": InformationPage.objects.live().count()}
