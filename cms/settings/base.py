"""Settings shared by every environment.

Everything that differs between a laptop and production is read from the
environment (see README, "Configuration"): DATABASE_URL, ELASTICSEARCH_URL,
REDIS_URL, SECRET_KEY, ALLOWED_HOSTS, EMAIL_*, PORTAL_DEFAULT_LANGUAGE.
Unset, each falls back to something that embeds: SQLite, Wagtail's database
search backend, a local-memory cache.
"""

import datetime
import os
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF, UNSAFE_EVAL, UNSAFE_INLINE
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
    # Wagtail's own admin strings in bg/pl/uk where Wagtail leaves English; before the wagtail apps.
    "registry_pages.admin_locale",
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
    "axes",
    "csp",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Before the page cache: cached pages get the header too (cms/csp.py, docs/security.md).
    "cms.csp.PortalCSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Gzip of anonymous pages only, outside the page cache (BREACH: cms/compression.py).
    "cms.compression.AnonymousGZipMiddleware",
    # Database unreachable: a 503 page in the visitor's language (cms/unavailable.py).
    "cms.unavailable.DatabaseUnavailableMiddleware",
    # Before sessions/CSRF/auth: it must see the cookies they set (docs/performance.md).
    "registry_pages.core.page_cache.AnonymousPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "cms.middleware.PortalLocaleMiddleware",  # LocaleMiddleware keeping a view's own 404 (the API's JSON)
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Anonymous GET/HEAD: the page's route without walking the tree (registry_pages/core/routing.py).
    "registry_pages.core.routing.RouteCacheMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last: turns a locked-out login into the lockout page (django-axes).
    "axes.middleware.AxesMiddleware",
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
if DATABASES["default"]["ENGINE"].endswith("postgresql"):
    # An unreachable server answers the 503 page within seconds, not after the OS connect timeout.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault(
        "connect_timeout", int(os.environ.get("DATABASE_CONNECT_TIMEOUT", "5"))
    )
    # Server-side parameters and prepared statements (psycopg 3): a query the connection has run
    # PORTAL_DATABASE_PREPARE_THRESHOLD times is prepared once, and PostgreSQL stops parsing and
    # planning it again on every request (a card: 10 ms of database CPU → 4 ms; docs/performance.md).
    # Opt-in (DATABASE_SERVER_SIDE_BINDING=1): with server-side binding, PostgreSQL refuses some
    # queries Django and Wagtail build with parameters in ORDER BY (Wagtail's site settings admin:
    # "for SELECT DISTINCT, ORDER BY expressions must appear in select list", a 500), and a pooler
    # in transaction mode (PgBouncer < 1.21) cannot keep prepared statements.
    if os.environ.get("DATABASE_SERVER_SIDE_BINDING", "0") == "1":
        DATABASES["default"]["OPTIONS"].setdefault("server_side_binding", True)
        DATABASES["default"]["OPTIONS"].setdefault(
            "prepare_threshold", int(os.environ.get("PORTAL_DATABASE_PREPARE_THRESHOLD", "5"))
        )
# Seconds in the Retry-After header of the 503 page shown while the database is unreachable.
PORTAL_UNAVAILABLE_RETRY_AFTER = int(os.environ.get("PORTAL_UNAVAILABLE_RETRY_AFTER", "120"))
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: REDIS_URL (redis://127.0.0.1:6379/0), else local memory.
# Redis down: the `default` alias ignores connection errors (a miss; nothing
# stored), short socket timeouts, and a circuit breaker (cms/redis_pool.py)
# that skips Redis for REDIS_RETRY_AFTER seconds after a failed connect and
# logs one warning per window (docs/performance.md). An alias that must see
# the errors (fail closed) uses REDIS_OPTIONS without IGNORE_EXCEPTIONS.
REDIS_OPTIONS = {
    "CLIENT_CLASS": "django_redis.client.DefaultClient",
    "CONNECTION_POOL_CLASS": "cms.redis_pool.CircuitBreakerConnectionPool",
    "CONNECTION_POOL_KWARGS": {"retry_after": float(os.environ.get("REDIS_RETRY_AFTER", "30"))},
    "SOCKET_CONNECT_TIMEOUT": float(os.environ.get("REDIS_TIMEOUT", "0.5")),
    "SOCKET_TIMEOUT": float(os.environ.get("REDIS_TIMEOUT", "0.5")),
}
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "portal"),
            "OPTIONS": {**REDIS_OPTIONS, "IGNORE_EXCEPTIONS": True},
        },
        # Rate limits (feedback per card and day): same Redis and connection
        # pool, but errors are raised, never ignored, so a limit fails closed
        # when Redis is down (the circuit refuses at once while it is open).
        "ratelimit": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "portal") + "-ratelimit",
            "OPTIONS": {**REDIS_OPTIONS, "IGNORE_EXCEPTIONS": False},  # whatever DJANGO_REDIS_IGNORE_EXCEPTIONS says
        },
    }
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "ratelimit": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "ratelimit"},
    }
# django-redis would log every ignored error with its traceback: the breaker logs instead.
DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = False

# Reverse proxies of the portal's own in front of Django (nginx, a load
# balancer): the client address is the N-th X-Forwarded-For entry from the
# right; 0 = REMOTE_ADDR (registry_pages.core.client_ip). Used by the feedback limit
# and the admin login lockout.
REGISTRY_TRUSTED_PROXY_COUNT = int(os.environ.get("PORTAL_TRUSTED_PROXY_COUNT", "0"))

# Anonymous page cache (registry_pages.core.page_cache, docs/performance.md): seconds a
# page stays cached at most; any publish or snippet save invalidates sooner.
REGISTRY_PAGE_CACHE_TIMEOUT = int(os.environ.get("PORTAL_PAGE_CACHE_TIMEOUT", "600"))
# A register page's rendered content kept per version of the page, used when the page cache misses
# (registry_pages/core/stored_parts.py); 0 switches it off.
REGISTRY_STORED_PARTS_TIMEOUT = int(os.environ.get("PORTAL_STORED_PARTS_TIMEOUT", "600"))
# Search log counts added up per process and written every N seconds (search/query_log.py; 0: at once).
SEARCH_LOG_FLUSH_SECONDS = float(os.environ.get("PORTAL_SEARCH_LOG_FLUSH_SECONDS", "10"))
# Local memory is per process: without Redis the workers share the cache
# generation through this file's modification time.
REGISTRY_PAGE_CACHE_GENERATION_FILE = os.environ.get(
    "PORTAL_PAGE_CACHE_GENERATION_FILE", "" if os.environ.get("REDIS_URL") else str(BASE_DIR / "var" / "page-cache-generation")
)
# Models outside the add-on whose rows public pages show.
REGISTRY_PAGE_CACHE_MODELS = ["search.SynonymSet"]

# Content-Security-Policy (django-csp, cms/csp.py): public pages only from the
# portal itself, no inline script or style; the admin gets its own policy.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    }
}
# Wagtail 8's admin prints inline scripts and styles and compiles templates
# with `new Function`: 'unsafe-inline' / 'unsafe-eval' only under /admin/.
PORTAL_ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, UNSAFE_INLINE, UNSAFE_EVAL],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:"],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        "frame-src": [SELF],
        "worker-src": [SELF, "blob:"],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    }
}
PORTAL_ADMIN_CSP_PREFIXES = ("/admin/", "/django-admin/")
# No avatars from gravatar.com: the admin loads nothing from third parties.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# Admin sign-in: django-axes counts wrong passwords per user name *and* client
# address (REGISTRY_TRUSTED_PROXY_COUNT), locks that pair after 5 in a row for 15
# minutes, whatever the password, and shows cms/templates/axes/lockout.html
# (429). Another user, or the same user from elsewhere, is not locked.
AUTHENTICATION_BACKENDS = [
    "cms.auth_backends.AxesLockoutBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("PORTAL_LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = datetime.timedelta(minutes=int(os.environ.get("PORTAL_LOGIN_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "registry_pages.core.client_ip.client_ip_or_none"
AXES_LOCKOUT_TEMPLATE = "axes/lockout.html"
AXES_HTTP_RESPONSE_CODE = 429
AXES_VERBOSE = False

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
# The NGO register's own search reads a query like the main search (lemmas, no diacritics, typos).
REGISTRY_QUERY_WORDS_FUNCTION = "search.engine.query_word_forms"
# The search's synonym sets go through the publication workflow like the directory snippets.
REGISTRY_MODERATED_SNIPPET_MODELS = ["search.SynonymSet"]

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "loggers": {
        "search": {"handlers": ["console"], "level": "WARNING"},
        "registry_pages": {"handlers": ["console"], "level": "INFO"},
        # Outages of Redis, Elasticsearch and the database (cms/outage.py, cms/unavailable.py).
        "cms": {"handlers": ["console"], "level": "WARNING"},
    },
}

PORTAL_NAME = _("Municipal transparency portal")
