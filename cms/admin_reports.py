"""Wagtail's own admin reports, exported without formula injection.

Wagtail's built-in reports (locked pages, aging pages, site history,
workflows) and the redirects listing export CSV/XLSX through
`SpreadsheetExportMixin`, writing page titles and log messages as they are.
Here each is subclassed with `SafeSpreadsheetExportMixin`
(registry_pages/core/spreadsheets.py) and mounted on the same URL, ahead of
Wagtail's admin URLs (cms/urls.py); permission checks are the views' own,
wrapped like every admin URL (`require_admin_access`, `never_cache`). Only the
index URLs export, so the `results/` fragments stay Wagtail's.
"""

from django.urls import path
from django.views.decorators.cache import never_cache
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.reports.aging_pages import AgingPagesView
from wagtail.admin.views.reports.audit_logging import LogEntriesView
from wagtail.admin.views.reports.locked_pages import LockedPagesView
from wagtail.admin.views.reports.workflows import WorkflowTasksView, WorkflowView
from wagtail.contrib.redirects.views import IndexView as RedirectsIndexView

from registry_pages.core.spreadsheets import SafeSpreadsheetExportMixin


def safe_export(view_class):
    return type(f"Safe{view_class.__name__}", (SafeSpreadsheetExportMixin, view_class), {"__module__": __name__})


# (URL under /admin/, Wagtail's view)
EXPORTING_VIEWS = [
    ("reports/locked/", LockedPagesView),
    ("reports/workflow/", WorkflowView),
    ("reports/workflow_tasks/", WorkflowTasksView),
    ("reports/site-history/", LogEntriesView),
    ("reports/aging-pages/", AgingPagesView),
    ("redirects/", RedirectsIndexView),
]


def admin_export_urlpatterns(admin_prefix="admin/"):
    return [
        path(admin_prefix + route, never_cache(require_admin_access(safe_export(view).as_view())))
        for route, view in EXPORTING_VIEWS
    ]
