from django.apps import AppConfig


class PortalDemoConfig(AppConfig):
    """The demo municipality (`load_demo`) and the load generator (`generate_portal_load`).

    Installed by the project's development and test settings only: a site that
    installs the add-on (`registry_pages`) gets no demo municipality.
    """

    name = "portal_demo"
    label = "portal_demo"
    verbose_name = "Portal demo"
