"""Download a file by clicking its link on a page, then parse it.

`download_from_link` returns the saved file's bytes and its suggested name;
`parse_ical_download` and `parse_csv_download` read the two open-data formats
(the NGO register's CSV test after merge is one more call of the latter).
"""

import csv
import io

from icalendar import Calendar


def download_from_link(page, link):
    with page.expect_download() as info:
        link.click()
    download = info.value
    path = download.path()
    return download.suggested_filename, open(path, "rb").read()


def parse_ical_download(page, link):
    name, data = download_from_link(page, link)
    return name, Calendar.from_ical(data)


def parse_csv_download(page, link):
    """CSV as written by registry_pages.opendata.responses: UTF-8 with BOM, a header row."""
    name, data = download_from_link(page, link)
    assert data.startswith("\ufeff".encode("utf-8")), "open-data CSV starts with a byte-order mark"
    return name, list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
