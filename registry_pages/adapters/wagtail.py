"""Wagtail's private API, in one place.

* The sitemap: Django's `Sitemap.get_urls` builds a sitemap page by calling the
  private `_urls(page, protocol, domain)`, which Wagtail's `Sitemap` overrides
  (and after it the add-on's, to give every page its translations as
  alternates); Django's sitemap view reads the `latest_lastmod` it may set.
* The API v2: Wagtail's `FieldsFilter` marks a queryset filtered by tag with a
  private `_filtered_by_tag` flag, which its `SearchFilter` (and the project's
  `cms/api_input.py`, which replaces it) refuses to search.

The rest of the code uses these only through this module.
`tests/registry_pages/adapters/test_wagtail_contract.py` checks them against
the installed Wagtail and Django: when it fails after an upgrade, update this
module.
"""

from wagtail.contrib.sitemaps import Sitemap

SITEMAP_PAGE_METHOD = "_urls"  # Django's Sitemap.get_urls calls it; Wagtail's Sitemap overrides it
TAG_FILTER_FLAG = "_filtered_by_tag"  # set by wagtail.api.v2.filters.FieldsFilter


class SitemapOfEntries(Sitemap):
    """Wagtail's Sitemap, one page of which is built by `url_entries(items)`: a list of
    dicts (`item`, `location`, `lastmod`, `alternates`, as Django's sitemap template reads
    them) for the items on that page. Set `self.latest_lastmod` for the Last-Modified header."""

    def url_entries(self, items) -> list[dict]:
        raise NotImplementedError

    def _urls(self, page, protocol, domain):
        return self.url_entries(list(self.paginator.page(page).object_list))


def filtered_by_tag(queryset) -> bool:
    """Has Wagtail's API filtered this queryset by tag (searching it then is not supported)?"""
    return bool(getattr(queryset, TAG_FILTER_FLAG, False))
