"""Helpers of the compliance tests: a site of a given country with no information pages, publishing through the workflow."""

from wagtail.models import Site

from registry_pages.models import InformationPage, MunicipalitySettings
from tests.registry_pages.workflow.support import current_task_state


def site_of_country(country, email="obec@example.org", phone="+48 12 345 67 89"):
    """The default site, set to `country`, with no information page (the demo's are removed in the test's transaction)."""
    site = Site.objects.get(is_default_site=True)
    for page in InformationPage.objects.order_by("-depth"):
        page.delete()
    setting = MunicipalitySettings.for_site(site)
    setting.country, setting.email, setting.phone = country, email, phone
    setting.save()
    return site


def approve(page, author, secretary, mayor):
    """Submit the page's latest revision as `author` and have the secretary and the mayor approve it."""
    page = InformationPage.objects.get(pk=page.pk)
    page.get_workflow().start(page, author)
    current_task_state(page).approve(user=secretary)
    current_task_state(page).approve(user=mayor)
    return InformationPage.objects.get(pk=page.pk)


def home_in(language):
    """The site's home page in `language` (a published copy of the root when the site has none)."""
    from wagtail.models import Locale

    root = Site.objects.get(is_default_site=True).root_page
    locale = Locale.objects.get(language_code=language)
    home = root.get_translation_or_none(locale)
    if home is None:
        home = root.copy_for_translation(locale)
        home.save_revision().publish()
    return home


def published_information_page(parent, kind, title, **fields):
    page = InformationPage(title=title, slug=f"info-{kind}", kind=kind, locale=parent.locale, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return InformationPage.objects.get(pk=page.pk)
