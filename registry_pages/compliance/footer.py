"""The footer's links to the information pages of a language (the accessibility statement first).

Registered under `core.layout.FOOTER_LINKS_HOOK`: called once when a language's layout is
built and kept with it in the cache, so a page with a warm layout reads no row for them.
"""

from registry_pages.compliance.models import InformationPage
from registry_pages.compliance.requirements import SectionKind

KIND_ORDER = {kind: position for position, kind in enumerate(SectionKind.values)}


def information_links(home, locale) -> list[dict]:
    if home is None:
        return []
    pages = (
        InformationPage.objects.live().public().descendant_of(home).filter(locale=locale, alias_of__isnull=True)
        .defer("body", "non_accessible_content")
    )
    pages = sorted(pages, key=lambda page: (KIND_ORDER.get(page.kind, len(KIND_ORDER)), page.path))
    return [{"title": page.title, "page": page} for page in pages]
