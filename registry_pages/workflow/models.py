"""Task types of the publication workflow (Art. 14 of the document instruction).

Documents for the mayor's signature are reviewed by the secretary, co-signed
by the legal adviser and, when they involve spending, by the chief
accountant; the mayor approves. Each step is a group approval task; three
rules core Wagtail does not have are added here:

* four eyes: whoever submitted the page for approval gets no approve/reject
  action at any step. `get_actions` is what the admin's workflow views check
  on the server (`BaseWorkflowFormView.check_action`, the edit view's
  `workflow_action_is_valid`), so the rule is enforced, not only hidden.
* a synced translation with a string not translated cannot be approved:
  `get_actions` offers only "Request changes" and `on_action` refuses an
  approval (`IncompleteTranslation`, a `PermissionDenied`), so the page is not
  published (see `workflow/completeness.py`).
* a page without what it must say (a service card without its fee, …:
  `workflow/content.py`) cannot be approved either (`IncompleteContent`); the
  approved revision's own content is what is checked.
* a reviewer before the final step who corrects the page while reviewing
  approves the corrected version. Without this, with
  `WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT`, the secretary's own edit
  would send the page back to the secretary. Edits made at the mayor's step
  still send the page back to the secretary (the reapproval setting).

The actions are labelled from the add-on's own catalogue (Wagtail's is partial
in Bulgarian: "Approve" translated next to "Request changes" in English), and
after an action from the dashboard the reviewer is sent where they may be
(`workflow/reviewing.py`).

`SpendingCoSignatureTask` applies only to pages with `involves_spending`;
for others it passes by itself and says so in the page history.
"""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.log_actions import log
from wagtail.models import AbstractGroupApprovalTask, TaskState, Workflow

__all__ = [
    "SKIP_LOG_ACTION",
    "IncompleteContent",
    "IncompleteTranslation",
    "PublicationApprovalTask",
    "SpendingCoSignatureTask",
    "WorkflowRole",
    "specific_object",
]

SKIP_LOG_ACTION = "registry_pages.workflow.skip"

# (action, asks for a comment) → label, as the reviewer reads it in the editor's menu and on the dashboard.
ACTION_LABELS = {
    ("approve", False): pgettext_lazy("workflow action", "Approve"),
    ("approve", True): pgettext_lazy("workflow action", "Approve with comment"),
    ("reject", True): pgettext_lazy("workflow action", "Request changes"),
}


def specific_object(obj):
    """The most specific form of a workflow's object: a page's own type; a snippet as it is."""
    return getattr(obj, "specific", obj)


class IncompleteTranslation(PermissionDenied):
    """An approval refused: a string of the translation has no translation."""


class IncompleteContent(PermissionDenied):
    """An approval refused: the page lacks content it must have (workflow/content.py)."""


def _approval_refusal(obj, content_of=None):
    """Why `obj` cannot be approved (the gate of workflow/translation.py), as the exception to
    raise, or None. `content_of`: the revision's object under review, default the latest."""
    # Imported when needed, as in finish.py: this module loads with the apps' models.
    from registry_pages.workflow import completeness, content
    from registry_pages.workflow.translation import refusal

    error = refusal(obj, content_of)
    if error is None:
        return None
    if error.progress is not None:
        return IncompleteTranslation(completeness.cannot_approve_message(error.progress))
    return IncompleteContent(content.cannot_approve_message(error.checklist))


class PublicationApprovalTask(AbstractGroupApprovalTask):
    """Group approval with the four-eyes rule (secretary, legal adviser, mayor)."""

    # Which step of ours this task is ("secretary", "mayor", ...: `workflow/setup.py`
    # TASKS), blank for a task an administrator added: code finds a step by it, never
    # by its name, which administrators may change.
    role = models.CharField(max_length=40, blank=True, default="", editable=False, db_index=True)

    @staticmethod
    def is_requester(obj, user) -> bool:
        state = obj.current_workflow_state
        return bool(state and user.pk and state.requested_by_id == user.pk)

    def get_actions(self, obj, user):
        if self.is_requester(obj, user):
            return []
        actions = [
            (name, ACTION_LABELS.get((name, modal), label), modal) for name, label, modal in super().get_actions(obj, user)
        ]
        if actions and _approval_refusal(obj) is not None:
            # Only "Request changes": the admin's workflow views refuse an action not listed here.
            return [action for action in actions if action[0] != "approve"]
        return actions

    def get_template_for_action(self, action):
        # The modal shows a translation's progress (registry_pages/admin/workflow_action_modal.html).
        return "registry_pages/admin/workflow_action_modal.html"

    def get_task_states_user_can_moderate(self, user, **kwargs):
        # The dashboard's "Awaiting your review" leaves out one's own submissions.
        return super().get_task_states_user_can_moderate(user, **kwargs).exclude(
            workflow_state__requested_by=user
        )

    def on_action(self, task_state, user, action_name, **kwargs):
        if action_name == "approve":
            revision = task_state.revision
            error = _approval_refusal(
                task_state.workflow_state.content_object, revision.as_object() if revision is not None else None
            )
            if error is not None:
                raise error
            self._cover_own_corrections(task_state, user)
        super().on_action(task_state, user, action_name, **kwargs)
        # Wagtail's workflow action view redirects to this URL if there is one (else to the editor).
        from registry_pages.workflow.reviewing import after_action_url

        return after_action_url(task_state.workflow_state.content_object, user)

    def _cover_own_corrections(self, task_state, user):
        """Let the approval apply to the reviewer's own corrections (not at the final step)."""
        if not getattr(settings, "WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT", False):
            return
        workflow_state = task_state.workflow_state
        last = workflow_state.workflow.tasks.filter(active=True).last()
        if last is None or last.pk == self.pk:
            return  # the final approver's edits go back through the earlier steps
        latest = workflow_state.content_object.get_latest_revision()
        if latest and latest.pk != task_state.revision_id and latest.user_id == getattr(user, "pk", None):
            later_authors = (
                type(latest).objects.filter(
                    base_content_type_id=latest.base_content_type_id,
                    object_id=latest.object_id,
                    created_at__gt=task_state.started_at,
                )
                .exclude(user=user)
                .exists()
            )
            if not later_authors:
                task_state.revision = latest
                task_state.save(update_fields=["revision"])

    @classmethod
    def get_description(cls):
        return _("Members of the chosen groups approve; nobody approves a page they submitted themselves.")

    class Meta:
        verbose_name = _("publication approval task")
        verbose_name_plural = _("publication approval tasks")
        constraints = [
            models.UniqueConstraint(
                fields=["role"], condition=~models.Q(role=""), name="registry_pages_one_task_per_role"
            )
        ]


class SpendingCoSignatureTask(PublicationApprovalTask):
    """The chief accountant's co-signature: only for pages that involve spending."""

    @staticmethod
    def is_required_for(obj) -> bool:
        return bool(getattr(specific_object(obj), "involves_spending", False))

    def start(self, workflow_state, user=None):
        obj = workflow_state.content_object
        if self.is_required_for(obj):
            return super().start(workflow_state, user=user)
        state = self.get_task_state_class()(workflow_state=workflow_state)
        state.status = TaskState.STATUS_SKIPPED
        state.revision = obj.get_latest_revision()
        state.task = self
        state.comment = str(_("Not required: the page does not involve spending."))
        state.save()
        # Core sends no signal and writes no history for a skipped task: log it.
        log(
            instance=specific_object(obj),
            action=SKIP_LOG_ACTION,
            user=user,
            revision=state.revision,
            data={
                "workflow": {"id": workflow_state.workflow_id, "title": workflow_state.workflow.name},
                "task": {"id": self.pk, "title": self.name},
                "reason": "no_spending",
            },
        )
        return state

    @classmethod
    def get_description(cls):
        return _("Co-signature for pages that involve spending; passes by itself (and is logged) for the others.")

    class Meta:
        verbose_name = _("spending co-signature task")
        verbose_name_plural = _("spending co-signature tasks")


class WorkflowRole(models.Model):
    """Which workflow is ours ("publication": `workflow/setup.py`), whatever it is named."""

    role = models.CharField(max_length=40, unique=True)
    workflow = models.OneToOneField(Workflow, on_delete=models.CASCADE, related_name="registry_role")

    def __str__(self):
        return f"{self.role}: {self.workflow}"
