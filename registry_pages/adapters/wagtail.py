"""Wagtail's private API, in one place.

* The sitemap: Django's `Sitemap.get_urls` builds a sitemap page by calling the
  private `_urls(page, protocol, domain)`, which Wagtail's `Sitemap` overrides
  (and after it the add-on's, to give every page its translations as
  alternates); Django's sitemap view reads the `latest_lastmod` it may set.
* The API v2: Wagtail's `FieldsFilter` marks a queryset filtered by tag with a
  private `_filtered_by_tag` flag, which its `SearchFilter` (and the project's
  `cms/api_input.py`, which replaces it) refuses to search.
* Page permissions: `LeafPagePermissionTester` reads `PagePermissionTester`'s
  `permissions` (the user's permission codenames on the page) and `page_is_root`.

The rest of the code uses these only through this module.
`tests/registry_pages/adapters/test_wagtail_contract.py` checks them against
the installed Wagtail and Django: when it fails after an upgrade, update this
module.
"""

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import PagePermissionTester

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


class LeafPagePermissionTester(PagePermissionTester):
    """Wagtail's tester, answering "may delete?" for a page without children from the row
    itself. For an editor who may change but not publish, Wagtail asks the database
    whether the page or a descendant is live — one query per row of the explorer (a
    PR expert's listing of a 500-card register: 500 queries). For a leaf the only
    candidate is the page: it may be deleted when it is not live."""

    def can_delete(self, ignore_bulk=False):
        if (
            self.user.is_active
            and not self.user.is_superuser
            and not self.page_is_root
            and self.page.is_leaf()
            and "change" in self.permissions
            and "publish" not in self.permissions
        ):
            return not self.page.live
        return super().can_delete(ignore_bulk=ignore_bulk)
