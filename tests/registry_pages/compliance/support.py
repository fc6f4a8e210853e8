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
