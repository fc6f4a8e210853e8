"""Create drafts of the required pages a site is missing, in its main language and its translations.

For each required section of the site's country (`requirements.py`) that has no information page
in the site's main language, a draft is added under the home page with the starting text of that
language (`texts.py`); each other language tree of the site gets a draft translation of it (same
translation key) with that language's text. Nothing is published: the drafts go through the
approval workflow like any page. Idempotent: a second run creates nothing.
"""

from django.db import transaction
from django.utils import timezone

from registry_pages.compliance.checklist import site_checklist
from registry_pages.compliance.models import InformationPage
from registry_pages.compliance.texts import draft_texts
from registry_pages.core.site_settings import MunicipalitySettings
from registry_pages.core.slugs import free_child_slug, slug_for


def _draft(parent, kind, country, setting, translation_of=None, user=None) -> InformationPage:
    language = parent.locale.language_code
    texts = draft_texts(kind, language, country, setting, setting.details_for(language) if setting else None)
    page = InformationPage(
        title=texts["title"], slug=free_child_slug(parent, slug_for(texts["title"], language)), kind=kind,
        body=texts["body"], non_accessible_content=texts.get("non_accessible_content", ""), live=False,
        locale=parent.locale, owner=user,
        statement_prepared=timezone.localdate() if "non_accessible_content" in texts else None,
    )
    if translation_of is not None:
        page.translation_key = translation_of.translation_key
    parent.add_child(instance=page)
    page.save_revision(user=user, log_action=True)
    return page


def create_missing_pages(site, user=None) -> list[InformationPage]:
    """Drafts of the required pages `site` lacks (see the module's docstring); returns them."""
    checklist = site_checklist(site)
    if not checklist.missing_kinds:
        return []
    setting = MunicipalitySettings.for_site(site)
    home = checklist.home
    other_homes = list(home.get_translations().select_related("locale"))
    created = []
    with transaction.atomic():
        for kind in checklist.missing_kinds:
            page = _draft(home, kind, checklist.country, setting, user=user)
            created.append(page)
            for other in other_homes:
                created.append(_draft(other, kind, checklist.country, setting, translation_of=page, user=user))
    return created
