"""Admin and layout hooks of the required pages: the compliance checklist (Reports) and the footer links."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from registry_pages.compliance.admin_views import (
    ChecklistView,
    create_missing_view,
    may_see_checklist,
)
from registry_pages.compliance.footer import information_pages
from registry_pages.core.layout import FOOTER_PAGES_HOOK

hooks.register(FOOTER_PAGES_HOOK, information_pages)


@hooks.register("register_admin_urls")
def register_compliance_urls():
    urls = [
        path("", ChecklistView.as_view(), name="checklist"),
        path("create-missing/", create_missing_view, name="create_missing"),
    ]
    return [path("compliance/", include((urls, "registry_pages_compliance")))]


class ChecklistMenuItem(MenuItem):
    def is_shown(self, request):
        return may_see_checklist(request.user)


@hooks.register("register_reports_menu_item")
def register_checklist_menu_item():
    return ChecklistMenuItem(_("Compliance checklist"), reverse("registry_pages_compliance:checklist"),
                             name="compliance-checklist", icon_name="tick-inverse", order=830)
