"""Django's LocaleMiddleware, without its redirect for a 404 a view itself answered.

Django redirects every 404 outside the language prefix to the same path under
`/<lang>/`, assuming the URL was simply missing its language. Wagtail's page
tree matches any path there, so `/api/v2/pages/999999/` (the API's JSON 404)
became a redirect to an HTML "page not found". When a view outside the prefix
was resolved (the API, documents, the sitemap), its 404 is the answer; an
unmatched URL is still redirected as before.
"""

from django.middleware.locale import LocaleMiddleware
from django.utils import translation
from django.utils.cache import patch_vary_headers


class PortalLocaleMiddleware(LocaleMiddleware):
    def process_response(self, request, response):
        if (
            response.status_code == 404
            and getattr(request, "resolver_match", None) is not None
            and not translation.get_language_from_path(request.path_info)
        ):
            patch_vary_headers(response, ("Accept-Language",))
            response.headers.setdefault("Content-Language", translation.get_language())
            return response
        return super().process_response(request, response)
