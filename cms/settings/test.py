"""Test settings: fast hashing, in-memory mail and cache, never Elasticsearch.

DATABASE_URL still chooses the database, so the same suite runs on SQLite and
on PostgreSQL (`make test` does both).
"""

import os
from pathlib import Path

from .base import *  # noqa: F401,F403

DEBUG = False
SECRET_KEY = "test-only-key"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "ratelimit": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "ratelimit"},
}
REGISTRY_TRUSTED_PROXY_COUNT = 0
# Off for the suite (pages are re-read after direct ORM changes); the cache
# tests switch it on with the `settings` fixture.
REGISTRY_PAGE_CACHE_TIMEOUT = 0
REGISTRY_STORED_PARTS_TIMEOUT = 0  # likewise; tests/registry_pages/core/test_stored_parts.py switches it on
REGISTRY_PAGE_CACHE_GENERATION_FILE = ""
SEARCH_LOG_FLUSH_SECONDS = 0  # each search counted at once: the reports' tests read them right after
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.db_backend"}}
WAGTAILADMIN_BASE_URL = "http://testserver"
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
# scripts/test.sh gives each of its concurrent runs a folder of its own.
MEDIA_ROOT = Path(os.environ.get("TEST_MEDIA_ROOT") or BASE_DIR / "var" / "test-media")  # noqa: F405
# The suite loads the demo municipality once per session (tests/conftest.py).
INSTALLED_APPS = [*INSTALLED_APPS, "portal_demo"]  # noqa: F405
PORTAL_DEMO = True
if DATABASES["default"]["ENGINE"].endswith("postgresql"):  # noqa: F405
    # The test database is thrown away after the run: a commit (migrations, the
    # demo's load, the browser tests) need not wait for the disk.
    DATABASES["default"]["OPTIONS"]["options"] = "-c synchronous_commit=off"  # noqa: F405
