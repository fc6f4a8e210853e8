"""The published versions of a page, numbered from 1 in the order they went live.

The source is Wagtail's log: every publication writes a `PageLogEntry` with the
revision that went live, whoever published it — the mayor's final approval (the
workflow's finish action publishes the revision), an administrator directly, or
`publish_scheduled` for a version approved with a later go-live date
(`wagtail.publish.scheduled`). Revisions alone cannot say this: Wagtail keeps no
publication date on them. The entry outlives the page (no foreign-key
constraint), and numbers never change: a new publication only adds one.

A version *applies from* the moment it went live; for a scheduled one, from its
go-live date (the cron job runs a few minutes later). It applies until the next
version applies, or until the page was withdrawn (unpublished).

Three to six queries for a page, however many versions it has: the log, the
signatures (`workflow.trail.signatures_for_revisions`) and the change notes.
"""

from dataclasses import dataclass, field
from datetime import datetime
from datetime import timezone as dt_timezone

from django.db.models import F, Q
from django.db.models.fields.json import KeyTextTransform
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from wagtail.models import PageLogEntry

from registry_pages.record.notes import attach_notes
from registry_pages.workflow.trail import Signature, signatures_for_revisions

PUBLISH_ACTIONS = ("wagtail.publish", "wagtail.publish.scheduled")
WITHDRAW_ACTIONS = ("wagtail.unpublish", "wagtail.unpublish.scheduled", "wagtail.delete")
VERSIONS_ATTRIBUTE = "_published_versions"


@dataclass
class Version:
    number: int
    revision_id: int
    published_at: datetime
    applies_from: datetime
    until: datetime | None = None  # when it stopped applying (the next version, or the withdrawal)
    signatures: list[Signature] = field(default_factory=list)
    note: str = ""
    user_id: int | None = None  # who entered it: the revision's author

    @property
    def approved_by(self) -> Signature | None:
        return next((s for s in self.signatures if s.role == "approved"), None)

    @property
    def in_force(self) -> bool:
        return self.until is None


def _applies_from(entry) -> datetime:
    if entry.action == "wagtail.publish.scheduled" and entry.go_live_at:
        scheduled = parse_datetime(entry.go_live_at)
        if scheduled is not None and timezone.is_naive(scheduled):
            scheduled = timezone.make_aware(scheduled, dt_timezone.utc)
        if scheduled is not None and scheduled <= entry.timestamp:
            return scheduled
    return entry.timestamp


def published_versions(page) -> list[Version]:
    """Every version of `page` that went live, oldest first (kept on the page for the request)."""
    cached = getattr(page, VERSIONS_ATTRIBUTE, None)
    if cached is not None:
        return cached
    entries = list(
        PageLogEntry.objects.filter(page_id=page.pk)
        .filter(Q(action__in=PUBLISH_ACTIONS, revision_id__isnull=False) | Q(action__in=WITHDRAW_ACTIONS))
        .annotate(go_live_at=KeyTextTransform("go_live_at", "revision__content"), author_id=F("revision__user_id"))
        .only("action", "timestamp", "revision_id")
        .order_by("timestamp", "pk")
    )
    versions: list[Version] = []
    for entry in entries:
        if entry.action in WITHDRAW_ACTIONS:
            if versions and versions[-1].until is None:
                versions[-1].until = entry.timestamp
            continue
        applies_from = _applies_from(entry)
        if versions and versions[-1].until is None:
            versions[-1].until = applies_from
        versions.append(
            Version(
                number=len(versions) + 1,
                revision_id=entry.revision_id,
                published_at=entry.timestamp,
                applies_from=applies_from,
                user_id=entry.author_id,
            )
        )
    if not page.live and versions and versions[-1].until is None:
        versions[-1].until = page.latest_revision_created_at or versions[-1].published_at
    if versions:
        signatures = signatures_for_revisions({v.revision_id for v in versions}, page.locale_id)
        for version in versions:
            version.signatures = signatures.get(version.revision_id, [])
        attach_notes(page, versions)
    setattr(page, VERSIONS_ATTRIBUTE, versions)
    return versions
