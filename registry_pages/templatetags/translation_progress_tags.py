"""`{% translation_progress_note obj %}`: how far a synced translation is translated,
and why it cannot be approved while incomplete, for the reviewer (the workflow
action modal, templates/registry_pages/admin/workflow_action_modal.html).
See workflow/completeness.py."""

from django import template

from registry_pages.workflow.completeness import (
    cannot_approve_message,
    reviewer_line,
    translation_progress,
)

register = template.Library()


@register.inclusion_tag("registry_pages/admin/translation_progress.html")
def translation_progress_note(obj):
    progress = translation_progress(obj) if obj is not None else None
    if progress is None:
        return {"progress": None}
    refusal = cannot_approve_message(progress) if not progress.complete else ""
    return {"progress": progress, "line": reviewer_line(progress), "refusal": refusal}
