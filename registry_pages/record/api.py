"""The public record in Wagtail's API v2 (`/api/v2/pages/<id>/`): field `public_record`.

The metryczka (record/metryczka.py), the page's views (record/visits.py) and its register
of changes (record/versions.py): every version that went live with its dates, approvers,
change note and the address of its history page. Names follow the metryczka's rules
(workflow/trail.py): positions always, a person's name only while the municipality shows
who reviewed and approved each page; a contact position is a public function.

Given on the page detail only: a listing (`?fields=*`) would read the record of every
page listed, so it says `null` there and links nothing.
"""

from registry_pages.core.page_views import builds
from registry_pages.core.pages import RegistryBasePage
from registry_pages.record.metryczka import metryczka
from registry_pages.record.versions import published_versions
from registry_pages.record.visits import page_views
from registry_pages.workflow.trail import names_shown


def _date(value):
    return value.isoformat() if value is not None else None


def _signature(signature, show_names):
    return {"role": signature.role, "position": signature.position,
            "name": signature.name if show_names else None, "at": _date(signature.at)}


def _history_url(page, request, number=None):
    base = page.get_full_url(request=request) or ""
    if number is None:
        return base + page.reverse_subpage("history")
    return base + page.reverse_subpage("history_version", kwargs={"number": number})


def public_record(page, request) -> dict:
    show_names = names_shown(request)
    record = metryczka(page)
    total, recent = page_views(page)
    versions = published_versions(page)
    return {
        "prepared_by": record.prepared_by,
        "entered_by": {"position": record.entered_by_position,
                       "name": record.entered_by_name if show_names else None},
        "approved_by": _signature(record.approved_by, show_names) if record.approved_by else None,
        "produced": _date(record.produced),
        "published": _date(record.published),
        "applies_from": _date(record.applies_from),
        "views": {"total": total, "last_30_days": recent},
        "history_url": _history_url(page, request),
        "versions": [
            {
                "number": version.number,
                "applies_from": _date(version.applies_from),
                "until": _date(version.until),
                "in_force": version.in_force,
                "note": version.note,
                "signatures": [_signature(s, show_names) for s in version.signatures],
                # the version in force is the page itself
                "url": page.get_full_url(request=request) if version.in_force
                else _history_url(page, request, version.number),
            }
            for version in reversed(versions)
        ],
    }


@builds(RegistryBasePage, "public_record")
def representation(page, request, serializer_context=None) -> dict | None:
    """What `RegistryBasePage`'s API field `public_record` says (`core.pages`), given the serializer's context."""
    context = serializer_context or {}
    view = context.get("view")
    if getattr(view, "action", None) != "detail_view" or not page.live:
        return None
    return public_record(page, request)
