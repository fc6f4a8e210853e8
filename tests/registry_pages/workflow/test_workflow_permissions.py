"""The permission matrix, through the admin's own HTTP views.

Each role × (edit, submit, approve step 1, approve step 2, publish directly,
unpublish, delete a live page, approve own submission) → allowed or denied.
"""

import pytest
from django.urls import reverse
from wagtail.models import TaskState

from tests.registry_pages.workflow.support import (
    as_user,
    current_task_state,
    draft_page,
    edit,
    live_page,
    reload,
    step_name,
    submit,
    superuser,
    user_in,
    workflow_action,
)

ROLES = ["pr_expert", "secretary", "mayor", "admin"]


def _denied(response):
    """Wagtail's admin answers PermissionDenied with 403, or a redirect to the dashboard."""
    return response.status_code == 403 or (response.status_code == 302 and response.url == reverse("wagtailadmin_home"))


@pytest.fixture
def people(pr_expert, secretary, mayor):
    return {
        "pr_expert": pr_expert,
        "secretary": secretary,
        "mayor": mayor,
        "admin": superuser(),
        "author": user_in("PR experts", "t_author"),
    }


def _at_step(site_root, people, step, title):
    """A page submitted by another PR expert, at step 1 or (after a secretary's approval) step 2."""
    page = draft_page(site_root, people["author"], title=title)
    page.get_workflow().start(page, people["author"])
    if step == 2:
        other_secretary = user_in("Secretaries", f"t_sec_{title[-3:]}")
        current_task_state(page).approve(user=other_secretary)
    return reload(page)


EXPECTED = {
    #               pr_expert secretary mayor admin
    "edit":          (True,  True,  False, True),
    "submit":        (True,  True,  False, True),
    "approve_1":     (False, True,  False, True),
    "approve_2":     (False, False, True,  True),
    "publish":       (False, False, False, True),
    "unpublish":     (False, False, False, True),
    "delete_live":   (False, False, False, True),
    "approve_own":   (False, False, False, False),
}
CASES = [(action, role, allowed[i]) for action, allowed in EXPECTED.items() for i, role in enumerate(ROLES)]


@pytest.mark.django_db
@pytest.mark.parametrize("action,role,allowed", CASES, ids=[f"{a}-{r}" for a, r, _ in CASES])
def test_matrix(client, site_root, people, action, role, allowed):
    user = people[role]
    as_user(client, user)
    if action == "edit":
        page = draft_page(site_root, people["author"], title="Edit me")
        edit(client, page, title="Edited")
        assert (reload(page).get_latest_revision().as_object().title == "Edited") is allowed
    elif action == "submit":
        page = draft_page(site_root, people["author"], title="Submit me")
        submit(client, page)
        assert (reload(page).workflow_in_progress) is allowed
    elif action in ("approve_1", "approve_2"):
        step = int(action[-1])
        page = _at_step(site_root, people, step, f"Step {step} {role}")
        task_state = current_task_state(page)
        response = workflow_action(client, page, "approve")
        task_state.refresh_from_db()
        assert (task_state.status == TaskState.STATUS_APPROVED) is allowed
        if not allowed:
            assert _denied(response)
    elif action == "publish":
        page = draft_page(site_root, people["author"], title="Publish me")
        edit(client, page, **{"action-publish": "1"})
        assert reload(page).live is allowed
    elif action == "unpublish":
        page = live_page(site_root, people["author"], title="Unpublish me")
        response = client.post(reverse("wagtailadmin_pages:unpublish", args=[page.pk]))
        assert (not reload(page).live) is allowed
        if not allowed:
            assert _denied(response)
    elif action == "delete_live":
        page = live_page(site_root, people["author"], title="Delete me")
        response = client.post(reverse("wagtailadmin_pages:delete", args=[page.pk]))
        assert (not type(page).objects.filter(pk=page.pk).exists()) is allowed
        if not allowed:
            assert _denied(response)
    elif action == "approve_own":
        page = draft_page(site_root, people["author"], title=f"Own {role}")
        page.get_workflow().start(page, user)  # the role submitted it (a mayor cannot submit in the UI)
        if role == "mayor":
            current_task_state(page).approve(user=people["secretary"])
        step = step_name(page)
        response = workflow_action(client, page, "approve")
        assert step_name(page) == step  # nothing moved
        assert _denied(response)
        response = workflow_action(client, page, "reject", comment="self")
        assert _denied(response)


@pytest.mark.django_db
def test_own_submission_is_not_awaiting_your_review(client, site_root, people):
    page = draft_page(site_root, people["secretary"], title="Secretary's own")
    page.get_workflow().start(page, people["secretary"])
    other = draft_page(site_root, people["author"], title="Author's page")
    other.get_workflow().start(other, people["author"])
    reviewable = TaskState.objects.reviewable_by(people["secretary"])
    titles = {ts.workflow_state.content_object.title for ts in reviewable}
    assert "Author's page" in titles and "Secretary's own" not in titles


@pytest.mark.django_db
def test_secretary_may_edit_while_reviewing_and_pr_expert_may_not(client, site_root, people):
    page = _at_step(site_root, people, 1, "Under review")
    as_user(client, people["secretary"])
    edit(client, page, title="Corrected by the secretary")
    assert reload(page).get_latest_revision().as_object().title == "Corrected by the secretary"
    as_user(client, people["pr_expert"])
    edit(client, page, title="Sneaky change")
    assert reload(page).get_latest_revision().as_object().title == "Corrected by the secretary"
