"""search/migrations/0004: on PostgreSQL the index's title and body vectors stay in their rows
(STORAGE MAIN), lz4-compressed where the server has lz4, and the vectors themselves unchanged."""

import pytest
from django.db import connection
from wagtail.search.models import IndexEntry

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="a PostgreSQL storage setting"),
]


def _columns():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT attname, attstorage, attcompression FROM pg_attribute "
            "WHERE attrelid = %s::regclass AND attname IN ('title', 'body')",
            [IndexEntry._meta.db_table],
        )
        return {name: (storage, compression) for name, storage, compression in cursor.fetchall()}


def _has_lz4():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 'lz4' = ANY(enumvals) FROM pg_settings WHERE name = 'default_toast_compression'")
        return cursor.fetchone()[0]


def test_the_vectors_are_kept_in_the_rows_and_compressed_with_lz4():
    compression = "l" if _has_lz4() else ""
    assert _columns() == {"title": ("m", compression), "body": ("m", compression)}


def test_the_rewritten_vectors_are_the_same_vectors(card):
    """The migration's rewrite (`|| ''::tsvector`) keeps every lexeme and position: the same matches."""
    table = IndexEntry._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT count(*), count(*) FILTER (WHERE body || ''::tsvector <> body OR title || ''::tsvector <> title) FROM {table}")
        entries, changed = cursor.fetchone()
    assert entries > 100 and changed == 0
