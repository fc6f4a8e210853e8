"""Settings shared by every environment.

Everything that differs between a laptop and production is read from the
environment (see README, "Configuration"): DATABASE_URL, ELASTICSEARCH_URL,
REDIS_URL, SECRET_KEY, ALLOWED_HOSTS, EMAIL_*, PORTAL_DEFAULT_LANGUAGE.
Unset, each falls back to something that embeds: SQLite, Wagtail's database
search backend, a local-memory cache.
"""

import os
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

from search.backends import search_backends_from_env

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


INSTALLED_APPS = [
    "home",
    "search",
    "registry_pages",
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.routable_page",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail",
    "rest_framework",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before sessions/CSRF/auth: it must see the cookies they set (docs/performance.md).
    "registry_pages.cache.AnonymousPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "cms.middleware.PortalLocaleMiddleware",  # LocaleMiddleware keeping a view's own 404 (the API's JSON)
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "cms.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "cms.wsgi.application"

# Database: DATABASE_URL (postgres://user:pass@host:5432/name), else a SQLite file.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: REDIS_URL (redis://127.0.0.1:6379/0), else local memory.
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "portal"),
            "OPTIONS": {"CLIENT_CLASS": "django_redis.client.DefaultClient"},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Anonymous page cache (registry_pages.cache, docs/performance.md): seconds a
# page stays cached at most; any publish or snippet save invalidates sooner.
PORTAL_PAGE_CACHE_TIMEOUT = int(os.environ.get("PORTAL_PAGE_CACHE_TIMEOUT", "600"))
# Local memory is per process: without Redis the workers share the cache
# generation through this file's modification time.
PORTAL_PAGE_CACHE_GENERATION_FILE = os.environ.get(
    "PORTAL_PAGE_CACHE_GENERATION_FILE", "" if os.environ.get("REDIS_URL") else str(BASE_DIR / "var" / "page-cache-generation")
)
# Models outside the add-on whose rows public pages show.
PORTAL_PAGE_CACHE_MODELS = ["search.SynonymSet"]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: the content languages are the public languages; bg is the default.
LANGUAGES = WAGTAIL_CONTENT_LANGUAGES = [
    ("bg", "Български"),
    ("pl", "Polski"),
    ("uk", "Українська"),
    ("en", "English"),
]
LANGUAGE_CODE = os.environ.get("PORTAL_DEFAULT_LANGUAGE", "bg")
if LANGUAGE_CODE not in dict(LANGUAGES):
    raise ValueError(f"PORTAL_DEFAULT_LANGUAGE must be one of {', '.join(dict(LANGUAGES))}")
LOCALE_PATHS = [PROJECT_DIR / "locale"]
TIME_ZONE = os.environ.get("PORTAL_TIME_ZONE", "Europe/Sofia")
USE_I18N = True
USE_TZ = True
WAGTAIL_I18N_ENABLED = True
# The admin speaks every language Wagtail ships well, plus Bulgarian (partial upstream).
WAGTAILADMIN_PERMITTED_LANGUAGES = [
    ("en", "English"),
    ("bg", "Български"),
    ("pl", "Polski"),
    ("uk", "Українська"),
]
# A translation of a live page must go through the publication workflow, never
# publish itself (wagtail-localize publishes at once by default).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# Publication workflow (registry_pages, docs/workflow.md): the mayor's final
# approval publishes although no group holds publish_page; an edit during
# review sends the page back to the secretary.
WAGTAIL_FINISH_WORKFLOW_ACTION = "registry_pages.workflow.finish.publish_approved"
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True
# Optional co-signatures switched on by registry_setup: "legal_adviser", "chief_accountant".
REGISTRY_WORKFLOW_COSIGNATURES = env_list("REGISTRY_WORKFLOW_COSIGNATURES")

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Email
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "") == "1"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "portal@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Wagtail
WAGTAIL_SITE_NAME = os.environ.get("WAGTAIL_SITE_NAME", "Municipal transparency portal")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "rtf", "txt", "xlsx", "ods", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILAPI_BASE_URL = WAGTAILADMIN_BASE_URL
WAGTAILAPI_LIMIT_MAX = 100

# Search: Wagtail's database backend, or Elasticsearch 9 when ELASTICSEARCH_URL is set.
WAGTAILSEARCH_BACKENDS = search_backends_from_env(os.environ)
# Lemmas, stems and folded forms indexed with the add-on's pages (docs/search.md).
REGISTRY_SEARCH_TERMS_FUNCTION = "search.terms.page_search_terms"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "loggers": {
        "search": {"handlers": ["console"], "level": "WARNING"},
        "registry_pages": {"handlers": ["console"], "level": "INFO"},
    },
}

PORTAL_NAME = _("Municipal transparency portal")
