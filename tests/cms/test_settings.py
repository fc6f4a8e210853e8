"""Configuration by environment, and production's refusal of the development key."""

import os
import subprocess
import sys
from pathlib import Path

import dj_database_url

from search.backends import search_backends_from_env

REPO = Path(__file__).resolve().parents[2]
REAL_KEY = "k" * 20 + "-Zx9!realistic-random-production-key-0123456789"


def _manage(*args, **env):
    full_env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL", "ELASTICSEARCH_URL"}}
    full_env.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=REPO, env=full_env, capture_output=True, text=True, timeout=120
    )


def test_production_refuses_the_development_key():
    result = _manage("check", DJANGO_SETTINGS_MODULE="cms.settings.production",
                     SECRET_KEY="django-insecure-dev-only-key-never-use-in-production")
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_production_refuses_a_missing_key():
    result = _manage("check", DJANGO_SETTINGS_MODULE="cms.settings.production")
    assert result.returncode != 0


def test_check_deploy_passes_with_a_real_key():
    result = _manage("check", "--deploy", "--fail-level", "WARNING",
                     DJANGO_SETTINGS_MODULE="cms.settings.production", SECRET_KEY=REAL_KEY,
                     ALLOWED_HOSTS="portal.example.org")
    assert result.returncode == 0, result.stdout + result.stderr


def test_database_url_chooses_postgres():
    config = dj_database_url.parse("postgres://portal:pw@db.internal:5432/portal")
    assert config["ENGINE"] == "django.db.backends.postgresql"
    assert config["NAME"] == "portal"


def test_search_backend_is_database_without_elasticsearch():
    # Wagtail's database backend, with the SQLite ranking of search/db_backend.py.
    assert search_backends_from_env({})["default"]["BACKEND"] == "search.db_backend"


def test_elasticsearch_url_switches_to_es9_with_database_fallback():
    backends = search_backends_from_env({"ELASTICSEARCH_URL": "http://127.0.0.1:9200"})
    # Wagtail's elasticsearch9 backend, answering from `database` when the cluster is unreachable.
    from modelsearch.backends.elasticsearch9 import Elasticsearch9SearchBackend

    from search.es_backend import SearchBackend

    assert backends["default"]["BACKEND"] == "search.es_backend" and issubclass(SearchBackend, Elasticsearch9SearchBackend)
    assert all(backends[name]["FALLBACK"] == "database" for name in ("default", "es_bg", "es_pl", "es_uk", "es_en"))
    assert backends["default"]["URLS"] == ["http://127.0.0.1:9200"]
    assert backends["database"]["BACKEND"] == "search.db_backend"
    bg = backends["es_bg"]["INDEX_SETTINGS"]["settings"]["analysis"]["analyzer"]["default"]
    pl = backends["es_pl"]["INDEX_SETTINGS"]["settings"]["analysis"]["analyzer"]["default"]
    assert bg == {"type": "bulgarian"}
    assert pl["filter"] == ["lowercase", "asciifolding"]  # no stempel plugin declared
    assert backends["es_uk"]["INDEX_PREFIX"] == "portal_uk_"


def test_declared_plugins_enable_polish_and_ukrainian_analyzers():
    backends = search_backends_from_env(
        {"ELASTICSEARCH_URL": "http://127.0.0.1:9200", "ELASTICSEARCH_LANGUAGE_PLUGINS": "analysis-stempel,analysis-ukrainian"}
    )
    assert backends["es_pl"]["INDEX_SETTINGS"]["settings"]["analysis"]["analyzer"]["default"] == {"type": "polish"}
    assert backends["es_uk"]["INDEX_SETTINGS"]["settings"]["analysis"]["analyzer"]["default"] == {"type": "ukrainian"}


def test_redis_url_switches_the_cache():
    code = "from django.conf import settings; print(settings.CACHES['default']['BACKEND'])"
    env = {k: v for k, v in os.environ.items()}
    env.update(DJANGO_SETTINGS_MODULE="cms.settings.dev", REDIS_URL="redis://127.0.0.1:6379/3")
    out = subprocess.run([sys.executable, "-c", f"import django; django.setup(); {code}"], cwd=REPO, env=env,
                         capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "django_redis.cache.RedisCache", out.stderr
