"""Wagtail's and wagtail-localize's own admin strings, translated where their catalogues
leave English (bg most of all, gaps in pl and uk), for the screens the add-on's roles use.

Install: add "registry_pages.admin_locale" to INSTALLED_APPS **before** "wagtail_localize"
and the "wagtail.*" apps: Django merges app catalogues with precedence to the apps listed
first, so these entries win over the upstream ones. The JavaScript strings (the `djangojs`
domain) are served as a second catalogue after Wagtail's (`wagtail_hooks.py`), which the
admin's gettext merges over the first. See docs/translations.md, "Wagtail's own strings".
"""
