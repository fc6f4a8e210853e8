"""The way forward from wagtail-localize's translation editor.

Its own menu offers "Lock" as the main button, and nothing to put the translation
in front of the approvers: "Submit translation for approval" was only in the
explorer's row menu, and a reviewer who opened a translation could not approve it
there. Above the editor the add-on shows what the user can do next:

* an editor who may submit it: "Submit translation for approval (8 of 8 strings
  translated)" (the confirmation screen of `admin_views.submit_translation`), or,
  while something is missing, what is missing (strings, or the page's required
  content) — no button that would only be refused;
* a reviewer of the current step: that step's actions (Approve — the first and
  main button —, Approve with comment, Request changes) as plain forms with a comment, posted to Wagtail's own
  workflow action view, which checks them again (no JavaScript needed).
"""

from dataclasses import dataclass, field

from django.contrib.admin.utils import quote
from django.urls import reverse
from wagtail.models import Page

from registry_pages.workflow.completeness import (
    synced_translation,
    translation_progress,
)
from registry_pages.workflow.reviewing import action_rank
from registry_pages.workflow.translation import can_submit, refusal


@dataclass
class EditorActions:
    submit_url: str = ""  # the confirmation screen, when the translation may be submitted
    progress: object = None  # Progress of the translation's strings
    refusal: str = ""  # why it may not be submitted yet
    step: str = ""  # the current step's name, when the user may act on it
    actions: list = field(default_factory=list)  # [(label, url, with_comment)]

    @property
    def any(self) -> bool:
        return bool(self.submit_url or self.refusal or self.actions)


def _submit_url(obj) -> str:
    if isinstance(obj, Page):
        return reverse("registry_pages_workflow:submit_translation", args=[obj.pk])
    meta = obj._meta
    return reverse(
        "registry_pages_workflow:submit_snippet_translation", args=[meta.app_label, meta.model_name, quote(obj.pk)]
    )


def _review_actions(page, user):
    state = page.current_workflow_state
    task_state = state.current_task_state if state else None
    if task_state is None:
        return "", []
    task = task_state.task.specific
    offered = sorted(task.get_actions(page, user), key=lambda action: action_rank(action[0], action[2]))
    actions = [  # Approve first: the main button, as in the page editor's footer
        (label, reverse("wagtailadmin_pages:workflow_action", args=[page.pk, name, task_state.pk]), with_comment)
        for name, label, with_comment in offered
    ]
    return (task.name, actions) if actions else ("", [])


def editor_actions(obj, user) -> EditorActions:
    """What `user` can do next with the synced translation `obj` (a page or a snippet)."""
    result = EditorActions()
    if obj is None or user is None or synced_translation(obj) is None:
        return result
    obj = getattr(obj, "specific", obj)
    if isinstance(obj, Page) and obj.workflow_in_progress:
        result.step, result.actions = _review_actions(obj, user)
        return result
    if not can_submit(obj, user):
        return result
    result.progress = translation_progress(obj)
    error = refusal(obj)
    if error is not None:
        result.refusal = str(error)
    else:
        result.submit_url = _submit_url(obj)
    return result
