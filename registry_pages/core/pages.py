"""What every register page shares: responsibility, review date, spending flag, its public record.

Concrete page types inherit `RegistryBasePage` and add their own fields;
panels are arranged in tabs by `registry_edit_handler`.
"""

from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from rest_framework import serializers
from wagtail.admin.panels import (
    FieldPanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page
from wagtail.search import index

from registry_pages.adapters.treebeard import remember_parent
from registry_pages.adapters.wagtail import LeafPagePermissionTester
from registry_pages.core.page_slugs import AsciiSlugMixin
from registry_pages.core.page_views import build
from registry_pages.core.search_terms import extra_search_terms

__all__ = ["RegistryBasePage", "SingleTypeChildrenMixin", "registry_edit_handler", "NamedSerializer"]


class NamedSerializer(serializers.Serializer):
    """An FK to a snippet in the API: its id and human-readable name."""

    def to_representation(self, obj):
        if not getattr(obj, "live", True):
            return None  # a directory snippet not approved yet is not public
        return {"id": obj.pk, "name": str(obj)}


class _PublicRecordField(serializers.Field):
    """Defers to the "public_record" builder (record/api.py, registered through
    core.page_views, so core imports no feature) when the API renders a page."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, source="*", **kwargs)

    def to_representation(self, page):
        from registry_pages.core.page_views import build

        return build(page, "public_record", self.context.get("request"), serializer_context=self.context)


class RegistryBasePage(RoutablePageMixin, AsciiSlugMixin, Page):
    """Abstract base of the add-on's page types (not creatable on its own).

    Every register page has a public record (`registry_pages/record/`): its published
    versions at `<page>/history/` and each of them at `<page>/history/<n>/`. The routes
    are served through Wagtail's `serve` like the page itself (view restrictions,
    hooks, the anonymous page cache under the page's own path).
    """

    responsible_department = models.ForeignKey(
        "registry_pages.Department",
        verbose_name=_("responsible department"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The unit that keeps this page correct and answers questions about it."),
    )
    contact_position = models.ForeignKey(
        "registry_pages.Position",
        verbose_name=_("contact position"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The position citizens can contact about this page."),
    )
    last_reviewed = models.DateField(
        _("last reviewed"),
        null=True,
        blank=True,
        help_text=_("When the content was last checked against the law and practice."),
    )
    involves_spending = models.BooleanField(
        _("involves spending"),
        default=False,
        help_text=_("Tick when publishing commits the municipality to spending: the chief accountant co-signs."),
    )

    responsibility_panels = [
        MultiFieldPanel(
            [FieldPanel("responsible_department"), FieldPanel("contact_position"), FieldPanel("last_reviewed")],
            heading=_("Responsibility"),
        ),
        FieldPanel("involves_spending"),
    ]
    search_fields = Page.search_fields + [
        index.FilterField("last_reviewed"),
        index.SearchField("extra_search_terms"),
    ]
    api_fields = [
        APIField("responsible_department", serializer=NamedSerializer()),
        APIField("contact_position", serializer=NamedSerializer()),
        APIField("last_reviewed"),
        # the metryczka and the register of changes (record/api.py), on a page's detail
        APIField("public_record", serializer=_PublicRecordField()),
    ]
    is_creatable = False
    stores_rendered_parts = True  # its content is rendered once per version (core/stored_parts.py)
    requires_change_note = True  # its editor's form asks what a new version changes (core/change_notes.py)

    class Meta:
        abstract = True

    def permissions_for_user(self, user):
        return LeafPagePermissionTester(user, self)

    def extra_search_terms(self) -> str:
        """Lemmas and stems of this page's text, when the site provides them."""
        return extra_search_terms(self)

    @path("history/", name="history")
    def history(self, request):
        return build(self, "history", request)

    @path("history/<int:number>/", name="history_version")
    def history_version(self, request, number):
        return build(self, "history_version", request, number=number)


class SingleTypeChildrenMixin:
    """For index pages whose children are all of one page type.

    Wagtail's router reads a child by slug and then its specific row (two
    queries a level); when only one child type is allowed, the child is read
    with its specific fields at once. Anything else falls back to Wagtail's
    router, so a page of another type left under the index still resolves.

    The route cache (core/routing.py) reads a remembered child through
    `single_type_children` too; with `route_cache_reads_parent` it reads the index
    first (its children show it: a link back, the plan of an item), else it gives
    the queryset only its tree path (the child's breadcrumbs come from the menu).
    """

    route_cache_reads_parent = True

    def single_type_children(self, model):
        """The children's queryset; override to read more with the child (annotations, select_related)."""
        return model.objects.child_of(self)

    def route(self, request, path_components):
        allowed = type(self).allowed_subpage_models()
        if path_components and len(allowed) == 1 and not self._own_route(path_components):
            child = self.single_type_children(allowed[0]).filter(slug=path_components[0]).first()
            if child is not None:
                remember_parent(child, self)
                return child.route(request, path_components[1:])
        return super().route(request, path_components)

    def _own_route(self, path_components) -> bool:
        """A route of the page itself (`export.csv/`, `history/`) wins over a child of that slug."""
        if not isinstance(self, RoutablePageMixin) or not self.live:
            return False
        try:
            self.resolve_subpage("/" + "/".join(path_components) + "/")
        except Http404:
            return False
        return True


def registry_edit_handler(content_panels, extra_tabs=()):
    """Tabs: content, responsibility, then any extra tabs, then promote and settings."""
    tabs = [
        ObjectList([*content_panels, FieldPanel("change_note")], heading=_("Content")),
        ObjectList(RegistryBasePage.responsibility_panels, heading=_("Responsibility")),
        *extra_tabs,
        ObjectList(Page.promote_panels, heading=_("Promote")),
        ObjectList(Page.settings_panels, heading=_("Settings")),
    ]
    return TabbedInterface(tabs)
