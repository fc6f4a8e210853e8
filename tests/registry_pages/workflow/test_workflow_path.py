"""The whole path, as people live it: draft → submit → rejected with a comment →
fixed → resubmitted → secretary approves (still not live) → mayor approves →
live, with signatures under the page and e-mails at each step."""

import pytest
from django.core import mail
from django.template.loader import render_to_string
from django.test import RequestFactory
from wagtail.models import PageLogEntry

from registry_pages.models import MunicipalitySettings, Position, PositionHolder
from tests.registry_pages.workflow.support import (
    as_user,
    current_task_state,
    draft_page,
    edit,
    reload,
    step_name,
    submit,
    workflow_action,
)


def _recipients():
    return [address for message in mail.outbox for address in message.to]


def _mail_to(address):
    return [m for m in mail.outbox if address in m.to]


def _trail(page, layout=None):
    request = RequestFactory().get("/")
    if layout is not None:
        request._portal_layout = layout  # what the public layout has already loaded
    return render_to_string("registry_pages/includes/approval_trail.html", {"page": page, "request": request})


@pytest.mark.django_db
def test_whole_path(client, site_root, pr_expert, secretary, mayor, django_assert_max_num_queries):
    mayor.first_name, mayor.last_name = "Elena", "Dimitrova"
    mayor.save()
    post = Position.objects.create(locale=site_root.locale, title="Mayor of the municipality")
    PositionHolder.objects.create(position=post, user=mayor)

    page = draft_page(site_root, pr_expert, title="Road repairs notice")
    as_user(client, pr_expert)
    mail.outbox.clear()
    submit(client, page)
    assert step_name(page) == "Secretary review"
    assert secretary.email in _recipients() and mayor.email not in _recipients()

    mail.outbox.clear()
    as_user(client, secretary)
    workflow_action(client, page, "reject", comment="Add the dates of the closure.")
    assert reload(page).current_workflow_state.status == "needs_changes"
    to_author = _mail_to(pr_expert.email)
    assert to_author and "Add the dates of the closure." in to_author[0].body

    as_user(client, pr_expert)
    mail.outbox.clear()
    submit(client, page, title="Road repairs notice, 3–7 June")
    assert step_name(page) == "Secretary review"
    assert secretary.email in _recipients()

    mail.outbox.clear()
    as_user(client, secretary)
    workflow_action(client, page, "approve", comment="Dates checked.")
    page = reload(page)
    assert not page.live and step_name(page) == "Mayor approval"
    assert mayor.email in _recipients()
    to_author = _mail_to(pr_expert.email)
    assert to_author and "Dates checked." in to_author[0].body  # core sends none here (#7542)

    mail.outbox.clear()
    as_user(client, mayor)
    workflow_action(client, page, "approve")
    page = reload(page)
    assert page.live and page.title == "Road repairs notice, 3–7 June"
    assert pr_expert.email in _recipients()
    assert PageLogEntry.objects.filter(page=page, action="wagtail.publish", user=mayor).exists()

    layout = {"municipality": MunicipalitySettings.for_site(site_root.get_site())}
    page.locale  # loaded by the layout too
    with django_assert_max_num_queries(3):  # task states, position holders, translated positions
        html = _trail(page, layout)
    assert "T_Secretary" in html  # the reviewer's name (first name from the fixture)
    assert "Mayor of the municipality" in html and "Elena Dimitrova" in html


@pytest.mark.django_db
def test_trail_can_be_switched_off(site_root, pr_expert, secretary, mayor):
    page = draft_page(site_root, pr_expert, title="Switch off")
    workflow = page.get_workflow()
    workflow.start(page, pr_expert)
    current_task_state(page).approve(user=secretary)
    current_task_state(page).approve(user=mayor)
    page = reload(page)
    assert "T_Mayor" in _trail(page)
    MunicipalitySettings.objects.update_or_create(site=site_root.get_site(), defaults={"show_approval_trail": False})
    assert "T_Mayor" not in _trail(page)


@pytest.mark.django_db
def test_no_trail_for_a_version_published_outside_the_workflow(site_root, pr_expert, secretary, mayor):
    page = draft_page(site_root, pr_expert, title="Bypass")
    page.get_workflow().start(page, pr_expert)
    current_task_state(page).approve(user=secretary)
    current_task_state(page).approve(user=mayor)
    page = reload(page)
    page.title = "Changed by an administrator"
    page.save_revision().publish(skip_permission_checks=True)
    assert _trail(reload(page)).strip() == ""


@pytest.mark.django_db
def test_mayor_edit_goes_back_to_the_secretary(client, site_root, pr_expert, secretary, mayor):
    page = draft_page(site_root, pr_expert, title="Edited at the top")
    page.get_workflow().start(page, pr_expert)
    current_task_state(page).approve(user=secretary)
    as_user(client, mayor)
    edit(client, page, title="Mayor's wording")
    workflow_action(client, page, "approve")
    page = reload(page)
    assert not page.live and step_name(page) == "Secretary review"
    current_task_state(page).approve(user=secretary)
    assert step_name(page) == "Mayor approval"
    current_task_state(page).approve(user=mayor)
    page = reload(page)
    assert page.live and page.title == "Mayor's wording"


@pytest.mark.django_db
def test_secretary_approves_her_own_corrections_once(client, site_root, pr_expert, secretary):
    page = draft_page(site_root, pr_expert, title="Typo")
    page.get_workflow().start(page, pr_expert)
    as_user(client, secretary)
    edit(client, page, title="Typo fixed")
    workflow_action(client, page, "approve")
    assert step_name(page) == "Mayor approval"


@pytest.mark.django_db
def test_rejection_by_the_mayor_reaches_the_secretary(client, site_root, pr_expert, secretary, mayor):
    page = draft_page(site_root, pr_expert, title="Sent back late")
    page.get_workflow().start(page, pr_expert)
    current_task_state(page).approve(user=secretary)
    mail.outbox.clear()
    as_user(client, mayor)
    workflow_action(client, page, "reject", comment="Not before the council meets.")
    assert any("Not before the council meets." in m.body for m in _mail_to(secretary.email))  # #10196
    assert any("Not before the council meets." in m.body for m in _mail_to(pr_expert.email))
