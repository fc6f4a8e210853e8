"""A municipality's file read into headings, paragraphs and tables, whatever it was written in.

Real registers arrive as Word files (paragraphs *and* tables), spreadsheets,
saved web pages and text copied out of a browser or a PDF. `read_document`
turns each into the same `Document` (`blocks.py`): blocks in reading order, each
with a human location ("line 12", "table 2, row 3", "sheet Plan, row 5") that
the importers put in front of every problem they report. The importers of each
register (`DOCUMENT_IMPORTERS` in `pipeline.py`) read the blocks; this module
knows nothing about services, plans or codes.
"""

from __future__ import annotations

from pathlib import Path

from django.utils.translation import gettext as _

from registry_pages.importing.blocks import (  # noqa: F401  (the names importers use)
    MAX_BYTES,
    MAX_TABLE_ROWS,
    MAX_UNPACKED_BYTES,
    SUFFIXES,
    Block,
    Document,
    check_zip,
    clean,
    regroup_cells,
    text_of,
)
from registry_pages.importing.formats import READERS
from registry_pages.importing.reader import ReadError


def read_document(source) -> Document:
    """Read a path or a `(file_name, bytes)` pair; ReadError says what is wrong and where."""
    if isinstance(source, tuple):
        name, data = source
    else:
        path = Path(source)
        name = path.name
        try:
            data = path.read_bytes()
        except OSError as error:
            raise ReadError(_("cannot read %(path)s: %(error)s") % {"path": path, "error": error.strerror}) from None
    suffix = Path(str(name)).suffix.lower()
    if suffix not in SUFFIXES + (".json",):
        raise ReadError(
            _("unknown file type “%(suffix)s”: use %(suffixes)s") % {"suffix": suffix or name, "suffixes": ", ".join(SUFFIXES)}
        )
    if len(data) > MAX_BYTES:
        raise ReadError(_("the file is larger than %(size)d MB; split it and import the parts") % {"size": MAX_BYTES // 2**20})
    if not data.strip():
        raise ReadError(_("the file is empty"))
    document = Document(name=str(name), suffix=suffix, data=data)
    if suffix == ".json":
        return document  # read by the row importers (`reader.read_rows`)
    document.blocks = READERS[suffix](data)
    if not document.blocks:
        raise ReadError(_("no text was found in the file"))
    return document
