"""wagtail-localize inside the publication approval.

wagtail-localize's views that can change what citizens see are replaced by the
narrowed views of `workflow/localize_views.py`, mounted on the *same* URLs:
this package's `register_admin_urls` hooks run before wagtail-localize's
(`registry_pages` comes first in INSTALLED_APPS), so Django resolves these
paths to our views while `reverse("wagtail_localize:…")` still gives the same
address. The controls a user may not use are hidden:

* "Convert to alias page" in the page editor's action menu, and the same link
  in the translation editor (see the template
  `wagtail_localize/admin/edit_translation.html`);
* "Publish immediately" on "Sync translated pages" (in the view's form).
"""

from django.urls import path
from wagtail import hooks

from registry_pages.workflow import localize_views

CONVERT_TO_ALIAS = "localize-convert-to-alias"


@hooks.register("register_admin_urls")
def register_localize_urls():
    return [
        path(
            "localize/submit/page/<int:page_id>/",
            localize_views.SubmitPageTranslationView.as_view(),
            name="registry_localize_submit_page_translation",
        ),
        path(
            "localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
            localize_views.SubmitSnippetTranslationView.as_view(),
            name="registry_localize_submit_snippet_translation",
        ),
        path(
            "localize/update/<int:translation_source_id>/",
            localize_views.UpdateTranslationsView.as_view(),
            name="registry_localize_update_translations",
        ),
        path(
            "localize/page/<int:page_id>/convert_to_alias/",
            localize_views.convert_to_alias,
            name="registry_localize_convert_to_alias",
        ),
    ]


@hooks.register("construct_page_action_menu")
def hide_convert_to_alias(menu_items, request, context):
    page = context.get("page")
    if page is not None and page.pk and not localize_views.can_publish(page, request.user):
        menu_items[:] = [item for item in menu_items if item.name != CONVERT_TO_ALIAS]
