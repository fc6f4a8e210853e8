"""System checks of the project's settings."""

from django.conf import settings
from django.core.checks import Tags, Warning, register


@register(Tags.security)
def insecure_http(app_configs, **kwargs):
    if getattr(settings, "PORTAL_INSECURE_HTTP", False):
        return [Warning(
            "PORTAL_INSECURE_HTTP=1: the production settings serve plain HTTP (no HTTPS redirect, no HSTS, "
            "cookies not secure-only). For a local smoke test on 127.0.0.1 only.",
            hint="Unset PORTAL_INSECURE_HTTP on a real server.",
            id="portal.W001",
        )]
    return []
