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
* **Sync translated pages / snippets** never offers "Publish immediately"
  (administrators included): right after a sync the strings the source gained
  have no translation, so it would publish half-translated pages around the
  completeness gate. The option is not shown and a posted value is ignored; each
  translation is then submitted for approval.
"""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.admin.views.pages.utils import get_valid_next_url_from_request
from wagtail.models import DraftStateMixin, Page
from wagtail.snippets.permissions import get_permission_name

from registry_pages.adapters import localize
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
    return localize.convert_to_alias_view(request, page_id)


# -- Translate ----------------------------------------------------------------------------


class DraftTranslationCreator(localize.SavingTranslationCreator):
    """wagtail-localize's TranslationCreator, saving through `save_translation`: a
    translation citizens already see gets a new revision, never a new row."""

    def save_translation(self, translation):
        save_translation(translation, self.user)


class SubmitPageTranslationView(localize.SubmitWithCreatorMixin, localize.SubmitPageTranslationView):
    creator_class = DraftTranslationCreator


class SubmitSnippetTranslationView(localize.SubmitWithCreatorMixin, localize.SubmitSnippetTranslationView):
    creator_class = DraftTranslationCreator


# -- Sync translated pages / snippets ------------------------------------------------------


class UpdateTranslationsView(localize.UpdateTranslationsView):
    def get_form(self):
        return localize.withhold_publish_option(super().get_form())
