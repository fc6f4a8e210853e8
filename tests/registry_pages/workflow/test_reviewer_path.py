"""The reviewer's path: Approve is the main button, "Awaiting your review" comes first with its
steps in words, the mayor lands on a page they may see after approving and has a Pages menu."""

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext, pgettext
from wagtail.models import TaskState

from tests.registry_pages.workflow.support import (
    as_user,
    current_task_state,
    draft_page,
    edit_data,
    reload,
    user_in,
    workflow_action,
)

pytestmark = pytest.mark.django_db


def _at_step(site_root, step, title):
    author = user_in("PR experts", f"t_author_{step}")
    page = draft_page(site_root, author, title=title)
    page.get_workflow().start(page, author)
    if step == 2:
        current_task_state(page).approve(user=user_in("Secretaries", "t_other_secretary"))
    return reload(page)


def _action_menu(client, page):
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    return response.context["action_menu"]


@pytest.mark.parametrize("step,role", [(1, "secretary"), (2, "mayor")])
def test_the_reviewers_main_button_is_approve_in_their_language(client, site_root, secretary, mayor, step, role):
    page = _at_step(site_root, step, f"Review me {step}")
    as_user(client, {"secretary": secretary, "mayor": mayor}[role])
    menu = _action_menu(client, page)
    assert menu.default_item.name == "approve" and not menu.default_item.launch_modal
    names = [item.name for item in menu.menu_items]
    assert names[:2] == ["approve", "reject"]  # with a comment, then "Request changes"; Save draft after them
    assert "action-save-draft" not in names[:2]
    labels = [str(menu.default_item.label)] + [str(item.label) for item in menu.menu_items[:2]]
    for language in ("bg", "pl", "uk"):
        with translation.override(language):
            translated = [str(item.label) for item in [menu.default_item, *menu.menu_items[:2]]]
            assert translated == [
                pgettext("workflow action", "Approve"),
                pgettext("workflow action", "Approve with comment"),
                pgettext("workflow action", "Request changes"),
            ]
            assert not set(translated) & {"Approve", "Approve with comment", "Request changes"}, language
    assert labels  # rendered in the admin's language


def test_the_author_gets_no_review_action_first(client, site_root, pr_expert):
    page = draft_page(site_root, pr_expert, title="My own page")
    as_user(client, pr_expert)
    assert _action_menu(client, page).default_item.name == "action-save-draft"  # a draft: Save draft first
    page.get_workflow().start(page, pr_expert)
    menu = _action_menu(client, reload(page))  # in review (locked for the author): no approve/reject anywhere
    assert not {"approve", "reject"} & {item.name for item in [menu.default_item, *menu.menu_items]}


def test_awaiting_your_review_comes_first_and_names_the_steps(client, site_root, secretary):
    _at_step(site_root, 1, "Waiting for the secretary")
    as_user(client, secretary)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    start = html.index('id="awaiting-review-section"')
    assert "Waiting for the secretary" in html[start:]
    for other in ('id="registry-action-items-due', 'id="registry-needs-changes', "recent-edits"):
        assert other not in html or html.index(other) > start, other
    panel = html[start:html.index("</table>", start)]
    with translation.override("bg"):  # the steps named in the reviewer's language (workflow/names.py)
        secretary_step, mayor_step = gettext("Secretary review"), gettext("Mayor approval")
        assert secretary_step != "Secretary review"
        assert gettext("Step %(number)s of %(count)s: %(step)s") % {
            "number": 1, "count": 2, "step": secretary_step} in panel
        assert f"{secretary_step}: {gettext('awaiting review')}" in panel
        assert f"{mayor_step}: {gettext('not started')}" in panel


def test_the_mayor_lands_on_the_dashboard_after_approving_from_it(client, site_root, mayor):
    page = _at_step(site_root, 2, "Approve from the dashboard")
    as_user(client, mayor)
    response = workflow_action(client, page, "approve")
    assert current_task_state(page) is None and reload(page).live
    assert response.status_code == 302 and response.url == reverse("wagtailadmin_home")
    assert client.get(response.url).status_code == 200


def test_the_mayor_may_see_where_the_editor_sends_them_after_approving(client, site_root, mayor):
    page = _at_step(site_root, 2, "Approve in the editor")
    state = current_task_state(page)
    as_user(client, mayor)
    data = edit_data(page, **{"action-workflow-action": "1", "workflow-action-name": "approve"})
    response = client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
    state.refresh_from_db()
    assert state.status == TaskState.STATUS_APPROVED and reload(page).live
    assert response.status_code == 302
    assert client.get(response.url).status_code == 200  # not "you do not have permission"


def test_the_mayor_has_a_pages_menu_but_no_editor(client, site_root, mayor):
    from django.test import RequestFactory
    from wagtail.admin.menu import admin_menu

    request = RequestFactory().get(reverse("wagtailadmin_home"))
    request.user = mayor
    assert "explorer" in [item.name for item in admin_menu.menu_items_for_request(request)]  # "Pages"
    as_user(client, mayor)
    assert client.get(reverse("wagtailadmin_explore", args=[site_root.pk])).status_code == 200
    page = draft_page(site_root, user_in("PR experts", "t_author_x"), title="Not the mayor's to edit")
    assert not page.permissions_for_user(mayor).can_edit()


def test_a_secretary_may_add_pages_as_the_roles_table_says(client, site_root, secretary):
    assert site_root.permissions_for_user(secretary).can_add_subpage()
    as_user(client, secretary)
    assert client.get(reverse("wagtailadmin_pages:add_subpage", args=[site_root.pk])).status_code == 200


def test_a_department_at_a_step_opens_with_approve_and_the_mayor_returns_to_the_dashboard(client, pr_expert, secretary,
                                                                                         mayor):
    from wagtail.admin.admin_url_finder import AdminURLFinder

    from tests.registry_pages.services.support import department

    dept = department()
    edit_url = AdminURLFinder().get_edit_url(dept)
    fields = ("name", "address", "room", "phone", "email", "working_hours")
    as_user(client, pr_expert)
    client.post(edit_url, {**{f: getattr(dept, f) for f in fields}, "name": "Отдел за преглед", "action-submit": "1"})
    dept = type(dept).objects.get(pk=dept.pk)
    assert dept.current_workflow_task is not None

    as_user(client, secretary)
    response = client.get(edit_url)
    assert response.context["action_menu"].default_item.name == "approve"
    dept.current_workflow_task_state.approve(user=secretary)

    as_user(client, mayor)
    task_state = type(dept).objects.get(pk=dept.pk).current_workflow_task_state
    url = reverse(type(dept).snippet_viewset.get_url_name("workflow_action"), args=[dept.pk, "approve", task_state.pk])
    response = client.post(url, {"comment": ""})
    assert type(dept).objects.get(pk=dept.pk).name == "Отдел за преглед"  # approved and published
    assert response.status_code == 302 and response.url == reverse("wagtailadmin_home")
    assert client.get(response.url).status_code == 200
