from django.apps import AppConfig


class AdminLocaleConfig(AppConfig):
    """Holds only catalogues (`locale/`) and the hook serving their JavaScript part."""

    name = "registry_pages.admin_locale"
    label = "registry_pages_admin_locale"
    # Not translated on purpose: the app has no models and never shows its name.
    verbose_name = "Admin translations"
