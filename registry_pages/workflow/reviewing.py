"""The reviewer's path: what the secretary, the co-signatories and the mayor see first.

* In the page and snippet editors, the workflow actions of the current step
  (Approve, Approve with comment, Request changes) come first, so the main
  button of a reviewer who can act is *Approve*, not *Save draft*; for a
  translation that cannot be approved it is *Request changes*
  (`construct_page_action_menu` / `construct_snippet_action_menu`).
* On the dashboard, "Awaiting your review" is the first panel, and its steps
  column says in words which step the page is at and how the others stand
  (Wagtail's shows unlabeled circles for steps in progress or not started).
* After an approval or a rejection the reviewer lands where they may be: a
  mayor may not open the editor of a page that has left the mayor's step, so
  the dashboard, not the editor, follows the action (`after_action_url`).
"""

from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.home import WorkflowObjectsToModeratePanel
from wagtail.models import Page, TaskState
from wagtail.permission_policies import ModelPermissionPolicy

REVIEW_ACTIONS = ("approve", "reject")


def action_rank(name, with_comment) -> int:
    """0: Approve; 1: Approve with comment; 2: Request changes; 3: anything else. Wagtail lists
    "Request changes" first; a reviewer's first (main) action is to approve."""
    if name not in REVIEW_ACTIONS:
        return 3
    if name == "approve":
        return 1 if with_comment else 0
    return 2


def _review_rank(item):
    """The rank of an action menu item (`action_rank`); Save draft and the rest come after."""
    if not hasattr(item, "launch_modal"):
        return 3
    return action_rank(getattr(item, "name", None), item.launch_modal)


def review_actions_first(menu_items, request, context):
    """Reorder the editor's action menu in place: the first item becomes the main button."""
    menu_items.sort(key=_review_rank)  # stable: the others keep Wagtail's order


def can_open_editor(obj, user) -> bool:
    """Whether `user` may open the editor of `obj` as it is now (after a workflow action)."""
    if isinstance(obj, Page):
        return Page.objects.get(pk=obj.pk).permissions_for_user(user).can_edit()
    obj = type(obj)._default_manager.get(pk=obj.pk)
    if ModelPermissionPolicy(type(obj)).user_has_permission(user, "change"):
        return True
    task = getattr(obj, "current_workflow_task", None)
    return bool(task and task.user_can_access_editor(obj, user))


def after_action_url(obj, user):
    """Where Wagtail's workflow action view sends the reviewer: the dashboard when the editor
    (its default) is closed to them now, else None (the editor)."""
    return None if can_open_editor(obj, user) else reverse("wagtailadmin_home")


STATUS_TEXT = {
    TaskState.STATUS_APPROVED: _("approved"),
    TaskState.STATUS_REJECTED: _("changes requested"),
    TaskState.STATUS_IN_PROGRESS: _("awaiting review"),
    TaskState.STATUS_SKIPPED: _("not required"),
    TaskState.STATUS_CANCELLED: _("cancelled"),
    None: _("not started"),
}


class ReviewQueuePanel(WorkflowObjectsToModeratePanel):
    """Wagtail's "Awaiting your review", first on the dashboard, with its steps in words."""

    template_name = "registry_pages/admin/review_queue_panel.html"
    order = 50  # before every other panel (Wagtail's start at 100)

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        for state in context["states"]:
            tasks = state["workflow_tasks"]
            current = state["task_state"].task_id
            for number, task in enumerate(tasks, start=1):
                task.is_current = task.pk == current
                if task.is_current:
                    state["step_label"] = gettext("Step %(number)s of %(count)s: %(step)s") % {
                        "number": number, "count": len(tasks), "step": task.name,
                    }
                task.status_text = STATUS_TEXT.get(task.status, STATUS_TEXT[None])
        return context


def put_review_queue_first(request, panels):
    """Replace Wagtail's "Awaiting your review" panel by `ReviewQueuePanel`."""
    for index, panel in enumerate(panels):
        if getattr(panel, "name", None) == WorkflowObjectsToModeratePanel.name:
            panels[index] = ReviewQueuePanel()
