from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from cms.admin_reports import admin_export_urlpatterns
from cms.api import api_router
from cms.views import favicon, robots_txt
from registry_pages import urls as registry_urls
from registry_pages.core.sitemaps import PortalSitemap
from search import urls as search_urls

# A database connection error outside a view: the 503 page (cms/unavailable.py), else the 500 page.
handler500 = "cms.unavailable.server_error"

urlpatterns = [
    path("django-admin/", admin.site.urls),
    *admin_export_urlpatterns("admin/"),  # Wagtail's reports with safe spreadsheet cells, same URLs
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("i18n/", include("django.conf.urls.i18n")),
    path("api/v2/", api_router.urls),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": PortalSitemap}, "template_name": "sitemap.xml"}, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("favicon.ico", favicon, name="favicon"),
    path("", include(registry_urls.non_localised_urlpatterns)),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Public pages carry their language in the URL: /bg/, /pl/, /uk/, /en/.
urlpatterns += i18n_patterns(
    path("search/", include(search_urls)),
    path("", include(registry_urls.localised_urlpatterns)),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
