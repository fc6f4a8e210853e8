"""The one place that uses Django's private ORM API: inserting rows of a child table only.

The load generator writes the base `Page` rows with `bulk_create`; the rows of
the page type's own table (multi-table inheritance) must then be inserted
without writing the parent rows again, which no public call does. Django's
`bulk_create` does it internally with `QuerySet._insert`;
`tests/portal_demo/test_django_contract.py` fails, naming this module, when an
installed Django changes it.
"""

# name -> the parameters the adapter passes (checked by the contract tests).
PRIVATE_API = {"_insert": ("objs", "fields", "using")}


def insert_own_rows(model, objects, fields, using) -> None:
    """INSERT the `fields` of `objects` into the model's own table (one statement)."""
    model._base_manager._insert(objects, fields=fields, using=using)
