"""Optional co-signatures, scheduled go-live, the report and the dashboard."""

import datetime
import re
from unittest import mock

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from wagtail.models import Page, PageLogEntry, TaskState

from registry_pages.workflow.models import SKIP_LOG_ACTION
from tests.registry_pages.workflow.support import (
    as_user,
    current_task_state,
    draft_page,
    enable,
    reload,
    step_name,
    user_in,
)


@pytest.fixture
def accountant(db):
    enable("chief_accountant")
    return user_in("Chief accountants", "t_accountant")


@pytest.mark.django_db
def test_accountant_skipped_and_logged_when_no_spending(site_root, pr_expert, secretary, accountant):
    page = draft_page(site_root, pr_expert, title="No money involved")
    page.get_workflow().start(page, pr_expert)
    mail.outbox.clear()
    current_task_state(page).approve(user=secretary)
    assert step_name(page) == "Mayor approval"
    skipped = TaskState.objects.get(task__name="Chief accountant", workflow_state__object_id=str(page.pk))
    assert skipped.status == TaskState.STATUS_SKIPPED
    entry = PageLogEntry.objects.get(page=page, action=SKIP_LOG_ACTION)
    assert "Chief accountant" in str(entry.data)
    assert accountant.email not in [a for m in mail.outbox for a in m.to]


@pytest.mark.django_db
def test_accountant_signs_spending_pages(client, site_root, pr_expert, secretary, mayor, accountant, monkeypatch):
    # No concrete register page type in this add-on test: give plain pages the flag.
    monkeypatch.setattr(Page, "involves_spending", True, raising=False)
    page = draft_page(site_root, pr_expert, title="New playground")
    page.get_workflow().start(page, pr_expert)
    mail.outbox.clear()
    current_task_state(page).approve(user=secretary)
    assert step_name(page) == "Chief accountant"
    assert accountant.email in [a for m in mail.outbox for a in m.to]
    as_user(client, mayor)
    client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", current_task_state(page).pk]), {}
    )
    assert step_name(page) == "Chief accountant"  # the mayor cannot sign for the accountant
    current_task_state(page).approve(user=accountant)
    current_task_state(page).approve(user=mayor)
    assert reload(page).live
    assert not PageLogEntry.objects.filter(page=page, action=SKIP_LOG_ACTION).exists()


@pytest.mark.django_db
def test_scheduled_go_live(site_root, pr_expert, secretary, mayor):
    go_live = (timezone.now() + datetime.timedelta(days=3)).replace(microsecond=0)
    page = draft_page(site_root, pr_expert, title="From Monday", go_live_at=go_live)
    page.get_workflow().start(page, pr_expert)
    current_task_state(page).approve(user=secretary)
    current_task_state(page).approve(user=mayor)
    page = reload(page)
    assert not page.live
    assert page.get_latest_revision().approved_go_live_at == go_live
    call_command("publish_scheduled")
    assert not reload(page).live
    with mock.patch("django.utils.timezone.now", return_value=go_live + datetime.timedelta(minutes=1)):
        call_command("publish_scheduled")
    assert reload(page).live


@pytest.mark.django_db
def test_report_lists_pages_in_moderation_and_exports(client, site_root, pr_expert, secretary):
    page = draft_page(site_root, pr_expert, title="Waiting page")
    page.get_workflow().start(page, pr_expert)
    as_user(client, secretary)
    response = client.get(reverse("registry_pages_workflow:report"))
    assert response.status_code == 200
    html = response.content.decode()
    with translation.override("bg"):  # the step named in the reader's language (workflow/names.py)
        step = gettext("Secretary review")
    assert "Waiting page" in html and step in html
    row = next(r for r in html.split("<tr") if "Waiting page" in r)
    cells = [" ".join(re.sub(r"<[^>]+>", " ", c).split()) for c in re.findall(r"<td[^>]*>(.*?)</td>", row, flags=re.S)]
    assert cells[0] == "Waiting page" and page.locale.get_display_name() in cells  # filled on screen, as in the CSV
    assert step in cells and "0" in cells and "—" in cells  # step, days waiting, not a translation
    response = client.get(reverse("registry_pages_workflow:report") + "?export=csv")
    body = b"".join(response.streaming_content).decode() if response.streaming else response.content.decode()
    assert "Waiting page" in body and step in body and "t_pr_expert" in body.lower()


@pytest.mark.django_db
def test_dashboards(client, site_root, pr_expert, secretary):
    page = draft_page(site_root, pr_expert, title="Needs a fix")
    page.get_workflow().start(page, pr_expert)
    other = draft_page(site_root, pr_expert, title="Fresh submission")
    other.get_workflow().start(other, pr_expert)
    current_task_state(page).reject(user=secretary, comment="Wrong phone number.")
    as_user(client, secretary)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Fresh submission" in html  # core "Awaiting your review"
    as_user(client, pr_expert)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "registry-needs-changes" in html and "Wrong phone number." in html
