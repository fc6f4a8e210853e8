"""Every admin URL, and what it can do to what citizens see.

`admin_routes()` walks the project's URL resolver; `classify(name)` answers from
the reviewed table below or, for snippet/chooser viewsets, from the action at
the end of the URL name. A route that is in neither raises `Unclassified`: an
upgrade that adds an admin route fails the suite until someone reviews it here.

Classes:

READ     GET only, shows admin data; never called with POST (reviewed rule).
SESSION  the test client's own login/logout/password reset; not called.
ADMIN    POST changes admin-only state (own account, preview data in the session,
         locks, dismissed tips, editing sessions, private form submissions).
DRAFT    POST changes drafts, revisions, workflow states or translation memory —
         never a live row.
GUARDED  POST can change what citizens see (publish, unpublish, delete, move,
         privacy, aliases, redirects, settings, sites, locales, groups, the
         workflow itself …); allowed only to those who may publish.
MEDIA    documents and images: Wagtail does not moderate them; a change is
         public at once for whoever holds the collection permission
         (see docs/workflow.md).
SNIPPET  add/edit/delete/publish routes of snippet viewsets: public at once until
         the snippets are moderated, then drafts until approved.

Every class except READ and SESSION is called by test_no_side_door.py.
"""

from dataclasses import dataclass

from django.urls import URLPattern, URLResolver, get_resolver

READ, SESSION, ADMIN, DRAFT, GUARDED, MEDIA, SNIPPET = "read", "session", "admin", "draft", "guarded", "media", "snippet"
CALLED = {ADMIN, DRAFT, GUARDED, MEDIA, SNIPPET}

ROUTES = {
    # Wagtail admin: dashboard, explorer, admin API
    "wagtailadmin_home": READ,
    "wagtailadmin_error_test": READ,
    "wagtailadmin_explore_root": READ,
    "wagtailadmin_explore": READ,
    "wagtailadmin_explore_results": READ,
    "wagtailadmin_api:pages:listing": READ,
    "wagtailadmin_api:pages:detail": READ,
    "wagtailadmin_api:pages:find": READ,
    "wagtailadmin_api:pages:action": GUARDED,  # publish, unpublish, delete, move, copy, alias, revert …
    "wagtailadmin_api:documents:listing": READ,
    "wagtailadmin_api:documents:detail": READ,
    "wagtailadmin_api:documents:find": READ,
    "wagtailadmin_api:images:listing": READ,
    "wagtailadmin_api:images:detail": READ,
    "wagtailadmin_api:images:find": READ,
    "wagtail_bulk_action": GUARDED,  # bulk publish/unpublish/delete/move of pages, snippets, users, media
    # Wagtail admin: pages
    "wagtailadmin_pages:add": GUARDED,  # create, "Publish" on create
    "wagtailadmin_pages:preview_on_add": ADMIN,
    "wagtailadmin_pages:type_use": READ,
    "wagtailadmin_pages:type_use_results": READ,
    "wagtailadmin_pages:choose_parent": READ,
    "wagtailadmin_pages:usage": READ,
    "wagtailadmin_pages:edit": GUARDED,  # "Publish", and wagtail-localize's convert/restart/publish
    "wagtailadmin_pages:preview_on_edit": ADMIN,
    "wagtailadmin_pages:view_draft": READ,
    "wagtailadmin_pages:add_subpage": READ,
    "wagtailadmin_pages:delete": GUARDED,
    "wagtailadmin_pages:unpublish": GUARDED,
    "wagtailadmin_pages:convert_alias": GUARDED,
    "wagtailadmin_pages:search": READ,
    "wagtailadmin_pages:search_results": READ,
    "wagtailadmin_pages:move": READ,
    "wagtailadmin_pages:move_confirm": GUARDED,
    "wagtailadmin_pages:set_page_position": GUARDED,
    "wagtailadmin_pages:copy": GUARDED,  # copy, publish copies, create alias
    "wagtailadmin_pages:workflow_action": DRAFT,  # approve/reject; the final approval publishes
    "wagtailadmin_pages:collect_workflow_action_data": ADMIN,
    "wagtailadmin_pages:confirm_workflow_cancellation": ADMIN,
    "wagtailadmin_pages:workflow_preview": READ,
    "wagtailadmin_pages:set_privacy": GUARDED,
    "wagtailadmin_pages:lock": ADMIN,
    "wagtailadmin_pages:unlock": ADMIN,
    "wagtailadmin_pages:revisions_index": READ,
    "wagtailadmin_pages:revisions_view": READ,
    "wagtailadmin_pages:revisions_revert": GUARDED,
    "wagtailadmin_pages:revisions_unschedule": GUARDED,
    "wagtailadmin_pages:revisions_compare": READ,
    "wagtailadmin_pages:workflow_history": READ,
    "wagtailadmin_pages:workflow_history_detail": READ,
    "wagtailadmin_pages:history": READ,
    "wagtailadmin_pages:history_results": READ,
    # choosers, tags
    "wagtailadmin_choose_page": READ,
    "wagtailadmin_choose_page_child": READ,
    "wagtailadmin_choose_page_search": READ,
    "wagtailadmin_choose_page_chosen_multiple": READ,
    "wagtailadmin_choose_page_external_link": ADMIN,  # validates a link, returns JSON
    "wagtailadmin_choose_page_email_link": ADMIN,
    "wagtailadmin_choose_page_phone_link": ADMIN,
    "wagtailadmin_choose_page_anchor_link": ADMIN,
    "wagtailadmin_tag_autocomplete": READ,
    "wagtailadmin_tag_model_autocomplete": READ,
    # collections (their privacy protects documents citizens download)
    "wagtailadmin_collections:index": READ,
    "wagtailadmin_collections:add": GUARDED,
    "wagtailadmin_collections:edit": GUARDED,
    "wagtailadmin_collections:delete": GUARDED,
    "wagtailadmin_collections:set_privacy": GUARDED,
    # workflows: switching the approval off is a door too
    "wagtailadmin_workflows:index": READ,
    "wagtailadmin_workflows:index_results": READ,
    "wagtailadmin_workflows:add": GUARDED,
    "wagtailadmin_workflows:enable": GUARDED,
    "wagtailadmin_workflows:disable": GUARDED,
    "wagtailadmin_workflows:edit": GUARDED,
    "wagtailadmin_workflows:usage": READ,
    "wagtailadmin_workflows:usage_results": READ,
    "wagtailadmin_workflows:remove": GUARDED,
    "wagtailadmin_workflows:add_task": GUARDED,
    "wagtailadmin_workflows:select_task_type": READ,
    "wagtailadmin_workflows:task_index": READ,
    "wagtailadmin_workflows:task_index_results": READ,
    "wagtailadmin_workflows:edit_task": GUARDED,
    "wagtailadmin_workflows:disable_task": GUARDED,
    "wagtailadmin_workflows:enable_task": GUARDED,
    "wagtailadmin_workflows:task_chooser": READ,
    "wagtailadmin_workflows:task_chooser_results": READ,
    "wagtailadmin_workflows:task_chooser_create": GUARDED,
    "wagtailadmin_workflows:task_chosen": READ,
    # reports
    "wagtailadmin_reports:locked_pages": READ,
    "wagtailadmin_reports:locked_pages_results": READ,
    "wagtailadmin_reports:workflow": READ,
    "wagtailadmin_reports:workflow_results": READ,
    "wagtailadmin_reports:workflow_tasks": READ,
    "wagtailadmin_reports:workflow_tasks_results": READ,
    "wagtailadmin_reports:site_history": READ,
    "wagtailadmin_reports:site_history_results": READ,
    "wagtailadmin_reports:aging_pages": READ,
    "wagtailadmin_reports:aging_pages_results": READ,
    "wagtailadmin_reports:page_types_usage": READ,
    "wagtailadmin_reports:page_types_usage_results": READ,
    # own account and admin UI state
    "wagtailadmin_account": ADMIN,
    "wagtailadmin_logout": SESSION,
    "wagtailadmin_dismissibles": ADMIN,
    "wagtailadmin_editing_sessions:ping": ADMIN,
    "wagtailadmin_editing_sessions:release": ADMIN,
    "wagtailadmin_block_preview": READ,
    "wagtailadmin_sprite": READ,
    "wagtailadmin_login": SESSION,
    "wagtailadmin_password_reset": SESSION,
    "wagtailadmin_password_reset_done": SESSION,
    "wagtailadmin_password_reset_confirm": SESSION,
    "wagtailadmin_password_reset_complete": SESSION,
    "wagtailadmin_javascript_catalog": READ,
    # the portal's own admin views
    "search_reports:unanswered": READ,
    "search_reports:unanswered_results": READ,
    "search_reports:attach": DRAFT,  # adds the words to a new draft of the chosen page
    "registry_pages_action_plans:report": READ,
    "registry_pages_action_plans:report_results": READ,
    "registry_pages_action_plans:monthly": READ,
    "registry_pages_compliance:checklist": READ,
    "registry_pages_compliance:create_missing": DRAFT,  # drafts of the missing required pages, never published
    "registry_pages_record:withdrawn": READ,  # the mayor's list of withdrawn pages (403 for others)
    "registry_pages_record:purge": GUARDED,  # removes a withdrawn entry from the public register: the mayor only
    "registry_pages_action_plans:deadline_reading": READ,  # the editor's reading of a deadline being typed
    "registry_pages_feedback:report": READ,
    "registry_pages_feedback:report_results": READ,
    "registry_pages_workflow:report": READ,
    "registry_pages_workflow:report_results": READ,
    "registry_pages_import:index": DRAFT,  # upload: a dry run, nothing written
    "registry_pages_import:confirm": DRAFT,  # the previewed file's pages as drafts
    "registry_pages_workflow:submit_translation": DRAFT,
    "registry_pages_workflow:submit_snippet_translation": DRAFT,
    # wagtail-localize (the four views our hook mounts on the same paths, and the rest)
    "registry_localize_submit_page_translation": GUARDED,
    "registry_localize_submit_snippet_translation": GUARDED,
    "registry_localize_update_translations": GUARDED,
    "registry_localize_convert_to_alias": GUARDED,
    "wagtail_localize:javascript_catalog": READ,
    "wagtail_localize:submit_page_translation": GUARDED,  # creates/converts translations
    "wagtail_localize:submit_snippet_translation": GUARDED,
    "wagtail_localize:update_translations": GUARDED,  # "Publish immediately"
    "wagtail_localize:edit_string_translation": DRAFT,  # PUT/DELETE: translation memory
    "wagtail_localize:edit_override": DRAFT,  # PUT/DELETE
    "wagtail_localize:download_pofile": READ,
    "wagtail_localize:upload_pofile": DRAFT,
    "wagtail_localize:machine_translate": DRAFT,
    "wagtail_localize:preview_translation": READ,
    "wagtail_localize:stop_translation": DRAFT,
    "wagtail_localize:convert_to_alias": GUARDED,
    "wagtail_localize:translations_report": READ,
    "wagtail_localize:translations_report_results": READ,
    "wagtail_localize:snippets_api_listing": READ,
    "wagtail_localize:snippets_api_detail": READ,
    # contrib apps
    "wagtailforms:index": READ,
    "wagtailforms:index_results": READ,
    "wagtailforms:list_submissions": READ,
    "wagtailforms:list_submissions_results": READ,
    "wagtailforms:delete_submissions": ADMIN,
    "wagtailredirects:index": READ,
    "wagtailredirects:index_results": READ,
    "wagtailredirects:add": GUARDED,
    "wagtailredirects:edit": GUARDED,
    "wagtailredirects:delete": GUARDED,
    "wagtailredirects:start_import": GUARDED,
    "wagtailredirects:process_import": GUARDED,
    "wagtailsettings:edit": GUARDED,  # municipality settings shown on every page
    "wagtailsettings:preview_on_edit": ADMIN,
    "wagtailsearchpromotions:index": READ,
    "wagtailsearchpromotions:index_results": READ,
    "wagtailsearchpromotions:add": GUARDED,  # editors' picks on the search page
    "wagtailsearchpromotions:edit": GUARDED,
    "wagtailsearchpromotions:delete": GUARDED,
    "wagtailsearchpromotions:chooser": READ,
    "wagtailsearchpromotions:chooserresults": READ,
    "wagtailsearchpromotions:search_terms": READ,
    "wagtailsearchpromotions:search_terms_results": READ,
    "wagtailembeds:chooser": READ,
    "wagtailembeds:chooser_upload": ADMIN,  # fetches an embed for the editor
    "wagtailsnippets:index": READ,
    # documents and images
    "wagtaildocs:index": READ,
    "wagtaildocs:index_results": READ,
    "wagtaildocs:add": MEDIA,
    "wagtaildocs:edit": MEDIA,
    "wagtaildocs:delete": MEDIA,
    "wagtaildocs:add_multiple": MEDIA,
    "wagtaildocs:edit_multiple": MEDIA,
    "wagtaildocs:create_multiple_from_uploaded_document": MEDIA,
    "wagtaildocs:delete_multiple": MEDIA,
    "wagtaildocs:delete_upload_multiple": MEDIA,
    "wagtaildocs:document_usage": READ,
    "wagtaildocs_chooser:choose": READ,
    "wagtaildocs_chooser:choose_results": READ,
    "wagtaildocs_chooser:chosen": READ,
    "wagtaildocs_chooser:chosen_multiple": READ,
    "wagtaildocs_chooser:create": MEDIA,
    "wagtailimages:index": READ,
    "wagtailimages:index_results": READ,
    "wagtailimages:edit": MEDIA,
    "wagtailimages:delete": MEDIA,
    "wagtailimages:url_generator": READ,
    "wagtailimages:url_generator_output": READ,
    "wagtailimages:preview": READ,
    "wagtailimages:add": MEDIA,
    "wagtailimages:image_usage": READ,
    "wagtailimages:add_multiple": MEDIA,
    "wagtailimages:edit_multiple": MEDIA,
    "wagtailimages:create_multiple_from_uploaded_image": MEDIA,
    "wagtailimages:delete_multiple": MEDIA,
    "wagtailimages:delete_upload_multiple": MEDIA,
    "wagtailimages_chooser:choose": READ,
    "wagtailimages_chooser:choose_results": READ,
    "wagtailimages_chooser:chosen": READ,
    "wagtailimages_chooser:chosen_multiple": READ,
    "wagtailimages_chooser:create": MEDIA,
    "wagtailimages_chooser:select_format": ADMIN,  # returns the chosen format as JSON
    # model viewsets
    "service_feedback:index": READ,
    "service_feedback:index_results": READ,
    "service_feedback:add": ADMIN,  # citizens' "Was this helpful?" answers, admin only
    "service_feedback:edit": ADMIN,
    "service_feedback:delete": ADMIN,
    "service_feedback:history": READ,
    "service_feedback:history_results": READ,
    "service_feedback:usage": READ,
    "service_feedback:inspect": READ,
    "service_feedback:copy": READ,
    "wagtaillocales:index": READ,
    "wagtaillocales:index_results": READ,
    "wagtaillocales:add": GUARDED,
    "wagtaillocales:edit": GUARDED,
    "wagtaillocales:delete": GUARDED,
    "wagtaillocales:history": READ,
    "wagtaillocales:history_results": READ,
    "wagtaillocales:usage": READ,
    "wagtaillocales:copy": READ,
    "wagtailsites:index": READ,
    "wagtailsites:index_results": READ,
    "wagtailsites:add": GUARDED,
    "wagtailsites:edit": GUARDED,
    "wagtailsites:delete": GUARDED,
    "wagtailsites:history": READ,
    "wagtailsites:history_results": READ,
    "wagtailsites:usage": READ,
    "wagtailsites:copy": READ,
    "wagtailusers_users:index": READ,
    "wagtailusers_users:index_results": READ,
    "wagtailusers_users:add": GUARDED,  # users' names sign the published pages
    "wagtailusers_users:edit": GUARDED,
    "wagtailusers_users:delete": GUARDED,
    "wagtailusers_users:history": READ,
    "wagtailusers_users:history_results": READ,
    "wagtailusers_users:usage": READ,
    "wagtailusers_users:copy": READ,
    "wagtailusers_groups:index": READ,
    "wagtailusers_groups:index_results": READ,
    "wagtailusers_groups:add": GUARDED,  # granting publish_page opens every door
    "wagtailusers_groups:edit": GUARDED,
    "wagtailusers_groups:delete": GUARDED,
    "wagtailusers_groups:history": READ,
    "wagtailusers_groups:history_results": READ,
    "wagtailusers_groups:usage": READ,
    # Unnamed routes go by their path (`unnamed_name`): each is listed, so an unnamed
    # route added later fails the classification like a named one.
    # Wagtail's reports and redirects listing, mounted again with safe spreadsheet
    # cells on the same paths (cms/admin_reports.py): listings and exports only.
    "path:admin/reports/locked/": READ,
    "path:admin/reports/workflow/": READ,
    "path:admin/reports/workflow_tasks/": READ,
    "path:admin/reports/site-history/": READ,
    "path:admin/reports/aging-pages/": READ,
    "path:admin/redirects/": READ,
    # Wagtail's 404 test view and the admin's catch-all 404
    "path:admin/test404/": READ,
    "path:admin/^.*/$": READ,
}

# Snippet and snippet-chooser viewsets (`wagtailsnippets_<app>_<model>:<action>`,
# `wagtailsnippetchoosers_<app>_<model>:<action>`), classified by action. The
# moderated actions (workflow, revisions, locking, preview) are listed ahead of
# the snippets' moderation.
SNIPPET_ACTIONS = {
    "list": READ,
    "list_results": READ,
    "usage": READ,
    "history": READ,
    "history_results": READ,
    "inspect": READ,
    "copy": READ,  # GET: the add form prefilled
    "choose": READ,
    "choose_results": READ,
    "chosen": READ,
    "chosen_multiple": READ,
    "revisions_view": READ,
    "revisions_compare": READ,
    "workflow_history": READ,
    "workflow_history_detail": READ,
    "workflow_preview": READ,
    "add": SNIPPET,
    "edit": SNIPPET,
    "delete": SNIPPET,
    "create": SNIPPET,  # chooser's "create" tab
    "unpublish": SNIPPET,
    "revisions_revert": SNIPPET,
    "revisions_unschedule": SNIPPET,
    "workflow_action": SNIPPET,
    "collect_workflow_action_data": SNIPPET,
    "confirm_workflow_cancellation": SNIPPET,
    "lock": SNIPPET,
    "unlock": SNIPPET,
    "preview_on_edit": SNIPPET,
    "preview_on_add": SNIPPET,
}
SNIPPET_NAMESPACES = ("wagtailsnippets_", "wagtailsnippetchoosers_")


class Unclassified(LookupError):
    pass


@dataclass(frozen=True)
class Route:
    name: str | None  # "namespace:name"
    route: str  # the pattern text, from the root
    pattern: URLPattern

    @property
    def params(self) -> list[str]:
        return list(self.pattern.pattern.regex.groupindex)

    @property
    def namespace(self) -> str:
        return self.name.rpartition(":")[0] if self.name else ""

    @property
    def action(self) -> str:
        return self.name.rpartition(":")[2] if self.name else ""


def _walk(resolver, prefix="", namespace=""):
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            inner = f"{namespace}:{entry.namespace}" if namespace and entry.namespace else (entry.namespace or namespace)
            yield from _walk(entry, prefix + str(entry.pattern), inner)
        else:
            name = f"{namespace}:{entry.name}" if namespace and entry.name else entry.name
            route = prefix + str(entry.pattern)
            yield Route(name or unnamed_name(route), route, entry)


def unnamed_name(route: str) -> str:
    """The classification key of a route without a name: its path."""
    return f"path:{route}"


def admin_routes() -> list[Route]:
    return [r for r in _walk(get_resolver()) if r.route.startswith("admin/")]


def classify(name: str | None) -> str:
    if name in ROUTES:
        return ROUTES[name]
    namespace, _, action = (name or "").rpartition(":")
    if namespace.startswith(SNIPPET_NAMESPACES) and action in SNIPPET_ACTIONS:
        return SNIPPET_ACTIONS[action]
    raise Unclassified(name)


def snippet_model_label(route: Route) -> str | None:
    """"registry_pages_department" for a snippet viewset route, else None."""
    for prefix in SNIPPET_NAMESPACES:
        if route.namespace.startswith(prefix):
            return route.namespace[len(prefix):]
    return None
