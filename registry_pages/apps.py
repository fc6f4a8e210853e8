from importlib import import_module

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

# Modules that build what pages show (their context, downloads, form posts)
# and register it with `registry_pages.core.page_views.builds`; the page
# models ask for it by name and never import these modules.
PAGE_VIEW_MODULES = (
    "registry_pages.services.catalogue",
    "registry_pages.feedback.submit",
    "registry_pages.feedback.results",
    "registry_pages.ngos.listing",
    "registry_pages.ngos.exports",
    "registry_pages.action_plans.listing",
    "registry_pages.action_plans.exports",
    "registry_pages.receptions.exports",
    "registry_pages.record.views",
    "registry_pages.record.api",
    "registry_pages.compliance.statement",
)

# Modules that register what a page type must say before it is published
# (`registry_pages.workflow.content.register_checklist`).
COMPLETENESS_MODULES = ("registry_pages.services.completeness",)


class RegistryPagesConfig(AppConfig):
    name = "registry_pages"
    label = "registry_pages"
    verbose_name = _("Municipal registers")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from registry_pages import checks  # noqa: F401  (registers the system checks)
        from registry_pages.core import cache_bumps, routing
        from registry_pages.record import withdrawn
        from registry_pages.workflow import names, notifications

        for module in PAGE_VIEW_MODULES + COMPLETENESS_MODULES:
            import_module(module)
        notifications.connect()
        names.connect()
        cache_bumps.connect()  # the page cache's invalidation
        routing.connect()  # the route cache remembers what Wagtail's walk found
        withdrawn.connect()
