"""URLs the add-on serves outside the page tree (mounted by the project).

`non_localised_urlpatterns` go outside the language prefix;
`localised_urlpatterns` go inside `i18n_patterns`, *before* Wagtail's URLs.
"""

from django.urls import path, re_path

from registry_pages.admin_locale.views import javascript_catalogue
from registry_pages.feedback.submit import feedback_view
from registry_pages.opendata.downloads import urlpatterns as download_urlpatterns
from registry_pages.record.register import register_of_changes
from registry_pages.record.register_feeds import changes_csv, changes_feed, changes_json
from registry_pages.record.visits import seen

non_localised_urlpatterns: list = [
    # Wagtail's admin strings for JavaScript that Wagtail leaves in English (registry_pages/admin_locale).
    path("registry-admin/jsi18n/", javascript_catalogue, name="registry_pages_admin_jsi18n"),
    # the visit counter's image (record/visits.py): counted outside the cached page
    path("record/seen/<int:page_id>.gif", seen, name="registry_record_seen"),
]
localised_urlpatterns: list = [
    # before the page downloads, which would read "changes/" as a page
    path("changes/", register_of_changes, name="registry_changes"),
    path("changes/feed.atom", changes_feed, name="registry_changes_feed"),
    path("changes/export.csv", changes_csv, name="registry_changes_csv"),
    path("changes/export.json", changes_json, name="registry_changes_json"),
    *download_urlpatterns,
    re_path(r"^(?P<path>(?:[\w-]+/)+)feedback/$", feedback_view, name="registry_feedback"),
]
