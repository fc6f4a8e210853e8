"""Submit a wagtail-localize translation for approval.

wagtail-localize's translation editor replaces the page editor for synced
translations (its `before_edit_page` hook) and offers only "Publish", for
users who may publish: a translator has no way to put a translation in front
of the secretary and the mayor. `submit_for_approval` gives them one: it
writes the translated strings into a new *revision* of the target page and
starts (or resumes) the page's workflow, exactly as "Submit for moderation"
does for an ordinary edit.

`Translation.save_target(publish=False)` is not used on a live translation:
it saves the page row itself, and the row of a live page is what citizens
see, so the new text would be public before anyone approved it. For a live
page the strings are applied to an in-memory copy and only a revision is
saved, as the page editor does.

The moderated directory snippets (departments, positions, categories,
fields of activity) are translated the same way and submitted to the same
workflow (their content type's): for them the translation editor's "Publish"
needs the snippet's publish permission, which no editorial group holds.

Only a complete translation is submitted (`workflow/completeness.py`): with a
string not translated, the page would show it in the source language. And only
a complete page (`workflow/content.py`: a service card with its summary,
documents, fee, processing time and place to apply). `refusal(obj)` is the one
gate every door asks, with its two kinds of reasons.
"""

from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.models import DraftStateMixin, Page, PageLogEntry, WorkflowState
from wagtail.permission_policies.base import ModelPermissionPolicy

from registry_pages.adapters.localize import apply_translated_strings
from registry_pages.workflow import content
from registry_pages.workflow.completeness import (
    cannot_submit_message,
    synced_translation,
    translation_progress,
)


class CannotSubmit(Exception):
    """The page cannot be submitted now; the message says why."""

    def __init__(self, message, progress=None, checklist=None):
        super().__init__(message)
        self.progress = progress  # set when the translation is incomplete
        self.checklist = checklist  # set when the page lacks content it must have


def is_public(instance) -> bool:
    """Whether citizens see this object's row: a live page, a live (draftable) snippet,
    an alias (it mirrors its live source)."""
    return bool(getattr(instance, "alias_of_id", None)) or getattr(instance, "live", False)


def save_translation(translation, user):
    """Write the translated strings of `translation` into its target without changing
    what citizens see.

    A target nobody sees yet (new, or a draft) is saved as wagtail-localize saves it.
    A public target keeps its row: the strings go into a new *revision* (an alias is
    first detached from its source with its content unchanged, as Wagtail's
    "convert alias" does). Objects that cannot be drafts (snippets without
    `DraftStateMixin`) are saved as wagtail-localize saves them.
    """
    source = translation.source
    locale = translation.target_locale
    try:
        target = source.get_translated_instance(locale)
    except ObjectDoesNotExist:
        target = None
    if target is None or not is_public(target) or not isinstance(target, DraftStateMixin):
        publish = not isinstance(source.as_instance(), DraftStateMixin)
        translation.save_target(user=user, publish=publish)
        return source.get_translated_instance(locale)
    if isinstance(target, Page) and target.alias_of_id:
        target.alias_of_id = None
        target.save(update_fields=["alias_of_id"], clean=False)
        revision = target.save_revision(user=user, changed=False, clean=False)
        PageLogEntry.objects.log_action(
            instance=target, revision=revision, action="wagtail.convert_alias", user=user,
            data={"page": {"id": target.id, "title": target.get_admin_display_title()}},
        )
    apply_translated_strings(source, target, locale)
    target.save_revision(user=user, log_action=True)
    return target


def save_translation_draft(page, user):
    """A new revision of `page` with the translated strings; the live page is untouched."""
    translation = synced_translation(page)
    if translation is None:
        return page.get_latest_revision()  # translated by hand in the page editor
    save_translation(translation, user)
    return type(page)._default_manager.get(pk=page.pk).get_latest_revision()


def can_edit(obj, user) -> bool:
    """May `user` edit `obj` (a page, or a snippet through its model's permissions)?"""
    if isinstance(obj, Page):
        return obj.permissions_for_user(user).can_edit()
    return ModelPermissionPolicy(type(obj)).user_has_permission_for_instance(user, "change", obj)


def _locked_for(obj, user) -> bool:
    if isinstance(obj, Page):
        return obj.permissions_for_user(user).page_locked()
    lock = obj.get_lock()
    return bool(lock and lock.for_user(user))


def can_submit(page, user, has_workflow=None) -> bool:
    """`page`: a page or a moderated snippet that is a synced translation target.
    `has_workflow`: whether it has a workflow, when the caller knows (else looked up)."""
    if not can_edit(page, user) or getattr(page, "alias_of_id", None) or _locked_for(page, user):
        return False  # (an alias has no text of its own: translate it first)
    if has_workflow is None:
        has_workflow = page.get_workflow() is not None
    state = page.current_workflow_state
    return has_workflow and not (state and state.status == WorkflowState.STATUS_IN_PROGRESS)


def as_submitted(obj):
    """What a submission of `obj` sends to the approvers: its latest revision's content."""
    obj = getattr(obj, "specific", obj)
    if content.has_checklist(type(obj)) and hasattr(obj, "get_latest_revision_as_object"):
        return obj.get_latest_revision_as_object()
    return obj


def refusal(obj, content_of=None):
    """`CannotSubmit` saying why `obj` cannot go to the approvers, or be published, now;
    None when nothing is missing. Two kinds of reasons: a synced translation with a string
    not translated (how many, where to translate them), and a page without what it must
    say (`content_of`, default: the latest revision of `obj`)."""
    progress = translation_progress(obj)
    if progress is not None and not progress.complete:
        return CannotSubmit(cannot_submit_message(progress), progress=progress)
    checklist = content.checklist_for(content_of if content_of is not None else as_submitted(obj))
    if checklist is not None and not checklist.complete:
        return CannotSubmit(content.cannot_submit_message(checklist), checklist=checklist)
    return None


def check_complete(obj, content_of=None):
    """Raise the `refusal` of `obj`, if there is one."""
    error = refusal(obj, content_of)
    if error is not None:
        raise error


@transaction.atomic
def submit_for_approval(page, user):
    """Save the translation as a draft revision and start (or resume) the workflow."""
    page = getattr(page, "specific", page)
    if not can_edit(page, user):
        raise PermissionDenied
    if not can_submit(page, user):
        raise CannotSubmit(_("This page is already awaiting approval or cannot be submitted now."))
    check_complete(page)
    revision = save_translation_draft(page, user)
    # The card as submitted: the translated strings with the fields copied from the source.
    check_complete(page, content_of=revision.as_object() if revision is not None else None)
    state = page.current_workflow_state
    if state and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(user)
        return state
    return page.get_workflow().start(page, user)
