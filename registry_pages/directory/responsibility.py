"""Load a register page's responsible department and contact position in one query.

The contact position usually belongs to the responsible department, so the
position is read with its department and, when they match, the department is
reused instead of being read again: public pages stay within their query
budget whatever the page shows.

Directory snippets are moderated (docs/workflow.md): one that was never
approved (`live=False`) is not shown to citizens, so it is dropped from the
page in memory (`hide_unpublished_snippets`) before the template reads it.
"""

from registry_pages.directory.models import ModeratedSnippet, Position
from registry_pages.directory.public import public_or_none, public_versions


def _snippet_foreign_keys(page):
    return [
        field
        for field in page._meta.concrete_fields
        if field.many_to_one and field.related_model and issubclass(field.related_model, ModeratedSnippet)
    ]


def hide_unpublished_snippets(page) -> None:
    """Replace (in memory only) the page's links to departments, positions and
    categories that are not approved: by an approved translation, else by
    nothing. The template shows every one of them, so reading them here costs
    no extra query; a lookup is made only for an unapproved one."""
    for field in _snippet_foreign_keys(page):
        if getattr(page, field.attname) is None:
            continue
        snippet = getattr(page, field.name)
        if snippet is not None and not snippet.live:
            shown = public_versions([snippet], page.locale_id).get(snippet.pk)
            if shown is not None and isinstance(shown, Position) and shown.department_id:
                shown.department = public_or_none(shown.department)
            setattr(page, field.name, shown)


def load_responsibility(page) -> None:
    cached = page._meta.get_field("contact_position").get_cached_value(page, default=None)
    if page.contact_position_id and not cached:
        position = Position.objects.select_related("department").filter(pk=page.contact_position_id).first()
        page.contact_position = position
        if position and position.department_id and position.department_id == page.responsible_department_id:
            page.responsible_department = position.department
    hide_unpublished_snippets(page)
