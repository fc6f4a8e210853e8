"""URLs the add-on serves outside the page tree (mounted by the project).

`non_localised_urlpatterns` go outside the language prefix;
`localised_urlpatterns` go inside `i18n_patterns`, *before* Wagtail's URLs.
"""

from .downloads import urlpatterns as download_urlpatterns

non_localised_urlpatterns: list = []
localised_urlpatterns: list = [*download_urlpatterns]
