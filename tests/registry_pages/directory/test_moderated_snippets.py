"""Directory snippets citizens read on every card are moderated like pages.

Departments, positions, service categories and fields of activity have
drafts and go through the same secretary → mayor workflow; the public
side shows only their approved (live) version.
"""

import datetime as dt

import pytest
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core import mail
from django.db.models.signals import post_save
from django.urls import reverse
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.models import WorkflowContentType
from wagtail_localize.models import Translation, TranslationSource

from registry_pages.core import cache_bumps, cache_tags
from registry_pages.directory.importing import create_snippet
from registry_pages.directory.public import public_versions
from registry_pages.models import (
    ActivityField,
    Department,
    Position,
    ReceptionDaysPage,
    ReceptionSlot,
    ServiceCategory,
)
from registry_pages.setup import groups as profile_groups
from registry_pages.setup import roles
from registry_pages.workflow import setup as profile_workflow
from tests.demo_mark import needs_project_urls
from tests.registry_pages.services.support import card, catalogue, category, department
from tests.registry_pages.support import bg
from tests.registry_pages.workflow.support import as_user

MODELS = (Department, Position, ServiceCategory, ActivityField)


def _edit_url(obj):
    return AdminURLFinder().get_edit_url(obj)


def _department_form(dept, **changes):
    fields = ("name", "address", "room", "phone", "email", "working_hours")
    return {**{name: getattr(dept, name) for name in fields}, **changes}


def _reload(obj):
    return type(obj).objects.get(pk=obj.pk)


def _task_state(obj):
    state = _reload(obj).current_workflow_state
    return state.current_task_state if state else None


def _step(obj):
    task_state = _task_state(obj)
    return task_state.task.name if task_state else None


def _approve(client, user, obj):
    as_user(client, user)
    task_state = _task_state(obj)
    url = reverse(type(obj).snippet_viewset.get_url_name("workflow_action"), args=[obj.pk, "approve", task_state.pk])
    return client.post(url, {"comment": ""})


def _public(client, page):
    client.logout()
    response = client.get(page.url)
    assert response.status_code == 200
    return response.content.decode()


def _api_department(client, page):
    client.logout()
    return client.get(f"/api/v2/pages/{page.pk}/").json()["responsible_department"]


@pytest.mark.django_db
def test_registry_setup_assigns_the_workflow_to_the_snippets_and_repairs_an_old_site():
    workflow = profile_workflow.get_workflow()
    for model in MODELS:
        assert model.get_default_workflow() == workflow
    # A site installed before the snippets were moderated: no assignment yet.
    WorkflowContentType.objects.filter(workflow=workflow).delete()
    assert Department.get_default_workflow() is None
    changes = profile_workflow.ensure_workflow()
    assert any("registry_pages.Department" in change for change in changes)
    assert all(model.get_default_workflow() == workflow for model in MODELS)
    assert not [c for c in profile_workflow.ensure_workflow() if "assign" in c or "replaced" in c]  # idempotent


@pytest.mark.django_db
def test_no_editorial_group_may_publish_a_snippet():
    profile_groups.ensure_groups()
    for model in MODELS:
        codename = f"publish_{model._meta.model_name}"
        ct = ContentType.objects.get_for_model(model)
        assert Permission.objects.filter(content_type=ct, codename=codename).exists()
        for name in roles.ALL_GROUPS:
            assert not Group.objects.get(name=name).permissions.filter(codename=codename).exists(), (name, codename)
    assert Group.objects.get(name=roles.PR_EXPERTS).permissions.filter(codename="change_department").exists()


@pytest.mark.django_db
@needs_project_urls
def test_renamed_department_is_public_only_after_the_mayor_approves(client, site_root, locales, pr_expert, secretary, mayor):
    dept = department()
    old_name = dept.name
    index = catalogue(site_root)
    page = card(index, "Тестова услуга с отдел", category("Тестова категория за отдел"), responsible_department=dept)
    # The Polish card names the same department (not translated yet).
    polish = page.copy_for_translation(locales["pl"], copy_parents=True)
    polish.title = "Usługa testowa z wydziałem"
    polish.save_revision().publish()
    polish = polish.specific_class.objects.get(pk=polish.pk)
    assert polish.responsible_department_id == dept.pk

    as_user(client, pr_expert)
    response = client.post(_edit_url(dept), {**_department_form(dept, name="Отдел „Нов“"), "action-submit": "1"})
    assert response.status_code == 302
    assert _step(dept) == "Secretary review"
    assert _reload(dept).name == old_name and _reload(dept).has_unpublished_changes
    for shown in (page, polish):
        html = _public(client, shown)
        assert "Отдел „Нов“" not in html and "Отдел „Нов“" not in html
        assert "Тестов отдел" in html
    assert _api_department(client, page)["name"] == old_name

    mail.outbox.clear()
    _approve(client, secretary, dept)
    assert _step(dept) == "Mayor approval"
    # The author is told, with a link to the department (not to a page).
    told = [m for m in mail.outbox if pr_expert.email in m.to]
    assert told and _edit_url(dept) in told[0].body and old_name in told[0].subject + told[0].body
    assert "Отдел „Нов“" not in _public(client, page)
    assert _api_department(client, page)["name"] == old_name

    response = _approve(client, mayor, dept)
    assert response.status_code == 302
    dept = _reload(dept)
    assert dept.live and dept.name == "Отдел „Нов“" and not dept.has_unpublished_changes
    assert _step(dept) is None
    for shown in (page, polish):
        assert "Отдел „Нов“" in _public(client, shown)
    assert _api_department(client, page)["name"] == "Отдел „Нов“"


@pytest.mark.django_db
def test_pr_expert_cannot_publish_a_snippet_directly(client, pr_expert):
    dept = department()
    as_user(client, pr_expert)
    response = client.post(_edit_url(dept), {**_department_form(dept, name="Отдел без одобрение"), "action-publish": "1"})
    assert response.status_code in (302, 403)
    assert _reload(dept).name == "Тестов отдел „Гражданско състояние“"
    # Nor take a public one off every card by deleting it.
    delete_url = reverse(Department.snippet_viewset.get_url_name("delete"), args=[dept.pk])
    client.post(delete_url)
    assert Department.objects.filter(pk=dept.pk).exists()


@pytest.mark.django_db
@needs_project_urls
def test_new_position_is_on_no_public_page_until_approved(client, site_root, pr_expert, secretary, mayor):
    as_user(client, pr_expert)
    add_url = reverse(Position.snippet_viewset.get_url_name("add")) + "?locale=bg"
    data = {
        "title": "Тестов главен експерт",
        "holder_name": "Иван Тестов",
        "department": "",
        "email": "expert@example.org",
        "holders-TOTAL_FORMS": "0",
        "holders-INITIAL_FORMS": "0",
        "holders-MIN_NUM_FORMS": "0",
        "holders-MAX_NUM_FORMS": "1000",
        "action-submit": "1",
    }
    response = client.post(add_url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    position = Position.objects.get(title="Тестов главен експерт")
    assert not position.live and _step(position) == "Secretary review"

    index = catalogue(site_root)
    page = card(index, "Тестова услуга с контакт", category("Тестова категория за контакт"), contact_position=position)
    assert "Тестов главен експерт" not in _public(client, page)
    client.logout()
    assert client.get(f"/api/v2/pages/{page.pk}/").json()["contact_position"] is None

    _approve(client, secretary, position)
    assert not _reload(position).live
    assert "Тестов главен експерт" not in _public(client, page)
    _approve(client, mayor, position)
    assert _reload(position).live
    assert "Тестов главен експерт" in _public(client, page)


@pytest.mark.django_db
def test_catalogue_lists_no_category_that_was_never_approved(client, site_root):
    index = catalogue(site_root)
    draft_category = ServiceCategory.objects.create(locale=bg(), name="Неодобрена тестова категория", live=False)
    card(index, "Тестова услуга в чернова категория", draft_category)
    html = _public(client, index)
    assert "Тестова услуга в чернова категория" in html  # the approved card is listed...
    assert "Неодобрена тестова категория" not in html  # ...not under the unapproved category
    assert f"?category={draft_category.pk}" not in html


def _translate(obj, locale, name):
    source, _created = TranslationSource.update_or_create_from_instance(obj)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    po = translation.export_po()
    for entry in po:
        entry.msgstr = name if entry.msgid == obj.name else entry.msgid
    translation.import_po(po, translation_type="manual", tool_name="test")
    return translation


@pytest.mark.django_db
def test_snippet_translation_goes_live_only_when_approved(client, locales, pr_expert, secretary, mayor):
    dept = department()
    translation = _translate(dept, locales["pl"], "Wydział testowy")
    translation.save_target(user=pr_expert, publish=False)  # what "Translate" does with our settings
    polish = dept.get_translation(locales["pl"])
    assert not polish.live

    as_user(client, pr_expert)
    # The translation editor's "Publish" is refused to a PR expert.
    refused = client.post(_edit_url(polish), {"action": "publish"})
    assert refused.status_code == 403 or (refused.status_code == 302 and refused.url == "/admin/")
    assert not _reload(polish).live
    listing = client.get(reverse(Department.snippet_viewset.get_url_name("list_results")) + "?locale=pl")
    url = reverse("registry_pages_workflow:submit_snippet_translation", args=["registry_pages", "department", polish.pk])
    assert url in listing.content.decode()
    assert client.get(url).status_code == 200
    client.post(url)
    assert _step(polish) == "Secretary review"
    _approve(client, secretary, polish)
    assert not _reload(polish).live
    _approve(client, mayor, polish)
    polish = _reload(polish)
    assert polish.live and polish.name == "Wydział testowy"

    # A correction of the live translation stays a draft until approved again.
    _translate(dept, locales["pl"], "Wydział testowy (poprawiony)")
    as_user(client, pr_expert)
    client.post(url)
    assert _reload(polish).name == "Wydział testowy" and _reload(polish).live
    assert _step(polish) == "Secretary review"
    _approve(client, secretary, polish)
    assert _reload(polish).name == "Wydział testowy"
    _approve(client, mayor, polish)
    assert _reload(polish).name == "Wydział testowy (poprawiony)"


@pytest.mark.django_db
def test_sync_cannot_publish_snippet_translations_for_a_pr_expert(client, locales, pr_expert):
    dept = department()
    _translate(dept, locales["pl"], "Wydział do synchronizacji").save_target(publish=False)
    source = TranslationSource.objects.get(object_id=dept.translation_key)
    as_user(client, pr_expert)
    url = reverse("wagtail_localize:update_translations", args=[source.pk])
    response = client.get(url)
    assert response.status_code == 200
    form = response.context["form"]
    assert form.fields["publish_translations"].disabled


@pytest.mark.django_db
def test_imported_owner_is_a_draft_for_a_user_who_cannot_publish(pr_expert):
    draft = create_snippet(Position, pr_expert, title="Внесен тестов собственик", locale=bg())
    assert not draft.live and draft.latest_revision is not None
    assert create_snippet(Position, None, title="Собственик от командния ред", locale=bg()).live


@pytest.mark.django_db
def test_publishing_a_snippet_invalidates_the_page_cache(secretary):
    dept = department()
    dept.name = "Отдел след одобрение"
    revision = dept.save_revision(user=secretary)
    # Not only through the row's save: Wagtail's `published` signal invalidates by itself
    # the pages that read departments (their tag), not the whole cache.
    post_save.disconnect(dispatch_uid="registry_pages.core.page_cache.saved")
    tag = "model:registry_pages.department"
    try:
        before = cache_tags.versions([tag])
        revision.publish(user=secretary, skip_permission_checks=True)
        assert cache_tags.versions([tag]) != before
        before = cache_tags.versions([tag])
        _reload(dept).unpublish()
        assert cache_tags.versions([tag]) != before
    finally:
        cache_bumps.connect()


@pytest.mark.django_db
@needs_project_urls
def test_search_does_not_find_a_card_by_an_unapproved_category_name(client, site_root):
    index = catalogue(site_root)
    draft_category = ServiceCategory.objects.create(locale=bg(), name="Квазиморфна категория", live=False)
    card(index, "Тестова услуга за търсене", draft_category)
    client.logout()
    html = client.get("/bg/search/", {"q": "квазиморфна"}).content.decode()
    assert "Тестова услуга за търсене" not in html
    assert "Квазиморфна категория" not in html
    approved = ServiceCategory.objects.create(locale=bg(), name="Ортоморфна категория")
    card(index, "Одобрена тестова услуга за търсене", approved)
    assert "Одобрена тестова услуга за търсене" in client.get("/bg/search/", {"q": "ортоморфна"}).content.decode()


@pytest.mark.django_db
def test_reception_days_show_only_approved_positions_and_departments(client, site_root, locales):
    hall = Department.objects.create(name="Неодобрена тестова дирекция", locale=bg(), live=False)
    approved = Position.objects.create(title="Одобрен тестов заместник", department=hall, locale=bg())
    draft = Position.objects.create(title="Неодобрен тестов съветник", locale=bg(), live=False)
    page = ReceptionDaysPage(title="Тестови приемни дни", slug="t-snippet-priemni-dni")
    page.slots = [
        ReceptionSlot(position=approved, weekday=1, time_from=dt.time(9), time_to=dt.time(12), room="101"),
        ReceptionSlot(position=draft, weekday=2, time_from=dt.time(9), time_to=dt.time(12), room="102"),
    ]
    site_root.add_child(instance=page)
    page.save_revision().publish()
    html = _public(client, page)
    assert "Одобрен тестов заместник" in html
    assert "Неодобрен тестов съветник" not in html
    assert "Неодобрена тестова дирекция" not in html

    # A translation not approved yet: the approved version in the source language is shown.
    polish = approved.copy_for_translation(locales["pl"])
    polish.title, polish.live = "Niezatwierdzony zastępca", False
    polish.save()
    shown = public_versions([polish], locales["pl"].pk)
    assert shown[polish.pk] == approved
    polish.live = True
    polish.save()
    assert public_versions([approved], locales["pl"].pk)[approved.pk] == polish


@pytest.mark.django_db
def test_ngo_register_shows_and_filters_only_approved_fields_of_activity(client, site_root):
    from tests.registry_pages.ngos.support import activity_field, entry, register

    npo_register = register(site_root)
    approved = activity_field("Одобрена тестова област")
    draft = ActivityField.objects.create(locale=bg(), name="Неодобрена тестова област", live=False)
    npo = entry(npo_register, "Тестово сдружение с области", [approved, draft])
    listing = _public(client, npo_register)
    assert "Тестово сдружение с области" in listing
    assert "Одобрена тестова област" in listing and "Неодобрена тестова област" not in listing
    npo_page = _public(client, npo)
    assert "Одобрена тестова област" in npo_page and "Неодобрена тестова област" not in npo_page


@pytest.mark.django_db
def test_translating_a_snippet_keeps_the_approved_translations_it_names(locales, pr_expert):
    from wagtail_localize.operations import TranslationCreator

    dept = department()
    _translate(dept, locales["pl"], "Wydział zatwierdzony").save_target(publish=False)
    polish_dept = dept.get_translation(locales["pl"])
    polish_dept.get_latest_revision().publish(skip_permission_checks=True)
    _translate(dept, locales["pl"], "Wydział niezatwierdzony")  # pending strings, not submitted
    position = Position.objects.create(title="Тестов инспектор", department=dept, locale=bg())

    TranslationCreator(pr_expert, [locales["pl"]]).create_translations(position)  # "Translate" the position

    polish_dept = _reload(polish_dept)
    assert polish_dept.live and polish_dept.name == "Wydział zatwierdzony"
    polish_position = position.get_translation(locales["pl"])
    assert not polish_position.live  # a new translation is a draft
    # Administrators can still unpublish.
    polish_dept.unpublish()
    assert not _reload(polish_dept).live
