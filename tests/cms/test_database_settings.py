"""PostgreSQL connections: persistent, health-checked, with prepared statements (docs/performance.md)."""

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PG_URL = "postgres://portal:pw@db.internal:5432/portal"


def _database(**env):
    full_env = {k: v for k, v in os.environ.items() if not k.startswith(("DATABASE_", "PORTAL_DATABASE_"))}
    full_env.update(DJANGO_SETTINGS_MODULE="cms.settings.dev", **env)
    code = "import django, json; django.setup(); from django.conf import settings; " \
           "print(json.dumps(settings.DATABASES['default'], default=str))"
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, env=full_env, capture_output=True, text=True,
                         timeout=60)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def test_postgres_connections_persist_without_prepared_statements_by_default():
    db = _database(DATABASE_URL=PG_URL)
    assert db["CONN_MAX_AGE"] == 60 and db["CONN_HEALTH_CHECKS"] is True
    # Off unless asked for: Wagtail's site settings admin orders by a parameter, which PostgreSQL
    # refuses with server-side binding (a 500 found by the side-door test on PostgreSQL).
    assert "server_side_binding" not in db.get("OPTIONS", {}) and "prepare_threshold" not in db.get("OPTIONS", {})


def test_prepared_statements_can_be_switched_on():
    db = _database(DATABASE_URL=PG_URL, DATABASE_SERVER_SIDE_BINDING="1")
    assert db["OPTIONS"]["server_side_binding"] is True
    assert db["OPTIONS"]["prepare_threshold"] == 5


def test_sqlite_gets_no_postgres_options():
    assert "server_side_binding" not in _database().get("OPTIONS", {})
