"""What citizens see of a directory snippet on a page: the approved version, in the page's language."""

def public_or_none(snippet):
    """The snippet if citizens may see it (approved and live), else None."""
    return snippet if snippet is not None and snippet.live else None


def public_versions(snippets, locale_id, select_related=()) -> dict:
    """What citizens see for each snippet on a page in `locale_id`: {pk: snippet or None}.

    The snippet's live translation in that language; else the snippet itself
    when it is live; else (a translation not approved yet) another live
    translation of it, so a translated page still names the department in
    the language it was approved in; else None (never approved: not shown).
    One query, and only when a snippet is in another language or not live.
    """
    snippets = [s for s in snippets if s is not None]
    keys = {s.translation_key for s in snippets if s.locale_id != locale_id or not s.live}
    found: dict = {}
    if keys:
        model = type(snippets[0])
        for candidate in (
            model._default_manager.filter(translation_key__in=keys, live=True)
            .select_related(*select_related)
            .order_by("pk")
        ):
            best = found.get(candidate.translation_key)
            if best is None or (candidate.locale_id == locale_id and best.locale_id != locale_id):
                found[candidate.translation_key] = candidate
    result = {}
    for snippet in snippets:
        if snippet.locale_id == locale_id and snippet.live:
            result[snippet.pk] = snippet
            continue
        other = found.get(snippet.translation_key)
        if other is not None and other.locale_id == locale_id:
            result[snippet.pk] = other
        else:
            result[snippet.pk] = snippet if snippet.live else other
    return result


def with_public_positions(rows, locale_id) -> list:
    """The `rows` (each with a `position`: owners of action items, reception slots)
    pointed at what citizens see of their position in `locale_id` (one query, only
    when needed). A row whose position was never approved is left out; a
    department not approved yet is not named."""
    shown = public_versions([row.position for row in rows], locale_id, select_related=["department"])
    public_rows = []
    for row in rows:
        position = shown.get(row.position_id)
        if position is None:
            continue
        if position.department_id and not position.department.live:
            position.department = None
        row.position = position
        public_rows.append(row)
    return public_rows
