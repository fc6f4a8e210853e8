"""The add-on's setup steps, as a Plone add-on has a setup profile.

`python manage.py registry_setup` runs every step below in order, inside one
transaction. Each step is idempotent and returns a list of what it changed,
so a second run reports that nothing changed.
"""

from django.db import transaction

from registry_pages.setup import groups, locales, site_defaults
from registry_pages.workflow import setup as workflow

STEPS = [locales.ensure_locales, groups.ensure_groups, site_defaults.ensure_settings, workflow.ensure_workflow]


def run_setup() -> list[str]:
    changes: list[str] = []
    with transaction.atomic():
        for step in STEPS:
            changes.extend(step())
    return changes
