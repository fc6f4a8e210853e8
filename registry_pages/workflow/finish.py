"""What happens when the publication workflow finishes: the page is published.

No editorial group holds `publish_page` (a group that has it gets a Publish
button that bypasses the workflow), so the mayor's final approval could not
publish with Wagtail's default finish action (`PublishPagePermissionError`).
This action publishes without the permission check, but only when the
workflow really finished through our tasks: every active task of the
workflow approved (or, for a conditional co-signature, skipped) the revision
being published, and the final task was approved by someone other than the
person who submitted it. Anything else falls back to Wagtail's own action,
which checks the acting user's permission as usual.

Host sites set in their settings (read by Wagtail when its models load, so
an app cannot set it for them):

    WAGTAIL_FINISH_WORKFLOW_ACTION = "registry_pages.workflow.finish.publish_approved"
"""

import logging

from wagtail.workflows import publish_workflow_state

# Wagtail imports this module while `wagtail.models` is still loading
# (WorkflowState.on_finish), so models are imported inside the functions.

logger = logging.getLogger(__name__)
SETTING_VALUE = "registry_pages.workflow.finish.publish_approved"


def finished_through_our_tasks(workflow_state) -> bool:
    from wagtail.models import TaskState

    from registry_pages.workflow.models import PublicationApprovalTask

    tasks = list(workflow_state.workflow.tasks.filter(active=True).specific())
    if not tasks or not all(isinstance(task, PublicationApprovalTask) for task in tasks):
        return False
    # Wagtail's own notion of "done": with WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT
    # only approvals of the latest revision count.
    states = {state.task_id: state for state in workflow_state.successful_task_states.order_by("started_at", "id")}
    if any(task.pk not in states for task in tasks):
        return False
    final = states[tasks[-1].pk]
    return final.status == TaskState.STATUS_APPROVED and final.finished_by_id not in (
        None,
        workflow_state.requested_by_id,
    )


def publish_approved(workflow_state, user=None):
    obj = workflow_state.content_object
    revision = obj.get_latest_revision()
    if finished_through_our_tasks(workflow_state):
        # A future go-live date makes this a scheduled publication
        # (Revision.approved_go_live_at); `publish_scheduled` publishes it then.
        revision.publish(user=user, skip_permission_checks=True)
        return
    logger.info("Workflow %s did not finish through the publication tasks; default publish.", workflow_state.pk)
    publish_workflow_state(workflow_state, user=user)
