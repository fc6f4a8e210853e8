"""Translations behind their source ("outdated").

A synced wagtail-localize translation copies its source's content when it is
made and each time the source is synced ("Sync translated pages", which
stores the source's current content in its `TranslationSource` and sets
`last_updated_at`). A translation is **behind its source** while citizens may
read an older text than the source's:

* the source was published after the last sync (`source.last_published_at >
  TranslationSource.last_updated_at`): its changes have not reached the
  translation at all; or
* the translation was synced, but what citizens see is older than that sync
  (`TranslationSource.last_updated_at > translation.live_revision.created_at`):
  the synced translation has not been approved and published yet.

So the flag clears only when the translation is re-synced *and* its new text
is approved and published (every way of publishing a translation — our
"Submit translation for approval", wagtail-localize's "Publish" — makes a
revision after the sync). A sync with nothing new also flags the
translation until it is published again: its text may have changed.

Only live translations that are synced (an enabled `Translation`) and not
aliases can be behind; a source (a page in the locale it was translated
from) never is, nor an object never translated. A translation edited by hand
("Stop synced translation") is its editors' responsibility.

Everything is computed in SQL: `annotate_behind` adds one boolean to a page
queryset (the explorer's rows, no extra query), `annotate_behind_source_locale`
the source's locale to the public layout's language versions (no extra query),
`behind_source` is one query for one page or snippet (the translation editor),
`behind_translations` serves the dashboard.
"""

from dataclasses import dataclass
from datetime import datetime

from django.db.models import Exists, F, OuterRef, Q, Subquery
from django.urls import reverse
from django.utils.translation import get_language_info
from django.utils.translation import gettext as _
from wagtail.models import Page, Revision, get_default_page_content_type
from wagtail_localize.models import Translation

from registry_pages.core.dates import format_day

BEHIND = "registry_translation_behind"  # the annotation on the explorer's pages


def _source_published_at(model):
    """The last publication of the translation's source object (None if it is not live)."""
    return Subquery(
        model._default_manager.filter(
            translation_key=OuterRef("source__object_id"), locale_id=OuterRef("source__locale_id"), live=True
        ).values("last_published_at")[:1]
    )


def _behind(translations, model, target_live_revision_created):
    return translations.filter(enabled=True).annotate(source_published_at=_source_published_at(model)).filter(
        Q(source_published_at__gt=F("source__last_updated_at"))
        | Q(source__last_updated_at__gt=target_live_revision_created)
    )


def _behind_outer_page():
    """As a subquery of a page queryset: the outer page's translation, if it is behind."""
    translations = Translation.objects.filter(
        source__object_id=OuterRef("translation_key"), target_locale_id=OuterRef("locale_id")
    )
    live_revision_created = Subquery(
        Revision.objects.filter(pk=OuterRef(OuterRef("live_revision_id"))).values("created_at")[:1]
    )
    return _behind(translations, Page, live_revision_created)


def annotate_behind(pages):
    """`pages` with the boolean `BEHIND`: a synced translation whose source changed
    since citizens' version was made (a subquery of the same SQL statement)."""
    return pages.annotate(**{BEHIND: Exists(_behind_outer_page())})


BEHIND_SOURCE_LOCALE = "registry_behind_source_locale_id"  # the annotation on the layout's translations


def annotate_behind_source_locale(pages):
    """`pages` with `BEHIND_SOURCE_LOCALE`: for a translation behind its source, the source's
    locale id (else None), as a subquery of the same statement. The public layout reads a
    page's live translations with it, so the notice costs no query of its own."""
    return pages.annotate(**{BEHIND_SOURCE_LOCALE: Subquery(_behind_outer_page().values("source__locale_id")[:1])})


def is_behind(page) -> bool:
    """Read the annotation of `annotate_behind` (a live, real translation only)."""
    return bool(getattr(page, BEHIND, False)) and page.live and not getattr(page, "alias_of_id", None)


@dataclass(frozen=True)
class Behind:
    """Why a translation is behind its source."""

    source_language: str  # the source's language code
    source_published_at: datetime | None  # when the source was last published (None: not live)
    synced: bool  # True: synced since, waiting for approval; False: not synced since
    translation_source_id: int  # wagtail-localize's "Sync translated pages" takes it


ROW_FIELDS = ("source_id", "source__locale__language_code", "source__last_updated_at", "source_published_at")


def _behind_from(row) -> Behind:
    published = row["source_published_at"]
    return Behind(
        source_language=row["source__locale__language_code"],
        source_published_at=published,
        synced=published is None or published <= row["source__last_updated_at"],
        translation_source_id=row["source_id"],
    )


def _can_be_behind(obj) -> bool:
    return (
        getattr(obj, "translation_key", None) is not None
        and getattr(obj, "live", False)
        and not getattr(obj, "alias_of_id", None)
    )


def behind_source(obj) -> Behind | None:
    """How a live page or draftable snippet is behind its source, or None (one query)."""
    if not _can_be_behind(obj):
        return None
    live_revision_created = Subquery(
        Revision.objects.filter(pk=obj.live_revision_id).values("created_at")[:1]
    )
    translations = Translation.objects.filter(source__object_id=obj.translation_key, target_locale_id=obj.locale_id)
    row = (
        _behind(translations, obj.get_translation_model(), live_revision_created)
        .values(*ROW_FIELDS)
        .first()
    )
    return None if row is None else _behind_from(row)


@dataclass(frozen=True)
class BehindPage:
    page: Page
    behind: Behind


def behind_translations(pages=None, limit=20) -> tuple[list[BehindPage], int]:
    """The live translated pages behind their source, among `pages` (a queryset, default
    all), the most recently changed source first: (at most `limit` of them, how many)."""
    pages = (Page.objects.all() if pages is None else pages).filter(live=True, alias_of__isnull=True)
    target = pages.filter(translation_key=OuterRef("source__object_id"), locale_id=OuterRef("target_locale_id"))
    translations = (
        _behind(
            Translation.objects.filter(source__object__content_type=get_default_page_content_type()),
            Page,
            Subquery(target.values("live_revision__created_at")[:1]),
        )
        .annotate(target_id=Subquery(target.values("pk")[:1]))
        .filter(target_id__isnull=False)
    )
    total = translations.count()
    rows = list(
        translations.order_by(F("source_published_at").desc(nulls_last=True), "pk").values("target_id", *ROW_FIELDS)[:limit]
    )
    by_id = Page.objects.filter(pk__in=[row["target_id"] for row in rows]).select_related("locale").in_bulk()
    found = []
    for row in rows:
        page = by_id.get(row["target_id"])
        if page is None:
            continue
        found.append(BehindPage(page, _behind_from(row)))
    return found, total


# -- What editors and citizens read ------------------------------------------------------


def language_name(code: str) -> str:
    """The language's name in the active language ("Bulgarian", "bułgarski")."""
    try:
        return str(get_language_info(code)["name_translated"])
    except KeyError:
        return code


def local_date(moment) -> str:
    return format_day(moment, "long")


def editor_message(behind: Behind) -> str:
    """What the editor of a translation behind its source reads, and what to do."""
    language = language_name(behind.source_language)
    if behind.synced:
        return _(
            "This translation was synced with its changed %(language)s source: citizens see the older "
            "translation until the synced one is approved and published."
        ) % {"language": language}
    values = {"language": language, "date": local_date(behind.source_published_at)}
    return _(
        "The %(language)s source of this translation was changed and published on %(date)s, after the "
        "translation was last synced. Sync it from the source (“Sync translated pages”), translate what "
        "changed and submit it for approval."
    ) % values


SYNC_PERMISSION = "wagtail_localize.submit_translation"  # wagtail-localize's "Sync translated pages" asks for it


def sync_url(behind: Behind, user) -> str | None:
    """Where `user` syncs the translation from its source, if it still needs syncing and they may."""
    if behind.synced or user is None or not user.has_perm(SYNC_PERMISSION):
        return None
    return reverse("wagtail_localize:update_translations", args=[behind.translation_source_id])
