"""The completeness of a page in each of its languages, for the translation editor.

The page editor and the explorer show a page's completeness (`workflow/content.py`);
wagtail-localize's translation editor showed nothing, so a translator could not see
that the Polish card still had the Bulgarian summary. Above that editor the add-on
lists every language version of the page with what it still lacks:

* an item of the checklist that is empty in that version ("fee (0 when free)");
* for a synced translation, an item whose text is there only because it falls back
  to the source: a string of the item's fields without a translation in that
  language ("summary — not translated"). It does not count as done.

Each version is read as it would be submitted (its latest revision). One query for
the versions, then about eight per version (its latest revision and what the
checklist reads of it, the synced translation's untranslated strings): a page has
four languages at most (25 queries for three, tested).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Exists, OuterRef
from django.utils.translation import gettext as _
from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation

from registry_pages.workflow import content
from registry_pages.workflow.completeness import synced_translation


@dataclass(frozen=True)
class LanguageCompleteness:
    locale: object
    current: bool  # the version open in the editor
    done: int
    total: int
    missing: tuple  # labels of empty items
    untranslated: tuple  # labels of items still in the source language

    @property
    def complete(self) -> bool:
        return not self.missing and not self.untranslated

    def lacks(self) -> str:
        parts = [str(label) for label in self.missing]
        parts += [_("%(item)s — not translated") % {"item": label} for label in self.untranslated]
        return ", ".join(parts)


def untranslated_fields(obj) -> set[str]:
    """The first part of the path of every string of `obj`'s synced translation that has
    no translation in its language ("summary", "fees" …); empty for an original."""
    translation = synced_translation(obj)
    if translation is None:
        return set()
    missing = StringSegment.objects.filter(source_id=translation.source_id).exclude(
        Exists(StringTranslation.objects.filter(
            translation_of_id=OuterRef("string_id"), context_id=OuterRef("context_id"),
            locale_id=translation.target_locale_id, has_error=False,
        ))
    )
    return {path.split(".")[0] for path in missing.values_list("context__path", flat=True)}


def _version(obj, current) -> LanguageCompleteness | None:
    checklist = content.checklist_for(obj.get_latest_revision_as_object())
    if checklist is None:
        return None
    fields = untranslated_fields(obj)
    untranslated = tuple(item.label for item in checklist.done if fields.intersection(item.translated_in))
    return LanguageCompleteness(
        locale=obj.locale, current=current, done=len(checklist.done) - len(untranslated), total=checklist.total,
        missing=tuple(item.label for item in checklist.missing), untranslated=untranslated,
    )


def completeness_by_language(obj) -> list[LanguageCompleteness]:
    """Every language version of the page `obj` with its completeness, `obj`'s first;
    [] when `obj` is not a page of a type with a checklist."""
    if not isinstance(obj, Page) or not content.has_checklist(obj.specific_class or type(obj)):
        return []
    obj = obj.specific
    others = type(obj).objects.filter(translation_key=obj.translation_key).exclude(pk=obj.pk)
    versions = [obj] + list(others.select_related("locale").order_by("locale__language_code"))
    rows = [_version(version, version.pk == obj.pk) for version in versions]
    return [row for row in rows if row is not None]
