"""registry_setup: the add-on's profile is idempotent and grants the right roles."""

import io

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.utils import translation
from wagtail.models import GroupCollectionPermission, GroupPagePermission, Locale

from registry_pages.models import MunicipalitySettings


def _counts():
    return (
        Locale.objects.count(),
        Group.objects.count(),
        Permission.objects.filter(group__isnull=False).count(),
        GroupPagePermission.objects.count(),
        GroupCollectionPermission.objects.count(),
        MunicipalitySettings.objects.count(),
    )


@pytest.mark.django_db
def test_run_twice_changes_nothing_and_says_so():
    call_command("registry_setup", stdout=io.StringIO())
    before = _counts()
    out = io.StringIO()
    with translation.override("en"):
        call_command("registry_setup", stdout=out)
    assert _counts() == before
    assert "nothing changed" in out.getvalue()


@pytest.mark.django_db
def test_locales_and_groups_exist():
    assert set(Locale.objects.values_list("language_code", flat=True)) >= {"bg", "pl", "uk", "en"}
    assert set(Group.objects.values_list("name", flat=True)) >= {"PR experts", "Secretaries", "Mayors"}


@pytest.mark.django_db
@pytest.mark.parametrize("group", ["PR experts", "Secretaries", "Mayors"])
def test_no_role_group_can_publish_directly(group):
    perms = GroupPagePermission.objects.filter(group__name=group).values_list("permission__codename", flat=True)
    assert "publish_page" not in perms


@pytest.mark.django_db
def test_pr_experts_can_edit_pages_and_snippets():
    perms = set(GroupPagePermission.objects.filter(group__name="PR experts").values_list("permission__codename", flat=True))
    assert {"add_page", "change_page"} <= perms
    codenames = set(Group.objects.get(name="PR experts").permissions.values_list("codename", flat=True))
    assert {"add_position", "change_department", "access_admin", "submit_translation"} <= codenames


@pytest.mark.django_db
def test_deleting_a_group_is_repaired_by_a_rerun():
    Group.objects.get(name="Mayors").delete()
    out = io.StringIO()
    call_command("registry_setup", stdout=out)
    assert Group.objects.filter(name="Mayors").exists()
    assert "created group Mayors" in out.getvalue()
