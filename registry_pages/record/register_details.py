"""The record of each publication in the register's downloads: version, approver, change note, history.

For the CSV and JSON of `/<lang>/changes/` (register_feeds.py): each publication gets the
number of the version it made (as on the page's history, record/versions.py), who approved it
(the position, and the name while the municipality shows names: workflow/trail.py), the
editor's change note, and the address of the page's history while the page is online. Three
or four queries for the whole download, however many events: the pages' publications, the
signatures and the notes.
"""

from collections import defaultdict

from wagtail.models import PageLogEntry

from registry_pages.core.pages import RegistryBasePage
from registry_pages.record.models import ChangeNote
from registry_pages.record.versions import PUBLISH_ACTIONS
from registry_pages.workflow.trail import names_shown, signatures_for_revisions

COLUMNS = ["version", "approved_by", "note", "history_url"]


def _approver(signatures, show_names) -> str:
    approved = next((s for s in signatures if s.role == "approved"), None)
    if approved is None:
        return ""
    parts = [approved.position] + ([approved.name] if show_names else [])
    return ", ".join(part for part in parts if part)


def details(events, request) -> dict[int, dict]:
    """`{revision id: {column: value}}` for the publications among `events`."""
    published = [e for e in events if e.kind == "published" and e.revision_id and e.page is not None]
    if not published:
        return {}
    page_ids = {e.page.pk for e in published}
    published_revisions = defaultdict(list)  # page → the revisions that went live, in order
    for page_id, revision_id in (PageLogEntry.objects.filter(page_id__in=page_ids, action__in=PUBLISH_ACTIONS,
                                                             revision_id__isnull=False)
                                 .order_by("timestamp", "pk").values_list("page_id", "revision_id")):
        published_revisions[page_id].append(revision_id)
    notes = defaultdict(list)
    for page_id, revision_id, text in (ChangeNote.objects.filter(page_id__in=page_ids)
                                       .order_by("revision_id").values_list("page_id", "revision_id", "text")):
        notes[page_id].append((revision_id, text))
    signatures = signatures_for_revisions({e.revision_id for e in published}, published[0].page.locale_id)
    show_names = names_shown(request)
    result = {}
    for event in published:
        revisions = published_revisions[event.page.pk]
        number = revisions.index(event.revision_id) + 1 if event.revision_id in revisions else None
        previous = revisions[number - 2] if number and number > 1 else 0
        # the version carries the last note written since the previous version went live (record/notes.py)
        within = [text for revision_id, text in notes[event.page.pk] if previous < revision_id <= event.revision_id]
        specific, history = event.page.specific_deferred, ""
        if event.url and isinstance(specific, RegistryBasePage):  # only register pages keep a history
            history = request.build_absolute_uri(event.url + specific.reverse_subpage("history"))
        result[event.revision_id] = {
            "version": number or "", "approved_by": _approver(signatures.get(event.revision_id, []), show_names),
            "note": within[-1] if within else "", "history_url": history,
        }
    return result
