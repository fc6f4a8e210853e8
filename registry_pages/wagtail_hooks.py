"""Admin integration: Wagtail imports this module; each feature registers its own hooks."""

from wagtail import hooks

from registry_pages.action_plans import wagtail_hooks as action_plans  # noqa: F401
from registry_pages.compliance import wagtail_hooks as compliance  # noqa: F401
from registry_pages.core.explorer_sort import cap_sort_menu_order
from registry_pages.directory import wagtail_hooks as directory  # noqa: F401
from registry_pages.feedback import wagtail_hooks as feedback  # noqa: F401
from registry_pages.import_screen import wagtail_hooks as import_screen  # noqa: F401
from registry_pages.record import wagtail_hooks as record  # noqa: F401
from registry_pages.workflow import (
    localize_hooks,  # noqa: F401
    outdated_hooks,  # noqa: F401
)
from registry_pages.workflow import wagtail_hooks as workflow  # noqa: F401

# After the features' annotations of the explorer's queryset: "Sort menu order" is cut to its first rows last.
hooks.register("construct_explorer_page_queryset", cap_sort_menu_order, order=100)
