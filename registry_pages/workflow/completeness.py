"""How far a synced translation is translated, and the rule built on it.

A page or a moderated snippet that is the target of a synced wagtail-localize
translation gets its text from the translation memory; a string without a
translation falls back to the source text. So a Polish page with 2 of 8
strings translated is a Polish page with Bulgarian fields. The rule: a
translation can be submitted for approval, and approved, only when every
string segment has a translation.

A string that needs no translation (a legal act number, a name, an address)
counts as translated when the editor enters the source text itself as its
translation in the translation editor: "same as source" is an explicit
decision, a missing translation is not.

`Translation.get_progress()` is wagtail-localize's public API (its editor uses
it for the progress of related snippets): it counts the string segments of
the translation source and those with a translation without error in the
target locale. Overridable segments (images, links that default to the
source's) are not strings and are not counted.
"""

from dataclasses import dataclass

from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail_localize.models import Translation


def synced_translation(obj):
    """The enabled wagtail-localize translation whose target is `obj` (a page or a
    translatable snippet), or None."""
    key, locale_id = getattr(obj, "translation_key", None), getattr(obj, "locale_id", None)
    if key is None or locale_id is None:
        return None
    return (
        Translation.objects.filter(source__object_id=key, target_locale_id=locale_id, enabled=True)
        .select_related("source", "target_locale")
        .first()
    )


@dataclass(frozen=True)
class Progress:
    translated: int
    total: int

    @property
    def missing(self) -> int:
        return max(self.total - self.translated, 0)

    @property
    def complete(self) -> bool:
        return self.missing == 0

    def __str__(self):
        return ngettext(
            "%(translated)d of %(total)d string translated",
            "%(translated)d of %(total)d strings translated",
            self.total,
        ) % {"translated": self.translated, "total": self.total}


def progress_of(translation) -> Progress:
    total, translated = translation.get_progress()
    return Progress(translated=translated, total=total)


def translation_progress(obj):
    """`Progress` of `obj` if it is a synced translation target, else None (an
    original, or a translation edited by hand)."""
    translation = synced_translation(obj)
    return progress_of(translation) if translation is not None else None


def progress_by_object(objects) -> dict:
    """{obj.pk: Progress} for those of `objects` (of one model) that are synced
    translation targets: one query for the translations, one per translation."""
    wanted = {(obj.translation_key, obj.locale_id): obj.pk for obj in objects}
    translations = Translation.objects.filter(
        source__object_id__in={key for key, _locale in wanted}, target_locale_id__in={loc for _key, loc in wanted},
        enabled=True,
    ).select_related("source")
    found = {}
    for translation in translations:
        pk = wanted.get((translation.source.object_id, translation.target_locale_id))
        if pk is not None:
            found[pk] = progress_of(translation)
    return found


def _same_as_source_hint() -> str:
    return _(
        "A string that needs no translation (a legal act number, a name) counts as translated "
        "when you enter the source text itself as its translation."
    )


def cannot_submit_message(progress: Progress) -> str:
    """Why an incomplete translation cannot be submitted, and where to finish it."""
    missing = ngettext(
        "%(missing)d of %(total)d string is not translated yet, so this translation cannot be "
        "submitted for approval: citizens would see it in the source language.",
        "%(missing)d of %(total)d strings are not translated yet, so this translation cannot be "
        "submitted for approval: citizens would see them in the source language.",
        progress.missing,
    ) % {"missing": progress.missing, "total": progress.total}
    where = _("Open the translation editor (Edit) and translate what is missing.")
    return f"{missing} {where} {_same_as_source_hint()}"


def cannot_approve_message(progress: Progress) -> str:
    """Why an incomplete translation cannot be approved, and what the reviewer can do."""
    missing = ngettext(
        "%(missing)d of %(total)d string of this translation is not translated (the source may "
        "have changed since it was submitted), so it cannot be approved.",
        "%(missing)d of %(total)d strings of this translation are not translated (the source may "
        "have changed since it was submitted), so it cannot be approved.",
        progress.missing,
    ) % {"missing": progress.missing, "total": progress.total}
    return f"{missing} {_('Request changes, so that the translator completes it.')}"


def reviewer_line(progress: Progress) -> str:
    """What the reviewer reads: "Translation: 8 of 8 strings translated"."""
    return _("Translation: %(progress)s") % {"progress": progress}
