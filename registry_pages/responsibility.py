"""Load a register page's responsible department and contact position in one query.

The contact position usually belongs to the responsible department, so the
position is read with its department and, when they match, the department is
reused instead of being read again: public pages stay within their query
budget whatever the page shows.
"""

from .models.snippets import Position


def load_responsibility(page) -> None:
    if not page.contact_position_id or page._state.fields_cache.get("contact_position"):
        return
    position = Position.objects.select_related("department").filter(pk=page.contact_position_id).first()
    page.contact_position = position
    if position and position.department_id and position.department_id == page.responsible_department_id:
        page.responsible_department = position.department
