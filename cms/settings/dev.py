"""Development settings: DEBUG on, a known insecure key, mail printed to the console."""

from .base import *  # noqa: F401,F403

DEBUG = True
DEV_SECRET_KEY = "django-insecure-dev-only-key-never-use-in-production"
SECRET_KEY = os.environ.get("SECRET_KEY", DEV_SECRET_KEY)  # noqa: F405
ALLOWED_HOSTS = ["*"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# The demo municipality and the load generator (`load_demo`, `generate_portal_load`);
# production does not install them. The demo prints its users' passwords; only
# these settings allow it.
INSTALLED_APPS = [*INSTALLED_APPS, "portal_demo"]  # noqa: F405
PORTAL_DEMO = True

try:
    from .local import *  # noqa: F401,F403
except ImportError:
    pass
