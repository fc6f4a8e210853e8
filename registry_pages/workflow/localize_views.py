"""wagtail-localize's admin views, narrowed so that nothing citizens see changes
without the publication approval.

Each view here is mounted on wagtail-localize's own URL (see
`workflow/localize_hooks.py`), so links, buttons and `reverse()` keep working:

* **Convert to alias** shows the source page's content on the translation at
  once (and makes a draft translation live). Only someone who may publish the
  page may do it; anyone else is told so and nothing changes.
* **Translate** ("Translate this page", "Translate", with or without the
  subtree) saves translations that citizens can already see — an alias in the
  target language, a live translation of a child page — as a new *revision*
  only; wagtail-localize would overwrite the live row with whatever strings are
  in translation memory, approved or not.
* **Sync translated pages / snippets** offers "Publish immediately" only to
  those who may publish the source; for anyone else the option is not shown and
  a posted value is ignored.
"""

import contextlib

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.admin.views.pages.utils import get_valid_next_url_from_request
from wagtail.models import DraftStateMixin, Page
from wagtail.snippets.permissions import get_permission_name
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.operations import TranslationCreator
from wagtail_localize.tasks import background
from wagtail_localize.views import convert, submit_translations, update_translations

from registry_pages.workflow.translation import save_translation


def can_publish(instance, user) -> bool:
    """May `user` make `instance` (a page or a snippet) public without approval?"""
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_publish()
    if isinstance(instance, DraftStateMixin):
        return user.has_perm(get_permission_name("publish", type(instance)))
    return user.is_superuser


# -- Convert to alias --------------------------------------------------------------------


def convert_to_alias(request, page_id):
    page = get_object_or_404(Page, id=page_id, alias_of_id__isnull=True)
    if page.permissions_for_user(request.user).can_edit() and not can_publish(page, request.user):
        messages.error(
            request,
            _(
                "Only someone who may publish this page can turn it back into an alias: an alias "
                "shows the source page's content to citizens at once, without approval."
            ),
        )
        return redirect(get_valid_next_url_from_request(request) or reverse("wagtailadmin_pages:edit", args=[page.id]))
    return convert.convert_to_alias(request, page_id)


# -- Translate ----------------------------------------------------------------------------


class DraftTranslationCreator(TranslationCreator):
    """wagtail-localize's TranslationCreator, saving through `save_translation`: a
    translation citizens already see gets a new revision, never a new row."""

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
            with contextlib.suppress(ValidationError):
                save_translation(translation, self.user)


@transaction.atomic
def translate_object(instance, locales, components=None, user=None):
    creator = DraftTranslationCreator(user, locales)
    creator.create_translations(instance)
    if components is not None:
        components.save(creator, sources_and_translations=creator.mappings)


@transaction.atomic
def translate_page_subtree(page_id, locales, components, user):
    creator = DraftTranslationCreator(user, locales)
    for child in Page.objects.get(id=page_id).get_descendants().order_by("path"):
        creator.create_translations(child)
    if components is not None:
        components.save(creator, sources_and_translations=creator.mappings)


class DraftSubmitMixin:
    """`form_valid` of wagtail-localize's submit views, with `DraftTranslationCreator`."""

    @transaction.atomic
    def form_valid(self, form):
        locales = form.cleaned_data["locales"]
        translate_object(self.object, locales, self.components, self.request.user)
        if isinstance(self.object, Page) and form.cleaned_data["include_subtree"]:
            background.enqueue(translate_page_subtree, [self.object.id, locales, self.components, self.request.user], {})
        single = self.object.get_translation(locales[0]) if len(locales) == 1 else None
        label = locales[0].get_display_name() if len(locales) == 1 else ngettext("%(count)s language", "%(count)s languages", len(locales)) % {"count": len(locales)}
        messages.success(self.request, self.get_success_message(label))
        return redirect(self.get_success_url() or self.get_default_success_url(single))


class SubmitPageTranslationView(DraftSubmitMixin, submit_translations.SubmitPageTranslationView):
    pass


class SubmitSnippetTranslationView(DraftSubmitMixin, submit_translations.SubmitSnippetTranslationView):
    pass


# -- Sync translated pages / snippets ------------------------------------------------------


class UpdateTranslationsView(update_translations.UpdateTranslationsView):
    def may_publish(self):
        return can_publish(self.object.get_source_instance(), self.request.user)

    def get_form(self):
        form = super().get_form()
        if not self.may_publish():
            # Not offered, and a posted value is ignored (a disabled field keeps its initial value).
            field = form.fields["publish_translations"]
            field.disabled = True
            field.initial = False
            field.widget = field.hidden_widget()
        return form
