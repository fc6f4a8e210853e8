"""PORTAL_INSECURE_HTTP=1: the production settings over plain HTTP, on the loopback only."""

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
KEY = "k" * 20 + "-Zx9!realistic-random-production-key-0123456789"
PROBE = (
    "import django, json; django.setup(); from django.conf import settings; "
    "from django.http import HttpResponse; from django.test import RequestFactory; "
    "from django.middleware.security import SecurityMiddleware; "
    "response = SecurityMiddleware(lambda r: HttpResponse('ok'))(RequestFactory().get('/bg/', HTTP_HOST='127.0.0.1')); "
    "print(json.dumps([response.status_code, settings.SESSION_COOKIE_SECURE, settings.CSRF_COOKIE_SECURE, "
    "response.get('Strict-Transport-Security')]))"
)


def _run(args, **env):
    full_env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL", "PORTAL_INSECURE_HTTP"}}
    full_env.update(DJANGO_SETTINGS_MODULE="cms.settings.production", SECRET_KEY=KEY, **env)
    return subprocess.run([sys.executable, *args], cwd=REPO, env=full_env, capture_output=True, text=True, timeout=120)


def test_production_redirects_plain_http_to_https_by_default():
    out = _run(["-c", PROBE], ALLOWED_HOSTS="127.0.0.1")
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)[:3] == [301, True, True]
    assert "PORTAL_INSECURE_HTTP" not in out.stderr


def test_insecure_http_serves_plain_http_on_the_loopback_and_says_so():
    out = _run(["-c", PROBE], ALLOWED_HOSTS="127.0.0.1,localhost", PORTAL_INSECURE_HTTP="1")
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout) == [200, False, False, None]
    assert "WARNING: PORTAL_INSECURE_HTTP=1" in out.stderr
    check = _run(["manage.py", "check"], ALLOWED_HOSTS="127.0.0.1", PORTAL_INSECURE_HTTP="1")
    assert "portal.W001" in check.stdout + check.stderr


def test_insecure_http_is_refused_for_a_public_host_name():
    out = _run(["-c", PROBE], ALLOWED_HOSTS="127.0.0.1,portal.example.org", PORTAL_INSECURE_HTTP="1")
    assert out.returncode != 0
    assert "ALLOWED_HOSTS must list nothing but" in out.stderr
