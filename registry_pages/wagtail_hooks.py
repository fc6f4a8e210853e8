"""Admin integration: Wagtail imports this module; each feature registers its own hooks."""

from registry_pages.action_plans import wagtail_hooks as action_plans  # noqa: F401
from registry_pages.directory import wagtail_hooks as directory  # noqa: F401
from registry_pages.feedback import wagtail_hooks as feedback  # noqa: F401
from registry_pages.record import wagtail_hooks as record  # noqa: F401
from registry_pages.workflow import (
    localize_hooks,  # noqa: F401
    outdated_hooks,  # noqa: F401
)
from registry_pages.workflow import wagtail_hooks as workflow  # noqa: F401
