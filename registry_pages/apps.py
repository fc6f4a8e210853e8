from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RegistryPagesConfig(AppConfig):
    name = "registry_pages"
    label = "registry_pages"
    verbose_name = _("Municipal registers")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from registry_pages import signal_handlers  # noqa: F401
