"""Admin menus and choosers for the shared snippets.

The four directory snippets are moderated (drafts, revisions, locking and
the publication workflow: directory/models.py); Wagtail's snippet views
provide "Save draft" and "Submit to Publication approval" and show
"Publish" only to holders of the model's publish permission.
"""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.permission_policies.base import ModelPermissionPolicy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from registry_pages.directory.models import ModeratedSnippet
from registry_pages.models import ActivityField, Department, Position, ServiceCategory


class DepartmentViewSet(SnippetViewSet):
    model = Department
    icon = "group"
    list_display = ["name", "room", "phone", "email"]
    search_fields = ["name"]
    list_filter = ["locale"]


class PositionViewSet(SnippetViewSet):
    model = Position
    icon = "user"
    list_display = ["title", "holder_name", "department"]
    list_filter = ["locale"]


class ServiceCategoryViewSet(SnippetViewSet):
    model = ServiceCategory
    icon = "folder-open-inverse"
    list_display = ["name", "sort_order"]
    list_filter = ["locale"]


class ActivityFieldViewSet(SnippetViewSet):
    model = ActivityField
    icon = "tag"
    list_display = ["name", "sort_order"]
    list_filter = ["locale"]


class DirectoryViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Directory")
    menu_icon = "folder-inverse"
    menu_order = 250
    items = (DepartmentViewSet, PositionViewSet, ServiceCategoryViewSet, ActivityFieldViewSet)


register_snippet(DirectoryViewSetGroup)


@hooks.register("before_delete_snippet")
def keep_live_directory_snippets(request, instances):
    """Deleting a live department, position or category changes every public card at once:
    like unpublishing, it needs the model's publish permission (no editorial group has it)."""
    blocked = [
        obj
        for obj in instances
        if isinstance(obj, ModeratedSnippet)
        and obj.live
        and not ModelPermissionPolicy(type(obj)).user_has_permission(request.user, "publish")
    ]
    if not blocked:
        return None
    messages.error(
        request,
        _("“%(name)s” is public: only an administrator may delete it. Ask for it to be removed.")
        % {"name": blocked[0]},
    )
    return redirect(AdminURLFinder(request.user).get_edit_url(blocked[0]) or "wagtailadmin_home")
