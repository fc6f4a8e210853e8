"""The NGO register as open data: `export.csv` and `export.json` in the register's language.

Columns are the importer's columns (docs/importing.md), so a downloaded file
can be edited and imported again. The head's name and the phone are empty
(CSV) or null (JSON) unless the organisation consented to publishing them (the
head's name also when it was taken from a public register: `head_name_basis`).
Only live, public, real translations (no aliases) are exported, A–Z in the
language's alphabet; four queries whatever the number of entries.
"""

import html
import re

from django.db.models import Prefetch
from django.utils import translation
from django.utils.html import strip_tags

from registry_pages.core.alphabet import sort_key
from registry_pages.core.page_views import builds
from registry_pages.models import ActivityField, NGOActivity, NGOActivityFieldLink
from registry_pages.ngos.models import NGORegisterPage
from registry_pages.opendata.responses import (
    csv_response,
    export_filename,
    json_response,
)

COLUMNS = [
    "name", "short_name", "legal_form", "registration_number", "seat_address", "head_title", "head_name", "phone",
    "email", "website", "fields", "statutory_goals", "activities", "achievements", "cooperation",
    "date_registered", "date_last_confirmed", "consent", "head_name_basis", "url",
]
_BLOCK_END = re.compile(r"</(p|li|h[1-6])>|<br\s*/?>", re.I)


def plain_text(rich_text: str) -> str:
    """Rich text as plain text: one line per paragraph or list item."""
    text = _BLOCK_END.sub("\n", rich_text or "")
    lines = (html.unescape(strip_tags(line)).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _entries(register):
    entries = register.entries().filter(locale_id=register.locale_id, alias_of__isnull=True)
    links = NGOActivityFieldLink.objects.select_related("activity_field")
    return list(
        entries.prefetch_related(
            Prefetch("activity_field_links", queryset=links), Prefetch("activities", queryset=NGOActivity.objects.all())
        )
    )


def _items(register, request) -> list[dict]:
    language = register.locale.language_code
    local = {f.translation_key: f for f in ActivityField.objects.filter(locale_id=register.locale_id, live=True)}
    items = []
    for entry in sorted(_entries(register), key=lambda e: sort_key(e.title, language)):
        fields = [
            local.get(link.activity_field.translation_key, link.activity_field)
            for link in entry.activity_field_links.all()
            if link.activity_field.live  # not approved yet: not public
        ]
        items.append({
            "name": entry.title,
            "short_name": entry.short_name,
            "legal_form": entry.legal_form,
            "legal_form_label": str(entry.get_legal_form_display()),
            "registration_number": entry.registration_number,
            "seat_address": entry.seat_address,
            "head_title": entry.head_title,
            "head_name": entry.public_head_name,
            "phone": entry.public_phone,
            "email": entry.email,
            "website": entry.website,
            "fields": [f.name for f in fields],
            "statutory_goals": plain_text(entry.statutory_goals),
            "activities": [
                {"title": a.title, "description": a.description, "address": a.address} for a in entry.activities.all()
            ],
            "achievements": plain_text(entry.achievements),
            "cooperation": plain_text(entry.cooperation),
            "date_registered": entry.date_registered.isoformat() if entry.date_registered else None,
            "date_last_confirmed": entry.date_last_confirmed.isoformat() if entry.date_last_confirmed else None,
            "consent": entry.publish_contact_consent,
            "head_name_basis": entry.head_name_basis,
            "url": entry.get_full_url(request=request),
        })
    return items


def _activity_cell(activity: dict) -> str:
    parts = [activity["title"], activity["description"], activity["address"]]
    while parts and not parts[-1]:
        parts.pop()
    return " — ".join(parts)


@builds(NGORegisterPage, "export_csv")
def export_csv(register, request):
    with translation.override(register.locale.language_code):
        rows = []
        for item in _items(register, request):
            item["fields"] = "|".join(item["fields"])
            item["activities"] = "|".join(_activity_cell(a) for a in item["activities"])
            item["consent"] = "yes" if item["consent"] else "no"
            rows.append([item[column] for column in COLUMNS])
        return csv_response(COLUMNS, rows, export_filename(register, "csv"))


@builds(NGORegisterPage, "export_json")
def export_json(register, request):
    with translation.override(register.locale.language_code):
        items = _items(register, request)
        return json_response(register, items, export_filename(register, "json"), request=request)


__all__ = ["export_csv", "export_json", "plain_text", "COLUMNS"]
