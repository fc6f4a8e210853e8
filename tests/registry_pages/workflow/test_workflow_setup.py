"""registry_setup installs "Publication approval" at the root, replacing core's default."""

import io

import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils import translation
from wagtail.models import Page, Workflow, WorkflowPage, WorkflowTask

from registry_pages.models import PublicationApprovalTask, SpendingCoSignatureTask
from registry_pages.workflow.setup import WORKFLOW_NAME, enabled_cosignatures


def _steps():
    workflow = Workflow.objects.get(name=WORKFLOW_NAME)
    return [t.name for t in workflow.tasks]


@pytest.mark.django_db
def test_workflow_on_root_replaces_core_default():
    root = Page.get_first_root_node()
    assert WorkflowPage.objects.get(page=root).workflow.name == WORKFLOW_NAME
    core = Workflow.objects.filter(name="Moderators approval").first()
    assert core is None or not core.active
    assert _steps() == ["Secretary review", "Mayor approval"]


@pytest.mark.django_db
def test_every_language_tree_uses_it(site_root, locales):
    for locale in locales.values():
        home = site_root.get_translation_or_none(locale) or site_root
        assert home.get_workflow().name == WORKFLOW_NAME


@pytest.mark.django_db
def test_tasks_are_group_approvals_for_the_right_groups():
    secretary = PublicationApprovalTask.objects.get(name="Secretary review")
    mayor = PublicationApprovalTask.objects.get(name="Mayor approval")
    assert [g.name for g in secretary.groups.all()] == ["Secretaries"]
    assert [g.name for g in mayor.groups.all()] == ["Mayors"]
    assert SpendingCoSignatureTask.objects.get(name="Chief accountant").groups.get().name == "Chief accountants"


@pytest.mark.django_db
def test_cosignatures_switch_on_in_order_and_survive_setup():
    out = io.StringIO()
    call_command("registry_workflow", "--enable", "chief_accountant", "--enable", "legal_adviser", stdout=out)
    assert _steps() == ["Secretary review", "Legal adviser", "Chief accountant", "Mayor approval"]
    assert "Secretary review → Legal adviser → Chief accountant → Mayor approval" in out.getvalue()
    call_command("registry_setup", stdout=io.StringIO())
    assert enabled_cosignatures() == ["legal_adviser", "chief_accountant"]
    call_command("registry_workflow", "--disable", "legal_adviser", stdout=io.StringIO())
    assert _steps() == ["Secretary review", "Chief accountant", "Mayor approval"]


@pytest.mark.django_db
def test_setup_is_idempotent_and_repairs_a_reassigned_root():
    root = Page.get_first_root_node()
    other = Workflow.objects.create(name="Someone else's")
    WorkflowPage.objects.filter(page=root).update(workflow=other)
    out = io.StringIO()
    call_command("registry_setup", stdout=out)
    assert WorkflowPage.objects.get(page=root).workflow.name == WORKFLOW_NAME
    links = WorkflowTask.objects.count()
    out = io.StringIO()
    with translation.override("en"):
        call_command("registry_setup", stdout=out)
    assert WorkflowTask.objects.count() == links
    assert "nothing changed" in out.getvalue()


def test_settings_a_host_site_needs():
    assert settings.WAGTAIL_FINISH_WORKFLOW_ACTION == "registry_pages.workflow.finish.publish_approved"
    assert settings.WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT is True
    assert settings.WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE is False
