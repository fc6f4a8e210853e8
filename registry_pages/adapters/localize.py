"""wagtail-localize's private and fragile API, in one place.

The add-on keeps wagtail-localize's translation inside the publication
approval (`workflow/translation.py`, `workflow/localize_views.py`). For that
it uses names wagtail-localize does not promise to keep:

* `TranslationSource._get_segments_for_translation` (private), with
  `wagtail_localize.fields.copy_synchronised_fields` and
  `wagtail_localize.segments.ingest.ingest_segments`: the steps of
  `TranslationSource.create_or_update_translation` before it saves, so the
  translated strings can go into a revision instead of the page's row;
* `wagtail_localize.operations.TranslationCreator`: its attributes
  (`user`, `target_locales`, `seen_objects`, `mappings`) and the body of
  `create_translations`, mirrored here with the final save as a hook;
* `wagtail_localize.tasks.background` (an internal job queue);
* the admin views the add-on narrows and mounts on their URLs
  (`convert.convert_to_alias`, the submit views' `form_valid`, the update
  view's `get_form` and its `publish_translations` field);
* the translation editor's template (`wagtail_localize/admin/edit_translation.html`,
  extended by the add-on's template of the same name): its `content` block, its
  `props` (JSON, with `links.convertToAliasUrl`) and `page_perms` context.

The rest of the add-on imports these only from here; wagtail-localize's public
API (its models, `SynchronizedField`, `Translation.save_target`,
`export_po`/`import_po`) is imported directly.
`tests/registry_pages/adapters/test_localize_contract.py` checks every name
below against the installed version: when it fails after an upgrade, update
this module (and only this module).
"""

import json

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.shortcuts import redirect
from django.utils.translation import ngettext
from wagtail.models import Page
from wagtail_localize.fields import copy_synchronised_fields
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.operations import TranslationCreator
from wagtail_localize.segments.ingest import ingest_segments
from wagtail_localize.tasks import background
from wagtail_localize.views import convert, submit_translations, update_translations

# -- Views the add-on narrows (workflow/localize_views.py) ---------------------------------

convert_to_alias_view = convert.convert_to_alias  # (request, page_id)
SubmitPageTranslationView = submit_translations.SubmitPageTranslationView
SubmitSnippetTranslationView = submit_translations.SubmitSnippetTranslationView
UpdateTranslationsView = update_translations.UpdateTranslationsView
PUBLISH_TRANSLATIONS_FIELD = "publish_translations"  # UpdateTranslationsForm; read by its view's form_valid

# Which methods of which wagtail-localize class the add-on overrides (the contract tests read this).
OVERRIDDEN_METHODS = {
    TranslationCreator: ("create_translations",),
    SubmitPageTranslationView: ("form_valid",),
    SubmitSnippetTranslationView: ("form_valid",),
    UpdateTranslationsView: ("get_form",),
}


# -- Writing translated strings without saving -----------------------------------------------


def segments_for_translation(source, locale):
    """The segments of `source` translated into `locale` (the source text where a string
    has no translation yet), ready for `ingest_segments`."""
    return source._get_segments_for_translation(locale, fallback=True)


def apply_translated_strings(source, target, locale):
    """Put `source`'s content, with its strings translated into `locale`, on the in-memory
    `target` (synchronised fields copied, translatable ones translated). Nothing is saved."""
    original = source.as_instance()
    copy_synchronised_fields(original, target)
    ingest_segments(original, target, source.locale, locale, segments_for_translation(source, locale))


# -- "Translate": wagtail-localize's TranslationCreator with the save step as a hook ---------


class SavingTranslationCreator(TranslationCreator):
    """wagtail-localize's `TranslationCreator.create_translations` (1.14), with the last
    step — saving each translation's target — left to `save_translation`."""

    def save_translation(self, translation):
        raise NotImplementedError

    def create_translations(self, instance, include_related_objects=True):
        if isinstance(instance, Page):
            instance = instance.specific
        if instance.translation_key in self.seen_objects:
            return
        self.seen_objects.add(instance.translation_key)
        source, _created = TranslationSource.get_or_create_from_instance(instance)
        if include_related_objects:
            for segment in source.relatedobjectsegment_set.all():
                self.create_translations(segment.object.get_instance(instance.locale), include_related_objects=False)
        mode = getattr(
            instance,
            "localize_default_translation_mode",
            getattr(settings, "WAGTAIL_LOCALIZE_DEFAULT_TRANSLATION_MODE", "synced"),
        )
        for target_locale in self.target_locales:
            if target_locale == source.locale:
                continue
            translation, _created = Translation.objects.update_or_create(
                source=source, target_locale=target_locale, defaults={"enabled": mode == "synced"}
            )
            self.mappings[source].append(translation)
            try:
                self.save_translation(translation)
            except ValidationError:
                pass  # as wagtail-localize: an object that fails validation is left untranslated


@transaction.atomic
def translate_object(instance, locales, components, user, creator_class):
    creator = creator_class(user, locales)
    creator.create_translations(instance)
    if components is not None:
        components.save(creator, sources_and_translations=creator.mappings)


@transaction.atomic
def translate_page_subtree(page_id, locales, components, user, creator_class):
    creator = creator_class(user, locales)
    for child in Page.objects.get(id=page_id).get_descendants().order_by("path"):
        creator.create_translations(child)
    if components is not None:
        components.save(creator, sources_and_translations=creator.mappings)


class SubmitWithCreatorMixin:
    """`form_valid` of wagtail-localize's submit views, translating with `creator_class`
    (the subtree in wagtail-localize's background queue, as it does)."""

    creator_class = SavingTranslationCreator

    @transaction.atomic
    def form_valid(self, form):
        locales = form.cleaned_data["locales"]
        user = self.request.user
        translate_object(self.object, locales, self.components, user, self.creator_class)
        if isinstance(self.object, Page) and form.cleaned_data["include_subtree"]:
            background.enqueue(
                translate_page_subtree, [self.object.id, locales, self.components, user, self.creator_class], {}
            )
        single = self.object.get_translation(locales[0]) if len(locales) == 1 else None
        label = locales[0].get_display_name() if len(locales) == 1 else ngettext("%(count)s language", "%(count)s languages", len(locales)) % {"count": len(locales)}
        messages.success(self.request, self.get_success_message(label))
        return redirect(self.get_success_url() or self.get_default_success_url(single))


# -- "Sync translated pages / snippets" ------------------------------------------------------


def withhold_publish_option(form):
    """Hide "Publish immediately" on the update form; a posted value is ignored
    (a disabled field keeps its initial value, False)."""
    field = form.fields[PUBLISH_TRANSLATIONS_FIELD]
    field.disabled = True
    field.initial = False
    field.widget = field.hidden_widget()
    return form


# -- The translation editor's props (templates/wagtail_localize/admin/edit_translation.html) --

EDITOR_TEMPLATE = "wagtail_localize/admin/edit_translation.html"
EDITOR_LINKS = "links"
CONVERT_TO_ALIAS_LINK = "convertToAliasUrl"


def without_convert_to_alias_link(props: str) -> str:
    """The translation editor's JSON props without its "Convert to alias page" link."""
    data = json.loads(props)
    data.get(EDITOR_LINKS, {})[CONVERT_TO_ALIAS_LINK] = None
    return json.dumps(data)
