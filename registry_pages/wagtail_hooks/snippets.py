"""Admin menus and choosers for the shared snippets."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from ..models import ActivityField, Department, Position, ServiceCategory


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
