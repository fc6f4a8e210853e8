"""The session's demo database, put back after a transactional test's flush.

A transactional test (`live_server`, `django_db(transaction=True)`) ends with
Django flushing every table, which would take the demo loaded once per
session (tests/conftest.py) away from every test after it. The session
fixture `demo_snapshot` (tests/conftest.py) copies the database when first
asked for; `restore()` puts it back:

* SQLite (in memory): SQLite's backup API, both ways, in well under a second.
* PostgreSQL: each table copied into a schema of its own (`CREATE TABLE …
  AS TABLE …`) and copied back with `INSERT … SELECT`, foreign-key triggers
  off for that one transaction (`session_replication_role = replica`,
  which needs a superuser, as the local and CI servers' `postgres` is):
  about a second, where Django's serialised copy took 15 s per test.
* Anything else, or a PostgreSQL user who may not switch the triggers off:
  Django's serialised copy, flushed and loaded back.
"""

import json

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import DatabaseError, connection, transaction
from wagtail.models import Page

SNAPSHOT_SCHEMA = "demo_snapshot"


class DemoSnapshot:
    """The session's demo database, to put back after a browser test's flush."""

    def __init__(self):
        connection.ensure_connection()
        self.vendor = connection.vendor
        self.tables = []
        if self.vendor == "sqlite":
            import sqlite3

            self.copy = sqlite3.connect(":memory:", check_same_thread=False)
            connection.connection.backup(self.copy)
        elif self.vendor == "postgresql" and _may_switch_triggers_off():
            self.tables = sorted(connection.introspection.django_table_names(only_existing=True, include_views=False))
            _snapshot(self.tables)
        else:
            self.copy = connection.creation.serialize_db_to_string()
        self.page_count = Page.objects.count()

    def restore(self):
        if Page.objects.count() == self.page_count and Page.objects.filter(depth=2).exists():
            return  # nothing was flushed yet
        if self.vendor == "sqlite":
            self.copy.backup(connection.connection)
        elif self.tables:
            _restore(self.tables)
            _reset_sequences()
        else:
            self._restore_serialised()
        ContentType.objects.clear_cache()
        cache.clear()

    def _restore_serialised(self):
        """Content types first (other rows' __init__ would otherwise create them
        with new ids), then the rest; then the sequences past the restored ids."""
        call_command("flush", interactive=False, verbosity=0, inhibit_post_migrate=True)
        rows = json.loads(self.copy)
        content_types = [row for row in rows if row["model"] == "contenttypes.contenttype"]
        others = [row for row in rows if row["model"] != "contenttypes.contenttype"]
        ContentType.objects.clear_cache()
        connection.creation.deserialize_db_from_string(json.dumps(content_types))
        ContentType.objects.clear_cache()
        connection.creation.deserialize_db_from_string(json.dumps(others))
        _reset_sequences()


def _may_switch_triggers_off() -> bool:
    try:
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SET LOCAL session_replication_role = replica")
        return True
    except DatabaseError:
        return False


def _snapshot(tables):
    """A copy of every table in a schema of its own, replaced if an earlier run left one."""
    quote = connection.ops.quote_name
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(f"DROP SCHEMA IF EXISTS {SNAPSHOT_SCHEMA} CASCADE")
        cursor.execute(f"CREATE SCHEMA {SNAPSHOT_SCHEMA}")
        for table in tables:
            cursor.execute(f"CREATE TABLE {SNAPSHOT_SCHEMA}.{quote(table)} AS TABLE public.{quote(table)}")


def _restore(tables):
    """The tables emptied and filled from the copy in one transaction, foreign keys
    unchecked in it (the rows were consistent when copied)."""
    quote = connection.ops.quote_name
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("TRUNCATE " + ", ".join(f"public.{quote(t)}" for t in tables) + " CASCADE")
        cursor.execute("SET LOCAL session_replication_role = replica")
        for table in tables:
            cursor.execute(f"INSERT INTO public.{quote(table)} SELECT * FROM {SNAPSHOT_SCHEMA}.{quote(table)}")


def _reset_sequences():
    statements = connection.ops.sequence_reset_sql(no_style(), apps.get_models(include_auto_created=True))
    with connection.cursor() as cursor:
        for sql in statements:
            cursor.execute(sql)
