"""The wagtail-localize names `registry_pages/adapters/localize.py` relies on are still there
and still take what the add-on passes; each adapter function still does its job.

A failure names the adapter module and the installed wagtail-localize version.
"""

import inspect
import json
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.forms import HiddenInput
from wagtail.models import Page
from wagtail_localize.components import TranslationComponentManager
from wagtail_localize.models import RelatedObjectSegment, Translation, TranslationSource
from wagtail_localize.operations import TranslationCreator
from wagtail_localize.views.submit_translations import (
    SubmitTranslationForm,
    SubmitTranslationView,
)
from wagtail_localize.views.update_translations import UpdateTranslationsForm

from registry_pages.adapters import localize
from registry_pages.workflow import localize_views
from tests.registry_pages.adapters.support import Contract, used_outside

contract = Contract("registry_pages/adapters/localize.py", "wagtail-localize")
ANY = object()


# -- names and signatures ---------------------------------------------------------------------


def test_the_private_segments_method_takes_a_locale_and_fallback():
    method = contract.attribute(TranslationSource, "_get_segments_for_translation")
    contract.accepts(method, ANY, ANY, fallback=True, what="TranslationSource._get_segments_for_translation")


def test_the_steps_of_saving_a_translation_take_what_we_pass():
    from wagtail_localize import fields
    from wagtail_localize.segments import ingest

    contract.accepts(contract.attribute(fields, "copy_synchronised_fields"), ANY, ANY, what="copy_synchronised_fields")
    contract.accepts(contract.attribute(ingest, "ingest_segments"), ANY, ANY, ANY, ANY, ANY, what="ingest_segments")
    contract.accepts(TranslationSource.as_instance, ANY, what="TranslationSource.as_instance")
    contract.check(hasattr(TranslationSource, "locale"), "TranslationSource has no `locale` field any more")


def test_the_translation_creator_keeps_its_constructor_and_state():
    creator = localize.SavingTranslationCreator("user", ["locale"])
    for name in ("user", "target_locales", "seen_objects", "mappings"):
        contract.attribute(creator, name)
    contract.attribute(TranslationSource, "get_or_create_from_instance")
    contract.attribute(TranslationSource, "relatedobjectsegment_set")
    contract.attribute(RelatedObjectSegment, "object")
    contract.accepts(
        TranslationComponentManager.save, ANY, ANY, sources_and_translations={}, what="TranslationComponentManager.save"
    )
    contract.accepts(localize.background.enqueue, ANY, [], {}, what="wagtail_localize.tasks.background.enqueue")


def test_the_code_we_mirror_has_not_changed():
    from wagtail_localize import operations

    mirrored = "SavingTranslationCreator / translate_object / translate_page_subtree"
    contract.unchanged(operations.TranslationCreator.create_translations, "def7108273ab9e96", mirrored)
    contract.unchanged(operations.translate_object, "8059d3b50f80c382", mirrored)
    contract.unchanged(operations.translate_page_subtree, "6960f86bc358a273", mirrored)
    contract.unchanged(SubmitTranslationView.form_valid, "6b287b0f778efb89", "SubmitWithCreatorMixin.form_valid")
    contract.unchanged(
        TranslationSource.create_or_update_translation, "4c68c20a8ba2648b", "apply_translated_strings"
    )


OURS = {  # the upstream class -> the add-on's subclass
    TranslationCreator: localize_views.DraftTranslationCreator,
    localize.SubmitPageTranslationView: localize_views.SubmitPageTranslationView,
    localize.SubmitSnippetTranslationView: localize_views.SubmitSnippetTranslationView,
    localize.UpdateTranslationsView: localize_views.UpdateTranslationsView,
}


@pytest.mark.parametrize("base", list(localize.OVERRIDDEN_METHODS), ids=lambda base: base.__name__)
def test_the_views_still_have_the_methods_we_override(base):
    ours = OURS[base]
    contract.check(issubclass(ours, base), f"{ours.__name__} no longer derives from {base.__name__}")
    for name in localize.OVERRIDDEN_METHODS[base]:
        upstream = contract.attribute(base, name)
        contract.same_parameters(upstream, getattr(ours, name), f"{base.__name__}.{name}")


def test_the_submit_views_provide_what_our_form_valid_uses():
    dispatch = contract.attribute(SubmitTranslationView, "dispatch")
    contract.check("self.components =" in inspect.getsource(dispatch), "SubmitTranslationView no longer sets `components`")
    for view in (localize.SubmitPageTranslationView, localize.SubmitSnippetTranslationView):
        contract.accepts(view.get_success_message, ANY, "label", what=f"{view.__name__}.get_success_message")
        contract.accepts(view.get_success_url, ANY, what=f"{view.__name__}.get_success_url")
        contract.accepts(view.get_default_success_url, ANY, ANY, what=f"{view.__name__}.get_default_success_url")
    for name in ("locales", "include_subtree"):
        contract.check(name in SubmitTranslationForm.base_fields, f"SubmitTranslationForm has no `{name}`")


def test_the_update_view_reads_the_publish_field_we_withhold():
    contract.check(
        localize.PUBLISH_TRANSLATIONS_FIELD in UpdateTranslationsForm.base_fields,
        f"UpdateTranslationsForm has no `{localize.PUBLISH_TRANSLATIONS_FIELD}` field",
    )
    contract.check(
        localize.PUBLISH_TRANSLATIONS_FIELD in inspect.getsource(localize.UpdateTranslationsView.form_valid),
        f"UpdateTranslationsView.form_valid no longer reads `{localize.PUBLISH_TRANSLATIONS_FIELD}`",
    )


def test_the_convert_view_takes_a_request_and_page_id():
    contract.accepts(localize.convert_to_alias_view, ANY, page_id=1, what="wagtail_localize.views.convert.convert_to_alias")


def test_the_translation_editor_still_has_the_block_and_props_we_narrow():
    import wagtail_localize
    from wagtail_localize.views import edit_translation

    template = (Path(wagtail_localize.__file__).parent / "templates" / localize.EDITOR_TEMPLATE).read_text()
    contract.check("{% block content %}" in template, f"{localize.EDITOR_TEMPLATE} has no `content` block")
    contract.check('data-props="{{ props }}"' in template, f"{localize.EDITOR_TEMPLATE} no longer renders `props`")
    view = inspect.getsource(edit_translation)
    for key in (localize.EDITOR_LINKS, localize.CONVERT_TO_ALIAS_LINK, "props", "page_perms"):
        contract.check(f'"{key}"' in view, f"the translation editor's props or context have no `{key}`")
    props = '{"links": {"convertToAliasUrl": "/alias/", "stopTranslationUrl": "/stop/"}, "x": 1}'
    narrowed = json.loads(localize.without_convert_to_alias_link(props))
    expected = {"links": {"convertToAliasUrl": None, "stopTranslationUrl": "/stop/"}, "x": 1}
    contract.check(narrowed == expected, f"without_convert_to_alias_link gave {narrowed}")


def test_only_the_adapter_uses_the_fragile_names():
    fragile = (
        "_get_segments_for_translation",
        "copy_synchronised_fields",
        "ingest_segments",
        "wagtail_localize.operations",
        "wagtail_localize.tasks",
        "wagtail_localize.views",
        "wagtail_localize.segments",
        "convertToAliasUrl",
    )
    assert used_outside(contract.adapter, fragile) == [], f"use {contract.adapter} instead"


# -- behaviour --------------------------------------------------------------------------------


@pytest.fixture
def translated_page(site_root, locales):
    """A tiny page with its title translated (its slug not), and an in-memory target."""
    locale = next(locale for code, locale in locales.items() if locale != site_root.locale)
    if not site_root.has_translation(locale):
        site_root.copy_for_translation(locale)
    page = site_root.add_child(instance=Page(title="Contract source", slug="t-contract-source"))
    source, _created = TranslationSource.update_or_create_from_instance(page)
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale, defaults={"enabled": True})
    po = translation.export_po()
    for entry in po:
        entry.msgstr = "Contract target" if entry.msgctxt == "title" else ""
    translation.import_po(po, translation_type="manual", tool_name="test")
    return page, source, locale


@pytest.mark.django_db
def test_segments_for_translation_give_the_translation_or_the_source_text(translated_page):
    page, source, locale = translated_page
    strings = {segment.path: segment.string.data for segment in localize.segments_for_translation(source, locale) if hasattr(segment, "string")}
    contract.check(strings.get("title") == "Contract target", f"segments_for_translation gave {strings}")
    contract.check(strings.get("slug") == page.slug, f"segments_for_translation gave no fallback: {strings}")


@pytest.mark.django_db
def test_apply_translated_strings_changes_the_object_not_the_row(translated_page):
    page, source, locale = translated_page
    target = page.copy_for_translation(locale)
    localize.apply_translated_strings(source, target, locale)
    contract.check(target.title == "Contract target", f"apply_translated_strings left the title {target.title!r}")
    contract.check(Page.objects.get(pk=target.pk).title == "Contract source", "apply_translated_strings saved the row")


@pytest.mark.django_db
def test_the_saving_creator_saves_each_target_once_through_its_hook(translated_page):
    page, source, locale = translated_page
    saved = []

    class Recording(localize.SavingTranslationCreator):
        def save_translation(self, translation):
            saved.append(translation)

    creator = Recording(get_user_model().objects.create_user("t_contract"), [page.locale, locale])
    creator.create_translations(page)
    creator.create_translations(page)  # seen: not again
    expected = [Translation.objects.get(source=source, target_locale=locale)]
    contract.check(saved == expected, f"SavingTranslationCreator saved {saved}")
    contract.check(creator.mappings[source] == expected, f"SavingTranslationCreator mapped {dict(creator.mappings)}")


def test_withhold_publish_option_hides_and_ignores_the_posted_value():
    form = localize.withhold_publish_option(UpdateTranslationsForm({localize.PUBLISH_TRANSLATIONS_FIELD: "on"}))
    contract.check(form.is_valid(), f"the update form with the option withheld is invalid: {form.errors}")
    contract.check(form.cleaned_data[localize.PUBLISH_TRANSLATIONS_FIELD] is False, "a posted “Publish immediately” counts")
    widget = form.fields[localize.PUBLISH_TRANSLATIONS_FIELD].widget
    contract.check(isinstance(widget, HiddenInput), f"the withheld option is still shown ({type(widget).__name__})")


def test_the_listing_buttons_we_replace_are_the_ones_we_rebuild():
    from wagtail_localize import wagtail_hooks as localize_hooks

    from registry_pages.adapters import localize_listing

    contract.unchanged(
        localize_hooks.page_listing_more_buttons, "2a98d3b297d8c957", "adapters/localize_listing.page_listing_more_buttons"
    )
    contract.same_parameters(
        localize_hooks.page_listing_more_buttons, localize_listing.page_listing_more_buttons,
        "wagtail_localize.wagtail_hooks.page_listing_more_buttons",
    )
