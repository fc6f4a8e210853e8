"""A service card taken through the approval workflow, version after version."""

from registry_pages.models import ServiceCardPage
from tests.registry_pages.services.support import card, catalogue, category
from tests.registry_pages.workflow.support import current_task_state

FIRST_SUMMARY = "Издава се удостоверение за наследници. Срокът е седем дни."
SECOND_SUMMARY = "Издава се удостоверение за наследници. Срокът е три работни дни."


def approved_version(page, author, secretary, mayor, **changes):
    """Edit the page as `author`, submit it, and have the secretary and the mayor approve it."""
    page = ServiceCardPage.objects.get(pk=page.pk)
    for name, value in changes.items():
        setattr(page, name, value)
    page.save_revision(user=author)
    page.get_workflow().start(page, author)
    current_task_state(page).approve(user=secretary)
    current_task_state(page).approve(user=mayor)
    return ServiceCardPage.objects.get(pk=page.pk)


def card_published_twice(site_root, pr_expert, secretary, mayor):
    page = card(catalogue(site_root), "Удостоверение за наследници", category("Гражданско състояние"), live=False,
                summary=FIRST_SUMMARY)
    approved_version(page, pr_expert, secretary, mayor)
    return approved_version(page, pr_expert, secretary, mayor, summary=SECOND_SUMMARY)
