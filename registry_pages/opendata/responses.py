"""Open-data responses shared by every register: CSV, JSON and iCalendar.

Each register page serves its content as routes of the page
(`<register>/export.csv`, `export.json`, `calendar.ics`) through these
helpers, so every download has the same conventions:

* CSV is UTF-8 *with* a byte-order mark, so spreadsheet programs open
  Cyrillic and Polish letters correctly, with a header row;
* every CSV cell goes through `spreadsheets.spreadsheet_cell`: text that a
  spreadsheet program would run as a formula (`=…`, `+…`, `-…`, `@…`) is
  quoted;
* JSON is UTF-8 without escaping non-ASCII letters, an object with
  `language`, `source` (the page URL) and `items`;
* file names are stable: `<page slug>-<language>.<ext>`, sent as an
  attachment (CSV, iCalendar) or inline (JSON).
"""

import csv
import io
import json
from collections.abc import Iterable, Sequence
from decimal import Decimal

from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse

from registry_pages.core.spreadsheets import UTF8_BOM, spreadsheet_cell

CSV_CONTENT_TYPE = "text/csv; charset=utf-8"
JSON_CONTENT_TYPE = "application/json; charset=utf-8"
ICAL_CONTENT_TYPE = "text/calendar; charset=utf-8"
BOM = UTF8_BOM  # the same mark as the admin exports


def export_filename(page, extension: str, suffix: str = "") -> str:
    """`<slug>[-suffix]-<language>.<extension>`: stable across requests."""
    language = page.locale.language_code if getattr(page, "locale_id", None) else "all"
    parts = [page.slug] + ([suffix] if suffix else []) + [language]
    return f"{'-'.join(parts)}.{extension}"


def _attachment(response: HttpResponse, filename: str, inline: bool = False) -> HttpResponse:
    kind = "inline" if inline else "attachment"
    response["Content-Disposition"] = f'{kind}; filename="{filename}"'
    return response


def csv_text(header: Sequence[str], rows: Iterable[Sequence]) -> str:
    """The CSV document (BOM, header, rows) as text."""
    buffer = io.StringIO()
    buffer.write(BOM)
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([spreadsheet_cell(str(h)) for h in header])
    for row in rows:
        writer.writerow([_csv_cell(value) for value in row])
    return buffer.getvalue()


def _csv_cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        return str(value)  # a number, negative ones included, stays a number
    return spreadsheet_cell(str(value))


def csv_response(header: Sequence[str], rows: Iterable[Sequence], filename: str) -> HttpResponse:
    response = HttpResponse(csv_text(header, rows).encode("utf-8"), content_type=CSV_CONTENT_TYPE)
    return _attachment(response, filename)


def json_response(page, items: list, filename: str, request=None, **extra) -> HttpResponse:
    payload = {
        "language": page.locale.language_code,
        "source": page.get_full_url(request=request),
        "title": page.title,
        **extra,
        "items": items,
    }
    body = json.dumps(payload, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)
    return _attachment(HttpResponse(body.encode("utf-8"), content_type=JSON_CONTENT_TYPE), filename, inline=True)


def ical_response(calendar, filename: str) -> HttpResponse:
    """`calendar` is an `icalendar.Calendar`."""
    return _attachment(HttpResponse(calendar.to_ical(), content_type=ICAL_CONTENT_TYPE), filename)
