from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from registry_pages import urls as registry_urls

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),  # service cards link downloadable forms
    path("", include(registry_urls.non_localised_urlpatterns)),
]
urlpatterns += i18n_patterns(
    path("", include(registry_urls.localised_urlpatterns)),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
