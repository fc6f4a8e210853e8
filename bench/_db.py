"""Throwaway databases for the search benchmarks (never the dev database).

`setup(database, name)` points Django at a scratch database before Django
starts: SQLite in /tmp by default, or a PostgreSQL database called `name` on
the server of the given postgres:// URL, which is dropped and created again.
"""

import os
import sys
from pathlib import Path
from urllib.parse import urlparse, urlunparse

ROOT = Path(__file__).resolve().parent.parent


def _recreate_postgres(url: str, name: str, fresh: bool = True) -> str:
    import psycopg

    parts = urlparse(url)
    admin_url = urlunparse(parts._replace(path="/postgres"))
    with psycopg.connect(admin_url, autocommit=True) as connection:
        exists = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if fresh and exists:
            connection.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
        if fresh or not exists:
            connection.execute(f'CREATE DATABASE "{name}"')
    return urlunparse(parts._replace(path=f"/{name}"))


def setup(database: str | None, name: str, fresh: bool = True) -> str:
    """Configure Django for a scratch database; returns its URL."""
    if database and database.startswith(("postgres://", "postgresql://")):
        if urlparse(database).path.strip("/") in ("portal", ""):
            pass  # the server is what counts: the benchmark always uses its own database name
        url = _recreate_postgres(database, name, fresh)
    else:
        path = Path(f"/tmp/{name}.sqlite3")
        if fresh:
            for leftover in (path, Path(f"{path}-journal"), Path(f"{path}-wal"), Path(f"{path}-shm")):
                leftover.unlink(missing_ok=True)
        url = f"sqlite:///{path}"
    os.environ["DATABASE_URL"] = url
    os.environ["DJANGO_SETTINGS_MODULE"] = "cms.settings.test"
    os.environ.pop("ELASTICSEARCH_URL", None)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    return url


def migrate() -> None:
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)
    call_command("registry_setup", verbosity=0, stdout=open(os.devnull, "w"))


def vendor() -> str:
    from django.db import connection

    return connection.vendor
