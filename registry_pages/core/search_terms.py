"""A plug-in point for extra index terms (e.g. lemmas) on the add-on's pages.

Wagtail's database backends do no stemming for Bulgarian, Polish or
Ukrainian. A site can index extra terms for each page — lemmas, stems — by
naming a function `page -> str` in the setting REGISTRY_SEARCH_TERMS_FUNCTION
(the portal's `search` app provides one). Unset, pages index no extra terms,
so the add-on works in any site.
"""

from functools import lru_cache

from django.conf import settings
from django.utils.module_loading import import_string


@lru_cache(maxsize=4)
def _load(path: str):
    return import_string(path)


def extra_search_terms(page) -> str:
    path = getattr(settings, "REGISTRY_SEARCH_TERMS_FUNCTION", "")
    if not path:
        return ""
    return _load(path)(page)
