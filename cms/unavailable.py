"""Database unreachable: a plain 503 page in the visitor's language, never a traceback.

`DatabaseUnavailableMiddleware.process_exception` answers a view (or its
template) that fails with a database connection error (`OperationalError`,
`InterfaceError`) with `service_unavailable()`; `server_error`, the project's
`handler500`, does the same for such an error raised outside a view (another
middleware), and otherwise renders the usual 500 page.

The page is rendered without the request (no context processors, no Wagtail
settings, no session, no user): nothing in it touches the database. Its
language is the URL's prefix (/bg/, /pl/, /uk/, /en/), else the language
cookie or Accept-Language, else the default language. It says
`Retry-After: PORTAL_UNAVAILABLE_RETRY_AFTER` (120 s) and `Cache-Control: no-store`.
One warning is logged per `cms.outage` window, not one per request.
"""

import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError, connection
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import translation
from django.views import defaults

from .outage import Circuit

DATABASE_ERRORS = (OperationalError, InterfaceError)
DEFAULT_RETRY_AFTER = 120

database = Circuit("Database")


def visitor_language(request) -> str:
    return translation.get_language_from_path(request.path_info) or translation.get_language_from_request(
        request, check_path=False
    )


def service_unavailable(request, error=None) -> HttpResponse:
    if not database.is_open():
        database.failed(error)
    language = visitor_language(request)
    with translation.override(language):
        content = render_to_string("service_unavailable.html", {"LANGUAGE_CODE": language})
    response = HttpResponse(content, status=503)
    response["Retry-After"] = str(getattr(settings, "PORTAL_UNAVAILABLE_RETRY_AFTER", DEFAULT_RETRY_AFTER))
    response["Content-Language"] = language
    response["Cache-Control"] = "no-store"
    response["Vary"] = "Accept-Language, Cookie"
    return response


class DatabaseUnavailableMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        # Back only if this request really used the database (a cached page needs none).
        if database.failures and response.status_code != 503 and connection.connection is not None:
            database.succeeded()  # logs that the database is back
        return response

    def process_exception(self, request, exception):
        if isinstance(exception, DATABASE_ERRORS):
            return service_unavailable(request, exception)
        return None


def server_error(request, template_name=defaults.ERROR_500_TEMPLATE_NAME):
    """`handler500`: a database connection error raised anywhere becomes the 503 page."""
    error = sys.exc_info()[1]
    if isinstance(error, DATABASE_ERRORS):
        return service_unavailable(request, error)
    return defaults.server_error(request, template_name)
