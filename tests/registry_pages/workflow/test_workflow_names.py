"""The workflow and its steps are found by key and named in each reader's admin language;
a name an administrator gave them shows as they wrote it (registry_pages/workflow/names.py)."""

import importlib
import io

import pytest
from django.apps import apps
from django.core.management import call_command
from django.template import Context, Template
from django.urls import reverse
from django.utils import translation
from wagtail.models import PageLogEntry, Task, Workflow

from registry_pages.models import PublicationApprovalTask
from registry_pages.workflow import names
from registry_pages.workflow.models import WorkflowRole
from registry_pages.workflow.setup import TASKS, ensure_workflow, get_task, get_workflow
from tests.registry_pages.workflow.support import (
    as_user,
    current_task_state,
    draft_page,
    superuser,
)

IN = {
    "bg": ("Одобрение за публикуване", "Преглед от секретаря", "Одобрение от кмета"),
    "pl": ("Zatwierdzenie do publikacji", "Sprawdzenie przez sekretarza", "Zatwierdzenie przez burmistrza"),
    "uk": ("Затвердження до публікації", "Перевірка секретарем", "Затвердження міським головою"),
}


def _shown(value, language):
    with translation.override(language):
        return Template("{{ value }}|{% load i18n %}{% blocktrans with v=value|safe %}{{ v }}{% endblocktrans %}").render(
            Context({"value": value})
        )


@pytest.mark.django_db
@pytest.mark.parametrize("language", sorted(IN))
def test_our_names_are_stored_in_english_and_read_in_the_readers_language(language):
    workflow, secretary, mayor = get_workflow(), get_task("secretary"), get_task("mayor")
    assert Workflow.objects.filter(pk=workflow.pk, name="Publication approval").exists()  # the msgid, stored
    expected = IN[language]
    assert _shown(workflow.name, language) == f"{expected[0]}|{expected[0]}"
    with translation.override(language):
        # Wagtail formats them with %, str.format and str(); its base Task too, not only ours.
        assert "Submit to %(name)s" % {"name": workflow.name} == f"Submit to {expected[0]}"
        assert "{0}".format(Task.objects.get(pk=secretary.pk).name) == expected[1]
        assert str(mayor.name) == expected[2]
        assert _shown(Task.objects.get(pk=mayor.pk), language).startswith(expected[2])  # {{ task }}


@pytest.mark.django_db
def test_a_name_the_administrator_gave_shows_as_written_and_the_key_still_finds_it():
    secretary = get_task("secretary")
    secretary.name = "Проверка от деловодството"
    secretary.save()
    workflow = get_workflow()
    workflow.name = "Одобрение по чл. 14"
    workflow.save()
    tasks_before = Task.objects.count()
    assert ensure_workflow() == []  # nothing to create: found by key, not by name
    assert Task.objects.count() == tasks_before
    for language in IN:
        assert _shown(get_task("secretary").name, language).startswith("Проверка от деловодството|")
        assert _shown(get_workflow().name, language).startswith("Одобрение по чл. 14|")


@pytest.mark.django_db
def test_saving_a_default_name_as_the_editor_shows_it_keeps_it_translated():
    """The Task editor shows the name translated; saved unchanged, it stays the msgid."""
    mayor = get_task("mayor")
    mayor.name = "  Одобрение от кмета "
    mayor.save()
    assert PublicationApprovalTask.objects.filter(pk=mayor.pk, name="Mayor approval").exists()
    assert _shown(get_task("mayor").name, "pl").startswith("Zatwierdzenie przez burmistrza|")


@pytest.mark.django_db
def test_an_install_from_before_the_keys_is_adopted_not_duplicated():
    PublicationApprovalTask.objects.update(role="")
    WorkflowRole.objects.all().delete()
    assert get_workflow() is None and get_task("secretary") is None
    tasks, workflows = Task.objects.count(), Workflow.objects.count()
    migration = importlib.import_module("registry_pages.migrations.0008_workflow_roles_fill")
    migration.fill_roles(apps, None)
    assert get_workflow().name == "Publication approval"
    assert {key: getattr(get_task(key), "name", None) for key in ("secretary", "mayor")} == {
        "secretary": "Secretary review",
        "mayor": "Mayor approval",
    }
    PublicationApprovalTask.objects.update(role="")
    WorkflowRole.objects.all().delete()
    call_command("registry_setup", stdout=io.StringIO())  # registry_setup adopts them as well
    assert (Task.objects.count(), Workflow.objects.count()) == (tasks, workflows)
    assert all(get_task(key) is not None for key in ("secretary", "mayor"))
    assert get_task("secretary").role == "secretary" and TASKS["secretary"][0] == "Secretary review"


@pytest.mark.django_db
@pytest.mark.parametrize("language", sorted(IN))
def test_the_history_names_the_steps_in_the_readers_language(client, site_root, pr_expert, secretary, language):
    page = draft_page(site_root, pr_expert, title="History notice")
    page.get_workflow().start(page, pr_expert)
    current_task_state(page).approve(user=secretary)
    entry = PageLogEntry.objects.filter(page=page, action="wagtail.workflow.approve").get()
    assert entry.data["workflow"]["task"]["title"] == "Secretary review"  # logged as stored
    with translation.override(language):
        message = entry.message
    assert IN[language][1] in message and IN[language][2] in message and "Secretary" not in message
    admin = superuser()
    from wagtail.users.models import UserProfile

    UserProfile.objects.update_or_create(user=admin, defaults={"preferred_language": language})
    html = as_user(client, admin).get(reverse("wagtailadmin_pages:history", args=[page.pk])).content.decode()
    assert IN[language][1] in html and "Secretary review" not in html


def test_default_names_are_translated_in_every_admin_language():
    for language, expected in IN.items():
        with translation.override(language):
            shown = [str(names.DefaultName(name)) for name in (names.WORKFLOW_NAME, names.SECRETARY_REVIEW, names.MAYOR_APPROVAL)]
            others = [str(names.DefaultName(name)) for name in names.DEFAULT_NAMES]
        assert tuple(shown) == expected
        assert not set(others) & names.DEFAULT_NAMES, f"a default name is not translated in {language}"
