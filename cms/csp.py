"""Content-Security-Policy: a strict policy for public pages, a looser one for the admin.

Public pages (`CONTENT_SECURITY_POLICY`) load scripts, styles, fonts and
images only from the portal itself: no inline script, no inline style, no CDN.
JSON-LD `<script type="application/ld+json">` blocks are data, never executed,
so they need no exception.

The Wagtail 8 admin still needs inline scripts (panels and date widgets
print them), `new Function` (its bundled templating) and inline styles, so
paths under `PORTAL_ADMIN_CSP_PREFIXES` get `PORTAL_ADMIN_CONTENT_SECURITY_POLICY`
instead — a separate policy, so the public one is never weakened for the admin.
Views can still override either with django-csp's decorators.
"""

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings

DEFAULT_ADMIN_PREFIXES = ("/admin/", "/django-admin/")


def is_admin_path(path: str) -> bool:
    return path.startswith(tuple(getattr(settings, "PORTAL_ADMIN_CSP_PREFIXES", DEFAULT_ADMIN_PREFIXES)))


class PortalCSPMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and is_admin_path(request.path_info):
            parts.config = settings.PORTAL_ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]
        return parts
