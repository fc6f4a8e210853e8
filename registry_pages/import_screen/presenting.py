"""An import report as the preview screen shows it: field names and values in the reader's language."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

FIELD_LABELS = {
    "documents": _("Required documents"), "fees": _("Fees"), "processing_times": _("Processing times"),
    "legal_basis": _("Legal basis"), "places": _("Places to apply"), "who_may_apply": _("Who may apply"),
    "result": _("Result"), "appeal": _("Appeal"), "code": _("Service code"), "contacts": _("Contacts"),
    "units": _("Numbered units"), "levels": _("Levels"), "officials": _("Officials"), "slots": _("Reception times"),
    "legal_form": _("Legal form"), "seat_address": _("Seat"), "registration_number": _("Registration number"),
    "fields_of_activity": _("Fields of activity"), "head_name": _("Head's name"),
    "statutory_goals": _("Statutory goals"), "activities": _("Activities and services"),
    "items": _("Items"), "themes": _("Themes"), "owners": _("Owners"), "deadlines": _("Deadlines"),
    "period": _("Period"), "owners_to_assign": _("Owner to be assigned"),
    "deadlines_recognised": _("Deadlines read"), "deadlines_unrecognised": _("Deadlines not recognised"),
    "indicators": _("Indicator"), "methods": _("Method of implementation"), "funding": _("Funding"),
    "processing_times_read": _("Processing times read as a period"), "summary": _("Summary"),
    "forms": _("Forms to download"), "office_hours": _("Office hours"),
}
PREVIEW_LABELS = {
    "number": _("No."), "text": _("Text"), "owners": _("Owners"), "deadline": _("Deadline"), "status": _("Status"),
    "position": _("Position"), "official": _("Official"), "day": _("Day"), "hours": _("Hours"), "room": _("Room"),
    "sign_up": _("Sign up"), "where": _("Place in the file"), "section": _("Section"), "read": _("Read as"),
    "as written": _("As written"),
}
PROPOSED_LABELS = {"categories": _("Categories"), "departments": _("Departments"), "positions": _("Positions")}
def present(report) -> dict:
    pages = []
    for page in report.pages:
        found = [(FIELD_LABELS.get(name, name), value) for name, value in page.fields.items()
                 if value not in (False, 0, "", None)]
        missing = [FIELD_LABELS.get(name, name) for name, value in page.fields.items() if value in (False, 0, "", None)]
        columns = list(dict.fromkeys(name for row in page.preview for name in row))  # every row's keys, in order
        pages.append({
            "title": page.title, "found": found, "missing": missing, "warnings": page.warnings,
            "preview_head": [PREVIEW_LABELS.get(name) or FIELD_LABELS.get(name, name) for name in columns],
            "preview_rows": [[row.get(name, "") for name in columns] for row in page.preview],
            "page_id": page.page_id, "edit_url": "",
        })
    return {
        "ok": report.ok, "written": report.written, "pages": pages, "page_count": len(pages),
        "themes": report.themes, "items": report.items, "owners": report.owners,
        "deadlines_recognised": report.deadlines_recognised, "deadlines_unrecognised": report.deadlines_unrecognised,
        "proposed": [(PROPOSED_LABELS.get(kind, kind), names) for kind, names in report.proposed.items() if names],
        "errors": report.errors,
    }
