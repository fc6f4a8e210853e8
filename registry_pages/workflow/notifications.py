"""E-mails core Wagtail does not send (wagtail/wagtail#7542, #10196).

Core already mails the approving group when a group task starts (that
covers every step, the conditional co-signature included, since both task
types are group approval tasks), the author when the whole workflow is
approved, and the author with the comment when a step rejects. Added here:

* the author, when a step before the last one approves (with the comment,
  and who is next), and when the final approval carries a comment;
* the reviewers who approved earlier steps, when a later step rejects.

Each mail is written in the recipient's admin language (`recipient_language`:
Account → Preferences, else the site's default `LANGUAGE_CODE`, never the
language of whoever acted) and honours the user's "approved"/"rejected"
notification preferences. Wagtail's own workflow mails are sent in the same
language (`adapters/wagtail.py: send_in_recipients_languages`); the workflow and
step names in all of them are in that language (`names.py`).
"""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.template.loader import render_to_string
from django.utils import translation
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.mail import send_mail
from wagtail.models import TaskState
from wagtail.signals import task_approved, task_rejected
from wagtail.users.models import UserProfile

from registry_pages.adapters.wagtail import send_in_recipients_languages
from registry_pages.workflow.models import PublicationApprovalTask, specific_object

logger = logging.getLogger(__name__)


def _wants(user, kind) -> bool:
    return bool(user and user.is_active and user.email and getattr(UserProfile.get_for_user(user), f"{kind}_notifications"))


def recipient_language(user) -> str:
    """The language of a mail to `user`: their admin language, else the site's default."""
    return UserProfile.get_for_user(user).preferred_language or settings.LANGUAGE_CODE


def send_to(user, template, context) -> bool:
    """Render `registry_pages/notifications/<template>_subject.txt` and `.txt` in the user's language."""
    language = recipient_language(user)
    context = {**context, "user": user, "base_url": getattr(settings, "WAGTAILADMIN_BASE_URL", "")}
    with translation.override(language):
        subject = render_to_string(f"registry_pages/notifications/{template}_subject.txt", context).strip()
        body = render_to_string(f"registry_pages/notifications/{template}.txt", context).strip()
    try:
        send_mail(" ".join(subject.split()), body, [user.email])
    except Exception:  # a mail server failure must not undo the approval
        logger.exception("Could not send %s to %s", template, user.email)
        return False
    return True


def _context(task_state):
    workflow_state = task_state.workflow_state
    # A page, or a moderated directory snippet (department, position, ...).
    page = specific_object(workflow_state.content_object)
    title = page.get_admin_display_title() if hasattr(page, "get_admin_display_title") else str(page)
    return {
        "page": page,
        "title": title,
        "edit_url": AdminURLFinder().get_edit_url(page) or "",
        "task": task_state.task,
        "task_state": task_state,
        "workflow_state": workflow_state,
        "actor": task_state.finished_by,
        "comment": task_state.comment,
    }


def notify_author_of_approval(sender, instance, user=None, **kwargs):
    task_state = instance
    if not isinstance(task_state.task.specific, PublicationApprovalTask):
        return
    workflow_state = task_state.workflow_state
    workflow_state.refresh_from_db()
    author = workflow_state.requested_by
    finished = workflow_state.status != workflow_state.STATUS_IN_PROGRESS
    if author is None or author == user or not _wants(author, "approved"):
        return
    if finished and not task_state.comment:
        return  # core's "approved" mail says it all
    context = _context(task_state)
    current = workflow_state.current_task_state
    context["next_task"] = current.task if (current and not finished) else None
    context["finished"] = finished
    send_to(author, "step_approved", context)


def notify_earlier_reviewers_of_rejection(sender, instance, user=None, **kwargs):
    task_state = instance
    if not isinstance(task_state.task.specific, PublicationApprovalTask):
        return
    workflow_state = task_state.workflow_state
    reviewer_ids = (
        workflow_state.task_states.filter(status=TaskState.STATUS_APPROVED, finished_by__isnull=False)
        .exclude(finished_by=user)
        .exclude(finished_by=workflow_state.requested_by_id)
        .values_list("finished_by", flat=True)
    )
    context = _context(task_state)
    for reviewer in get_user_model().objects.filter(pk__in=set(reviewer_ids)):
        if _wants(reviewer, "rejected"):
            send_to(reviewer, "later_step_rejected", context)


def connect():
    send_in_recipients_languages(recipient_language)
    task_approved.connect(notify_author_of_approval, sender=TaskState, dispatch_uid="registry_pages_step_approved")
    task_rejected.connect(
        notify_earlier_reviewers_of_rejection, sender=TaskState, dispatch_uid="registry_pages_later_step_rejected"
    )
