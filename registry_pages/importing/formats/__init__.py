"""One reader per file type, each turning bytes into `document.Block`s in reading order."""

from registry_pages.importing.formats.docx_file import read_docx
from registry_pages.importing.formats.html_file import read_html
from registry_pages.importing.formats.text_file import read_csv, read_txt
from registry_pages.importing.formats.xlsx_file import read_xlsx

READERS = {
    ".docx": read_docx,
    ".xlsx": read_xlsx,
    ".csv": read_csv,
    ".txt": read_txt,
    ".html": read_html,
    ".htm": read_html,
}
