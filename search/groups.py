"""Result groups: which page types the search page files under which heading.

Adding a page type to a group is one line in RESULT_GROUPS (app label and
model name, lower case). Page types that do not exist (yet) are skipped, so
the NGO register and the action plan can land after the search.
"""

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_lazy as _

SERVICES, NGOS, ACTIONS, ETHICS, OTHER = "services", "ngos", "actions", "ethics", "other"

RESULT_GROUPS = {
    "registry_pages.servicecardpage": SERVICES,
    "registry_pages.ngoentrypage": NGOS,
    "registry_pages.actionitempage": ACTIONS,
    "registry_pages.ethicscodepage": ETHICS,
}

GROUP_LABELS = {
    SERVICES: _("Services"),
    NGOS: _("Non-governmental organisations"),
    ACTIONS: _("Action plan items"),
    ETHICS: _("Ethics codes"),
    OTHER: _("Other pages"),
}
GROUP_ORDER = [SERVICES, NGOS, ACTIONS, ETHICS, OTHER]


def group_models() -> dict[str, list]:
    """Group → the existing page models in it (OTHER is everything else)."""
    found: dict[str, list] = {}
    for label, group in RESULT_GROUPS.items():
        try:
            model = apps.get_model(label)
        except (LookupError, ValueError):
            continue
        found.setdefault(group, []).append(model)
    return found


def group_content_type_ids() -> dict[str, list[int]]:
    """Group → content type ids (ContentType's own cache: no query after the first)."""
    result = {}
    for group, models in group_models().items():
        types = ContentType.objects.get_for_models(*models, for_concrete_models=False)
        result[group] = sorted(ct.pk for ct in types.values())
    return result


def group_of_content_type(content_type_id: int, groups: dict[str, list[int]]) -> str:
    for group, ids in groups.items():
        if content_type_id in ids:
            return group
    return OTHER


def available_groups() -> list[str]:
    existing = set(group_models())
    return [g for g in GROUP_ORDER if g in existing or g == OTHER]
