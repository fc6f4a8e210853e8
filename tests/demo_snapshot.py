"""The session's demo database, put back after a transactional test's flush.

A transactional test (`live_server`, `django_db(transaction=True)`) ends with
Django flushing every table, which would take the demo loaded once per
session (tests/conftest.py) away from every test after it. The session
fixture `demo_snapshot` (tests/conftest.py) copies the database when first
asked for; `restore()` puts it back.
"""

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import connection
from wagtail.models import Page


class DemoSnapshot:
    """The session's demo database, to put back after a browser test's flush."""

    def __init__(self):
        connection.ensure_connection()
        self.vendor = connection.vendor
        if self.vendor == "sqlite":
            import sqlite3

            self.copy = sqlite3.connect(":memory:", check_same_thread=False)
            connection.connection.backup(self.copy)
        else:
            self.copy = connection.creation.serialize_db_to_string()
        self.page_count = Page.objects.count()

    def restore(self):
        if Page.objects.count() == self.page_count and Page.objects.filter(depth=2).exists():
            return  # nothing was flushed yet
        if self.vendor == "sqlite":
            self.copy.backup(connection.connection)
        else:
            self._restore_serialised()
        ContentType.objects.clear_cache()
        cache.clear()

    def _restore_serialised(self):
        """Content types first (other rows' __init__ would otherwise create them
        with new ids), then the rest; then the sequences past the restored ids."""
        import json

        from django.apps import apps
        from django.core.management import call_command
        from django.core.management.color import no_style

        call_command("flush", interactive=False, verbosity=0, inhibit_post_migrate=True)
        rows = json.loads(self.copy)
        content_types = [row for row in rows if row["model"] == "contenttypes.contenttype"]
        others = [row for row in rows if row["model"] != "contenttypes.contenttype"]
        ContentType.objects.clear_cache()
        connection.creation.deserialize_db_from_string(json.dumps(content_types))
        ContentType.objects.clear_cache()
        connection.creation.deserialize_db_from_string(json.dumps(others))
        statements = connection.ops.sequence_reset_sql(no_style(), apps.get_models(include_auto_created=True))
        with connection.cursor() as cursor:
            for sql in statements:
                cursor.execute(sql)
