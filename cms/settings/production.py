"""Production settings: secrets from the environment, HTTPS only.

Refuses to start without a real SECRET_KEY: the development key (and any
"django-insecure" key) is rejected.
"""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F401,F403

DEBUG = False

SECRET_KEY = os.environ.get("SECRET_KEY", "")  # noqa: F405
if not SECRET_KEY or SECRET_KEY.startswith("django-insecure") or len(SECRET_KEY) < 50:
    raise ImproperlyConfigured(
        "Set SECRET_KEY to a random value of at least 50 characters; "
        "the development key is refused in production."
    )

STORAGES["staticfiles"]["BACKEND"] = "whitenoise.storage.CompressedManifestStaticFilesStorage"  # noqa: F405

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "1") == "1"  # noqa: F405
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))  # noqa: F405
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
# Wagtail's live preview shows the page in a same-origin frame; DENY would break it.
X_FRAME_OPTIONS = "SAMEORIGIN"
SILENCED_SYSTEM_CHECKS = ["security.W019"]

# A smoke test of these settings on a laptop, over plain HTTP (docs/performance.md, "Serving"):
# PORTAL_INSECURE_HTTP=1 turns off the HTTPS redirect, HSTS and the secure-only cookies, and is
# refused unless every allowed host is the loopback (127.0.0.1, localhost, [::1]): never on a
# server reachable from elsewhere. Off by default; loud when on (stderr, and check portal.W001).
LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "[::1]", "::1"}
PORTAL_INSECURE_HTTP = os.environ.get("PORTAL_INSECURE_HTTP", "") == "1"  # noqa: F405
if PORTAL_INSECURE_HTTP:
    if not ALLOWED_HOSTS or set(ALLOWED_HOSTS) - LOOPBACK_HOSTS:  # noqa: F405
        raise ImproperlyConfigured(
            "PORTAL_INSECURE_HTTP=1 serves the production settings over plain HTTP for a local smoke "
            "test only: ALLOWED_HOSTS must list nothing but 127.0.0.1, localhost or [::1]."
        )
    SECURE_SSL_REDIRECT = False
    SECURE_HSTS_SECONDS = 0
    SESSION_COOKIE_SECURE = False
    CSRF_COOKIE_SECURE = False
    import sys

    sys.stderr.write("WARNING: PORTAL_INSECURE_HTTP=1 - production settings over plain HTTP, "
                     "for a local smoke test only (no HTTPS redirect, no HSTS, cookies not secure-only).\n")
PORTAL_DEMO = False

try:
    from .local import *  # noqa: F401,F403
except ImportError:
    pass
