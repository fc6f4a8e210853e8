"""The record's admin hooks: keep the change note typed into the page editor; the mayor's purge screen."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from registry_pages.record.admin_views import (
    MayorsMenuItem,
    PurgeWithdrawnView,
    WithdrawnListView,
)
from registry_pages.record.notes import keep_note

hooks.register("after_edit_page", keep_note)
hooks.register("after_create_page", keep_note)


@hooks.register("register_admin_urls")
def register_record_urls():
    urls = [
        path("", WithdrawnListView.as_view(), name="withdrawn"),
        path("<int:pk>/purge/", PurgeWithdrawnView.as_view(), name="purge"),
    ]
    return [path("withdrawn-pages/", include((urls, "registry_pages_record")))]


@hooks.register("register_reports_menu_item")
def register_withdrawn_pages():
    return MayorsMenuItem(_("Withdrawn pages"), reverse("registry_pages_record:withdrawn"), name="withdrawn-pages",
                          icon_name="bin", order=830)
