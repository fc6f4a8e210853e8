"""Word files built at test time from text kept in the test modules (the repository holds no binaries)."""

import io

import docx


def docx_bytes(paragraphs=(), tables=()) -> bytes:
    """`paragraphs`: (style, text) pairs ("Title", "Heading 1", "Normal"); `tables`: lists of rows, added after them."""
    document = docx.Document()
    for style, text in paragraphs:
        document.add_paragraph(text, style=style)
    for rows in tables:
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                table.cell(r, c).text = value
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
