"""Who reviewed and who approved the live version of a page (Art. 14(6)).

Read from Wagtail's own records: the task states of the approved workflow
whose approvals cover the page's live revision. A version published some
other way (by an administrator, directly) has no trail, and none is shown.
The position title comes from the approver's `PositionHolder` link, in the
page's language when the position is translated. Three queries at most, once
per page object (the trail is kept on it for the rest of the request).

Names are shown as the person writes them (their account's full name), in the
same script on every language version of the page: a name is not translated,
and a transliteration invented by the software could differ from the one on the
person's documents. The template marks the name with the language it is written
in, so screen readers read it right (WCAG 2.1, 3.1.2).

"Last reviewed" on a page is the later of the date an editor entered and the
date its current version was approved (`last_reviewed_on`): an approval is a
review, and a page never says "not yet reviewed" under its approvers' names.
"""

from dataclasses import dataclass
from datetime import date, datetime

from django.conf import settings
from django.utils import timezone
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page, TaskState, WorkflowState

from registry_pages.models import MunicipalitySettings, Position, PositionHolder
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


TRAIL_ATTRIBUTE = "_approval_trail"


def approval_trail(page: Page) -> list[Signature]:
    if getattr(page, TRAIL_ATTRIBUTE, None) is None:
        setattr(page, TRAIL_ATTRIBUTE, _approval_trail(page))
    return getattr(page, TRAIL_ATTRIBUTE)


def last_reviewed_on(page: Page) -> date | None:
    """The later of the entered review date and the approval of the current version."""
    entered = getattr(page, "last_reviewed", None)
    trail = approval_trail(page)
    approved = timezone.localtime(trail[-1].at).date() if trail else None
    return max((d for d in (entered, approved) if d is not None), default=None)


def _approval_trail(page: Page) -> list[Signature]:
    if not page.live or not page.live_revision_id:
        return []
    authors: dict = {}
    trail = signatures_for_revisions([page.live_revision_id], page.locale_id, authors)
    setattr(page, AUTHOR_ATTRIBUTE, authors.get(page.live_revision_id))
    return trail.get(page.live_revision_id, [])


AUTHOR_ATTRIBUTE = "_version_author"


@dataclass
class Author:
    """Who wrote an approved revision (read with its signatures, for the page's metryczka)."""

    name: str
    position: str
    created_at: datetime


def signatures_for_revisions(revision_ids, locale_id, authors=None) -> dict[int, list[Signature]]:
    """The signatures of each of these revisions (those approved through the add-on's tasks),
    in two or three queries whatever their number (the public register of changes reads many).
    Given a dict, `authors`, it also receives each approved revision's `Author` (no extra query)."""
    states = (
        TaskState.objects.filter(
            revision_id__in=list(revision_ids),
            status=TaskState.STATUS_APPROVED,
            workflow_state__status=WorkflowState.STATUS_APPROVED,
            finished_by__isnull=False,
        )
        .select_related("finished_by", "task", "task__content_type", "workflow_state")
        .order_by("finished_at", "pk")
    )
    if authors is not None:
        states = states.select_related("revision__user").defer("revision__content")
    states = list(states)
    latest_by_task: dict[int, dict] = {}
    for state in states:  # a step approved twice (after an edit): the last approval counts
        latest_by_task.setdefault(state.revision_id, {})[state.task_id] = state
    ours_by_revision = {}
    for revision_id, by_task in latest_by_task.items():
        ordered = sorted(by_task.values(), key=lambda s: s.finished_at)
        ours = [s for s in ordered if issubclass(s.task.content_type.model_class() or object, PublicationApprovalTask)]
        if ours:
            ours_by_revision[revision_id] = ours
    if not ours_by_revision:
        return {}
    user_ids = {s.finished_by_id for ours in ours_by_revision.values() for s in ours}
    if authors is not None:
        user_ids |= {ours[0].revision.user_id for ours in ours_by_revision.values() if ours[0].revision.user_id}
    positions = _positions(user_ids, locale_id)
    if authors is not None:
        for revision_id, ours in ours_by_revision.items():
            revision = ours[0].revision
            if revision.user is not None:
                authors[revision_id] = Author(person_name(revision.user), positions.get(revision.user_id, ""),
                                              revision.created_at)
    return {
        revision_id: [
            Signature(
                role="approved" if state is ours[-1] else "reviewed",
                task_name=state.task.name,
                name=person_name(state.finished_by),
                position=positions.get(state.finished_by_id, ""),
                at=state.finished_at,
                comment=state.comment,
            )
            for state in ours
        ]
        for revision_id, ours in ours_by_revision.items()
    }


def person_name(user) -> str:
    """A person's name as shown to citizens: as they write it (see the module's docstring)."""
    return user.get_full_name() or user.get_username()


def user_positions(user_ids, locale_id) -> dict[int, str]:
    """The public position titles of these users, in the page's language (two queries at most)."""
    return _positions(user_ids, locale_id)


def names_shown(request) -> bool:
    """Whether the municipality shows who reviewed and approved (Settings → Municipality)."""
    layout = getattr(request, "_portal_layout", None) if request else None
    setting = layout.get("municipality") if layout else None
    if setting is None and request is not None:
        setting = MunicipalitySettings.for_request(request)
    return setting is None or setting.show_approval_trail


def names_language() -> str:
    """The language names are written in: the municipality's (see the module's docstring)."""
    return get_supported_content_language_variant(settings.LANGUAGE_CODE)
