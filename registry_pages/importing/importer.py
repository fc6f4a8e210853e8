"""The base class of every register's document importer (see `pipeline.py` for how it is driven)."""

from __future__ import annotations

from registry_pages.importing.blocks import Document
from registry_pages.importing.report import ImportReport


class DocumentImporter:
    """Subclass per register: `read` fills the report and keeps what to write; `write` creates drafts."""

    type_name: str = ""
    page_model = None

    def __init__(self, *, parent, locale, report: ImportReport, create_missing: bool = False, options: dict | None = None):
        self.parent, self.locale, self.report = parent, locale, report
        self.create_missing = create_missing
        self.options = dict(options or {})

    @classmethod
    def accepts(cls, document: Document) -> bool:
        return document.suffix != ".json"

    def read(self, document: Document) -> None:
        raise NotImplementedError

    def write(self, user=None) -> list:
        raise NotImplementedError
