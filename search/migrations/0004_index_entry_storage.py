"""PostgreSQL: the search index's `title` and `body` vectors kept in their rows, lz4-compressed.

A service card's body vector (≈ 80 lexemes with positions) made its row longer than PostgreSQL's
2 kB threshold, so it was stored out of line in the TOAST table: ranking the 519 matches of a
common word read each body through the TOAST index (4.8 ms of the query's 7.5 ms on the
1,000-card bench site). `STORAGE MAIN` keeps them in the row (compressed; out of line only when
the row would not fit a page), lz4 decompresses several times faster than pglz (where the server
has lz4; otherwise pglz stays). The vectors are unchanged, and so are the matches and their order
(docs/performance.md, "The index rows"). Existing rows are rewritten so that the setting applies
to them at once (`update_index` would do the same). Nothing on other databases.
"""

from django.db import migrations

VECTORS = ("title", "body")


def _index_table(apps, schema_editor):
    """The index table's quoted name on PostgreSQL, None elsewhere."""
    if schema_editor.connection.vendor != "postgresql":
        return None
    return schema_editor.quote_name(apps.get_model("wagtailsearch", "IndexEntry")._meta.db_table)


def keep_vectors_in_rows(apps, schema_editor):
    table = _index_table(apps, schema_editor)
    if table is None:
        return
    with schema_editor.connection.cursor() as cursor:
        for column in VECTORS:
            cursor.execute(f"ALTER TABLE {table} ALTER COLUMN {column} SET STORAGE MAIN")
        cursor.execute("SELECT 1 FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY(enumvals)")
        if cursor.fetchone():  # the server was built with lz4
            for column in VECTORS:
                cursor.execute(f"ALTER TABLE {table} ALTER COLUMN {column} SET COMPRESSION lz4")
        # `|| ''::tsvector` makes a new value (the same vector): an unchanged value would keep its place.
        cursor.execute(f"UPDATE {table} SET title = title || ''::tsvector, body = body || ''::tsvector")


def back_to_defaults(apps, schema_editor):
    table = _index_table(apps, schema_editor)
    if table is None:
        return
    with schema_editor.connection.cursor() as cursor:
        for column in VECTORS:
            cursor.execute(f"ALTER TABLE {table} ALTER COLUMN {column} SET STORAGE EXTENDED")
            cursor.execute(f"ALTER TABLE {table} ALTER COLUMN {column} SET COMPRESSION DEFAULT")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0003_search_clicks"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(keep_vectors_in_rows, back_to_defaults, elidable=False)]
