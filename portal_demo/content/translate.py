"""Translate demo content the way a translator does with wagtail-localize.

The source object is submitted for translation, its PO file is exported, the
translated strings are filled in, the PO is imported back and the target is
saved. Nothing is copied untranslated: a string with no translation raises.
"""

from collections.abc import Mapping

from wagtail.models import DraftStateMixin, Locale
from wagtail_localize.models import Translation, TranslationSource

from registry_pages.core.slugs import ascii_slug

SLUG_CONTEXT = "slug"


class MissingDemoTranslation(Exception):
    pass


def translate(instance, language_code: str, strings: Mapping[str, str], *, publish: bool = True, user=None):
    locale = Locale.objects.get(language_code=language_code)
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    po = translation.export_po()
    missing = []
    for entry in po:
        if entry.obsolete:
            continue
        if entry.msgctxt == SLUG_CONTEXT:
            entry.msgstr = _translated_slug(instance, strings, language_code) or entry.msgid
        elif entry.msgid in strings:
            entry.msgstr = strings[entry.msgid]
        elif not any(ch.isalpha() for ch in entry.msgid):
            entry.msgstr = entry.msgid
        else:
            missing.append(f"{entry.msgctxt}: {entry.msgid[:80]}")
    if missing:
        raise MissingDemoTranslation(f"{instance!r} → {language_code}: " + "; ".join(missing))
    translation.import_po(po, translation_type="manual", tool_name="load_demo")
    if not isinstance(instance, DraftStateMixin):
        translation.save_target(user=user)
        return instance.get_translation(locale)
    # wagtail-localize publishes a translated page on transaction commit, from the
    # page object it held when saving; inside load_demo's single transaction that is
    # long after the page's children were added, so the stale object reset the
    # page's `numchild` to 0 and its children vanished from menus and the admin.
    # Save a draft and publish it now, from a fresh copy, instead.
    translation.save_target(user=user, publish=False)
    target = instance.get_translation(locale)
    if publish:
        target.get_latest_revision().publish(user=user)
        target.refresh_from_db()
    return target


def _translated_slug(instance, strings, language_code) -> str:
    """A page's slug in the target language: its translated title, in ASCII."""
    title = strings.get(getattr(instance, "title", None) or "")
    return ascii_slug(title, language_code) if title else ""


def translate_all(instance, texts, languages, *, publish=True):
    """Translate into each language from a list of `T` texts."""
    from portal_demo.content.text import phrasebook

    return {code: translate(instance, code, phrasebook(texts, code), publish=publish) for code in languages}
