"""Who reviewed and who approved the live version of a page (Art. 14(6)).

Read from Wagtail's own records: the task states of the approved workflow
whose approvals cover the page's live revision. A version published some
other way (by an administrator, directly) has no trail, and none is shown.
The position title comes from the approver's `PositionHolder` link, in the
page's language when the position is translated. Three queries at most.
"""

from dataclasses import dataclass
from datetime import datetime

from wagtail.models import Page, TaskState, WorkflowState

from registry_pages.models import Position, PositionHolder
from registry_pages.workflow.models import PublicationApprovalTask


@dataclass
class Signature:
    role: str  # "reviewed" (a step before the last) or "approved" (the final step)
    task_name: str
    name: str
    position: str
    at: datetime
    comment: str


def _positions(user_ids, locale_id) -> dict[int, str]:
    # Only approved positions are shown to citizens (a draft one is not public).
    holders = list(
        PositionHolder.objects.filter(user_id__in=user_ids, position__live=True)
        .select_related("position")
        .order_by("position__locale_id", "sort_order", "pk")
    )
    if not holders:
        return {}
    localized = {
        p.translation_key: p.title
        for p in Position.objects.filter(
            translation_key__in={h.position.translation_key for h in holders}, locale_id=locale_id, live=True
        ).only("translation_key", "title")
    }
    titles: dict[int, str] = {}
    for holder in holders:
        titles.setdefault(holder.user_id, localized.get(holder.position.translation_key, holder.position.title))
    return titles


def approval_trail(page: Page) -> list[Signature]:
    if not page.live or not page.live_revision_id:
        return []
    states = list(
        TaskState.objects.filter(
            revision_id=page.live_revision_id,
            status=TaskState.STATUS_APPROVED,
            workflow_state__status=WorkflowState.STATUS_APPROVED,
            finished_by__isnull=False,
        )
        .select_related("finished_by", "task", "task__content_type", "workflow_state")
        .order_by("finished_at", "pk")
    )
    latest_by_task = {}
    for state in states:  # a step approved twice (after an edit): the last approval counts
        latest_by_task[state.task_id] = state
    states = sorted(latest_by_task.values(), key=lambda s: s.finished_at)
    ours = [s for s in states if issubclass(s.task.content_type.model_class() or object, PublicationApprovalTask)]
    if not ours:
        return []
    positions = _positions({s.finished_by_id for s in ours}, page.locale_id)
    final = ours[-1]
    return [
        Signature(
            role="approved" if state is final else "reviewed",
            task_name=state.task.name,
            name=state.finished_by.get_full_name() or state.finished_by.get_username(),
            position=positions.get(state.finished_by_id, ""),
            at=state.finished_at,
            comment=state.comment,
        )
        for state in ours
    ]
