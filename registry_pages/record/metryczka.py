"""The metryczka of a published page: who prepared, entered and approved it, and its dates.

Poland's BIP rules ask for it under every piece of public information, and the same
record is what Bulgaria's and Ukraine's rules ask of an information card:

* prepared by: the unit responsible for the page and its contact position (set by the
  editor on the Responsibility tab);
* entered by: the author of the version on screen (its revision's user), and
* approved by: the final approval of that version (`workflow.trail`), both shown by the
  trail's rules: position in the page's language, name as the person writes it, and
  no names at all when the municipality switches the trail off;
* produced (first published), published (this version), and applies from: the version's
  go-live date when it was approved for a later date, else its publication.

No query of its own for a version approved through the workflow (the author is read with
the trail's signatures); one otherwise (the live revision, its author and position).
"""

from dataclasses import dataclass
from datetime import datetime

from django.db.models import OuterRef, Subquery
from django.db.models.fields.json import KeyTextTransform
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from wagtail.models import Revision

from registry_pages.models import Position, PositionHolder
from registry_pages.record.visits import remember_page_views, views_annotations
from registry_pages.workflow.trail import (
    AUTHOR_ATTRIBUTE,
    Signature,
    approval_trail,
    person_name,
)


@dataclass
class Metryczka:
    prepared_by: list[str]
    entered_by_name: str
    entered_by_position: str
    approved_by: Signature | None
    produced: datetime | None
    published: datetime | None
    applies_from: datetime | None
    views: tuple[int, int] | None = None  # read with the live revision when that is read (record/visits.py)


def _holders(user):
    return PositionHolder.objects.filter(user_id=user, position__live=True).order_by(
        "position__locale_id", "sort_order", "pk"
    )


def _position_of_author(locale_id):
    """The author's first public position, in the page's language when translated (as `trail._positions`)."""
    localized = Position.objects.filter(
        translation_key=Subquery(_holders(OuterRef(OuterRef("user_id"))).values("position__translation_key")[:1]),
        locale_id=locale_id,
        live=True,
    ).values("title")[:1]
    return Coalesce(Subquery(localized), Subquery(_holders(OuterRef("user_id")).values("position__title")[:1]))


def _scheduled(page, scheduled, created_at) -> datetime | None:
    """Applies from: a go-live date set for this version lies after its revision was made
    (an older one is left over from an earlier scheduling); else the publication."""
    published = page.last_published_at
    if scheduled is not None and published is not None and created_at is not None and created_at < scheduled <= published:
        return scheduled
    return published


def metryczka(page) -> Metryczka:
    trail = approval_trail(page)
    known = getattr(page, AUTHOR_ATTRIBUTE, None)  # read with the trail: no query of its own
    if known is not None:
        return _record(page, trail, known.name, known.position, _scheduled(page, page.go_live_at, known.created_at))
    revision = None
    if page.live_revision_id:
        revision = (
            Revision.objects.filter(pk=page.live_revision_id)
            .select_related("user")
            .defer("content")
            .annotate(go_live_at=KeyTextTransform("go_live_at", "content"),
                      author_position=_position_of_author(page.locale_id),
                      **views_annotations(page.pk))
            .first()
        )
    author = revision.user if revision is not None else None
    scheduled = None
    if revision is not None and revision.go_live_at:
        scheduled = parse_datetime(revision.go_live_at)
        if scheduled is not None and timezone.is_naive(scheduled):
            scheduled = timezone.make_aware(scheduled)
    record = _record(page, trail, person_name(author) if author is not None else "",
                     (revision.author_position or "") if author is not None else "",
                     _scheduled(page, scheduled, revision.created_at if revision is not None else None))
    if revision is not None:
        record.views = remember_page_views(page, revision.views_total, revision.views_recent)
    return record


def _record(page, trail, author_name, author_position, applies_from) -> Metryczka:
    prepared_by = [str(x) for x in (getattr(page, "responsible_department", None),
                                    getattr(page, "contact_position", None)) if x is not None]
    return Metryczka(
        prepared_by=prepared_by,
        entered_by_name=author_name,
        entered_by_position=author_position,
        approved_by=trail[-1] if trail and trail[-1].role == "approved" else None,
        produced=page.first_published_at,
        published=page.last_published_at,
        applies_from=applies_from,
    )
