"""Load the `djangojs` overrides after Wagtail's own JavaScript catalogue.

Wagtail's admin loads `JavaScriptCatalog(packages=["wagtail.admin"])`, which reads
only wagtail.admin's catalogue and LOCALE_PATHS, so app catalogues never reach it.
Django's catalogue script merges into `django.catalog`, so a second script loaded
after it (the `insert_global_admin_js` output follows Wagtail's catalogue in
`wagtailadmin/admin_base.html`) overrides the entries it holds. Its Plural-Forms
are Wagtail's own, so `django.pluralidx` stays right for Wagtail's entries too.

The view is mounted with the add-on's `non_localised_urlpatterns` (registry_pages/urls.py),
outside the admin's login requirement: the sign-in page loads the script as well.
"""

from django.urls import NoReverseMatch, reverse
from django.utils.html import format_html
from wagtail import hooks


@hooks.register("insert_global_admin_js")
def load_javascript_catalogue():
    try:
        url = reverse("registry_pages_admin_jsi18n")
    except NoReverseMatch:  # the site did not mount the add-on's URLs; Wagtail's strings stay as they are
        return ""
    return format_html('<script src="{}"></script>', url)
