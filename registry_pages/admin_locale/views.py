"""The `djangojs` overrides as a JavaScript catalogue, in the editor's admin language."""

from django.views.i18n import JavaScriptCatalog
from wagtail.admin.localization import get_localized_response

_catalogue = JavaScriptCatalog.as_view(packages=["registry_pages.admin_locale"])


def javascript_catalogue(request, *args, **kwargs):
    """Like Wagtail's own catalogue view: the user's preferred admin language, else the request's
    (the sign-in page loads it too, so it needs no login)."""
    return get_localized_response(_catalogue, request, *args, **kwargs)
