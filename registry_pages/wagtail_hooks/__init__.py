"""Admin integration, one module per feature (Wagtail imports this package)."""

from registry_pages.wagtail_hooks import action_plans, feedback, localize, reports, search, service_cards, snippets, workflow  # noqa: F401
