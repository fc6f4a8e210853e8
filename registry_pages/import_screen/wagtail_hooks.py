"""The import screen in the admin menu, for users who may add pages (PR experts)."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from registry_pages.import_screen.views import ConfirmView, ImportView, may_import


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return may_import(request.user)


@hooks.register("register_admin_urls")
def register_import_urls():
    urls = [
        path("", ImportView.as_view(), name="index"),
        path("confirm/", ConfirmView.as_view(), name="confirm"),
    ]
    return [path("import/", include((urls, "registry_pages_import")))]


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return ImportMenuItem(_("Import"), reverse("registry_pages_import:index"), name="import", icon_name="upload",
                          order=260)
