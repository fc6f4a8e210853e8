"""Change notes: kept from the editor's form, given to the versions they describe.

A note is stored with the revision the editor saved it with. A version that went
live carries the last note written after the previous version went live and up to
its own revision (an approver's later edit keeps the author's note).
"""

from wagtail import hooks

from registry_pages.core.change_notes import (
    CHANGE_NOTE_FIELD,
    CHANGE_NOTE_INITIAL_HOOK,
    MAX_LENGTH,
)
from registry_pages.record.models import ChangeNote


def keep_note(request, page) -> None:
    """`after_edit_page` / `after_create_page`: the note typed into the form, with the revision just saved."""
    text = " ".join((request.POST.get(CHANGE_NOTE_FIELD) or "").split())[:MAX_LENGTH]
    if text and page.latest_revision_id:
        ChangeNote.objects.update_or_create(revision_id=page.latest_revision_id,
                                            defaults={"page_id": page.pk, "text": text})


def attach_notes(page, versions) -> None:
    """Give each version its note (one query)."""
    notes = list(ChangeNote.objects.filter(page_id=page.pk).order_by("revision_id").values_list("revision_id", "text"))
    previous = 0
    for version in versions:
        within = [text for revision_id, text in notes if previous < revision_id <= version.revision_id]
        version.note = within[-1] if within else ""
        previous = version.revision_id


@hooks.register(CHANGE_NOTE_INITIAL_HOOK)
def pending_note(page) -> str:
    """The note already written for the version in progress (after the live one), for the editor's form."""
    notes = ChangeNote.objects.filter(page_id=page.pk)
    if page.live_revision_id:
        notes = notes.filter(revision_id__gt=page.live_revision_id)
    return notes.order_by("-revision_id").values_list("text", flat=True).first() or ""
