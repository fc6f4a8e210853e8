"""The security settings read from the environment (docs/security.md)."""

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def _settings(code, **env):
    full_env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL", "PORTAL_TRUSTED_PROXY_COUNT"}}
    full_env.update(DJANGO_SETTINGS_MODULE="cms.settings.dev", **env)
    out = subprocess.run([sys.executable, "-c", f"import django, json; django.setup(); from django.conf import settings; {code}"],
                         cwd=REPO, env=full_env, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def test_ratelimit_alias_uses_redis_and_never_ignores_its_errors():
    alias = _settings("print(json.dumps(settings.CACHES['ratelimit']))", REDIS_URL="redis://127.0.0.1:6379/3")
    assert alias["BACKEND"] == "django_redis.cache.RedisCache" and alias["LOCATION"] == "redis://127.0.0.1:6379/3"
    assert alias["OPTIONS"]["IGNORE_EXCEPTIONS"] is False
    assert alias["OPTIONS"]["SOCKET_CONNECT_TIMEOUT"] <= 1 and alias["OPTIONS"]["SOCKET_TIMEOUT"] <= 1


def test_without_redis_the_ratelimit_alias_is_local_memory():
    alias = _settings("print(json.dumps(settings.CACHES['ratelimit']))")
    assert alias["BACKEND"] == "django.core.cache.backends.locmem.LocMemCache"


def test_trusted_proxy_count_comes_from_the_environment():
    assert _settings("print(settings.REGISTRY_TRUSTED_PROXY_COUNT)") == 0
    assert _settings("print(settings.REGISTRY_TRUSTED_PROXY_COUNT)", PORTAL_TRUSTED_PROXY_COUNT="2") == 2
