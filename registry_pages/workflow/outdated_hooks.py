"""Translations behind their source, shown to editors (registry_pages/workflow/outdated.py):

* the page explorer: a "Behind its source" tag in the row's status cell (the
  flag is a subquery of the explorer's own query: no query per row; the cell
  template `wagtailadmin/pages/listing/_page_status_cell.html` is overridden);
* the dashboard panel "Translations behind their source";
* for the public notice, the source's locale on the layout's language versions
  (`registry_pages.core.layout.LIVE_TRANSLATIONS_HOOK`);
* the translation editor: a warning saying why and what to do (the template
  `wagtail_localize/admin/edit_translation.html`, through `localize_editor_tags`).
"""

from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.permission_policies.pages import PagePermissionPolicy

from registry_pages.core.layout import LIVE_TRANSLATIONS_HOOK
from registry_pages.workflow.outdated import (
    annotate_behind,
    annotate_behind_source_locale,
    behind_translations,
    editor_message,
    language_name,
    sync_url,
)


@hooks.register("construct_explorer_page_queryset")
def flag_translations_behind(parent_page, pages, request):
    return annotate_behind(pages)


@hooks.register(LIVE_TRANSLATIONS_HOOK)
def flag_public_translation_behind(page, translations):
    """The public page's notice: read with the layout's language versions (templatetags/translation_notice_tags.py)."""
    return annotate_behind_source_locale(translations)


class TranslationsBehindPanel(Component):
    """Dashboard: the live translations behind their source that the user may edit."""

    name = "registry_translations_behind"
    template_name = "registry_pages/admin/translations_behind_panel.html"
    order = 210
    limit = 20

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        editable = PagePermissionPolicy().instances_user_has_permission_for(self.user, "change")
        found, total = behind_translations(editable, limit=self.limit)
        rows = [
            {
                "page": item.page,
                "language": item.page.locale.get_display_name(),
                "source_language": language_name(item.behind.source_language),
                "message": editor_message(item.behind),
                "sync_url": sync_url(item.behind, self.user),
            }
            for item in found
        ]
        return {"rows": rows, "total": total, "request": parent_context.get("request")}


@hooks.register("construct_homepage_panels")
def add_translations_behind_panel(request, panels):
    panels.append(TranslationsBehindPanel(request.user))
