"""Admin integration, one module per feature (Wagtail imports this package)."""

from . import action_plans, reports, search, service_cards, snippets, workflow  # noqa: F401
