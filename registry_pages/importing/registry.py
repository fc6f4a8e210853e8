"""Bulk import of register pages from CSV or JSON files, as drafts.

`IMPORTERS` maps the `--type` of `manage.py import_registry` to the row
importer class (loaded with `import_string`, so a site can add its own).
The framework (`base.py`, `reader.py`, `runner.py`) validates every row
before writing anything; see `docs/importing.md`.
"""

from django.utils.module_loading import import_string

IMPORTERS = {
    "service": "registry_pages.services.importer.ServiceImporter",
    "ngo": "registry_pages.ngos.importer.NGOImporter",
}


def importer_class(type_name: str):
    """The importer class for a type name; KeyError for an unknown type."""
    return import_string(IMPORTERS[type_name])
