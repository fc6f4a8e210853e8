"""The change note: a sentence the editor writes when a new version of a published page goes for approval.

It is a field of the editor's form, not of the page: it is not copied into
translations as a segment to translate (wagtail-localize reads model fields), and
each version gets its own. The form refuses to submit, publish or resubmit a page
that has been published before without one; where it is kept (keyed by the
revision) and shown (the page's public history) belongs to `registry_pages.record`,
which also pre-fills the field with the note already written for the version in
progress (the `registry_pages_change_note_initial` hook: `function(page) -> str`).
"""

from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

CHANGE_NOTE_FIELD = "change_note"
CHANGE_NOTE_INITIAL_HOOK = "registry_pages_change_note_initial"
MAX_LENGTH = 500
# The editor's buttons that send a new version towards citizens (an approver's "Approve" is not one).
NOTE_ACTIONS = ("action-publish", "action-submit", "action-restart-workflow")


def change_note_field() -> forms.CharField:
    return forms.CharField(
        label=_("Change note"),
        required=False,
        max_length=MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_(
            "What this version changes, in a sentence citizens understand. It is shown in the page's "
            "public history of changes. Required when the page has been published before."
        ),
    )


def initial_note(page) -> str:
    for function in hooks.get_hooks(CHANGE_NOTE_INITIAL_HOOK):
        note = function(page)
        if note:
            return note
    return ""


def note_required(form) -> bool:
    """A page published before, sent towards citizens again: its version needs a note."""
    page = form.instance
    if not getattr(page, "requires_change_note", False) or page.pk is None or page.first_published_at is None:
        return False
    return any(form.data.get(name) for name in NOTE_ACTIONS)


def check_note(form) -> None:
    if note_required(form) and not (form.cleaned_data.get(CHANGE_NOTE_FIELD) or "").strip():
        form.add_error(CHANGE_NOTE_FIELD, gettext(
            "Write a short change note: this page has been published before, and its public history says "
            "what each new version changes."
        ))
