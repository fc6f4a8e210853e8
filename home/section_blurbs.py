"""One line under each of the home page's section tiles: what a citizen finds there.

The editor's search description (Promote tab) wins; without one, the tile says what that kind
of register holds, in the visitor's language. The page type is read from the content type
cache, so the tiles cost no query of their own.
"""

from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_lazy as _

ETHICS = _("The rules of conduct of the municipality's officials and employees, and how to report a breach.")
BY_PAGE_TYPE = {
    ("registry_pages", "serviceindexpage"): _(
        "What to bring, what it costs, how long it takes and where to apply, for each service."
    ),
    ("registry_pages", "ethicscodeindexpage"): ETHICS,
    ("registry_pages", "ethicscodepage"): ETHICS,  # a single code may stand in the menu itself
    ("registry_pages", "actionplanpage"): _(
        "What the municipality has undertaken to do, who is responsible and by when, and how far it has got."
    ),
    ("registry_pages", "ngoregisterpage"): _(
        "The associations and foundations of the municipality, by field of activity, with their contacts."
    ),
    ("registry_pages", "receptiondayspage"): _(
        "When the mayor and the officials receive citizens, and how to sign up."
    ),
}


def blurb(section) -> str:
    """The line under a section's tile (an empty string when there is nothing to say)."""
    if section.search_description:
        return section.search_description
    content_type = ContentType.objects.get_for_id(section.content_type_id)
    return str(BY_PAGE_TYPE.get((content_type.app_label, content_type.model), ""))


def with_blurbs(sections) -> list:
    sections = list(sections)
    for section in sections:
        section.blurb = blurb(section)
    return sections
