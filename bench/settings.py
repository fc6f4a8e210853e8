"""Settings for the benchmarks: production-like (DEBUG off), a throwaway database.

BENCH_DATABASE_URL chooses it: a SQLite file in /tmp (default
/tmp/bench_perf.sqlite3) or a PostgreSQL database named `bench_perf` or
`bench_<something>`/`portal_<something>` (a helper's own database).
The shared development database (`portal`) is refused.
"""

import os

import dj_database_url

from cms.settings.base import *  # noqa: F401,F403

DEBUG = False
SECRET_KEY = "bench-only-key-" + "x" * 40
ALLOWED_HOSTS = ["*"]
INSTALLED_APPS = [*INSTALLED_APPS, "portal_demo"]  # noqa: F405  (load_demo, generate_portal_load)
PORTAL_DEMO = True  # the bench database is prepared with load_demo
BENCH_DATABASE_URL = os.environ.get("BENCH_DATABASE_URL", "sqlite:////tmp/bench_perf.sqlite3")
DATABASES = {"default": dj_database_url.parse(BENCH_DATABASE_URL, conn_max_age=600)}
if DATABASES["default"]["ENGINE"].endswith("postgresql") and os.environ.get("DATABASE_SERVER_SIDE_BINDING", "0") == "1":
    # As cms/settings/base.py does when asked for: prepared statements, no planning per request.
    DATABASES["default"]["OPTIONS"] = {"server_side_binding": True, "prepare_threshold": 5}
_db = DATABASES["default"]
if _db["ENGINE"].endswith("sqlite3"):
    if not str(_db["NAME"]).startswith("/tmp/"):
        raise RuntimeError("The bench SQLite database must live in /tmp.")
elif not str(_db["NAME"]).startswith(("bench_", "portal_")):
    raise RuntimeError("The bench PostgreSQL database must be named bench_… or portal_… (never the dev database).")
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
REGISTRY_PAGE_CACHE_GENERATION_FILE = os.environ.get(
    "PORTAL_PAGE_CACHE_GENERATION_FILE", "" if os.environ.get("REDIS_URL") else "/tmp/bench_perf.generation"
)
LOGGING = {"version": 1, "disable_existing_loggers": False}
