"""`sitemap.xml` for every language tree, with `hreflang` alternates.

Wagtail's sitemap lists the site's root page and its descendants only, that
is one language tree. The portal has one tree per language under the same
root, so this sitemap lists the live, public pages of every translation of
the site's home page, and gives each page its live translations as
`<xhtml:link rel="alternate" hreflang="…">` (Django's sitemap template
renders `alternates`), plus `x-default` for the default language. Aliases
(a page that shows another language's text) are left out. The number of
queries does not grow with the number of pages.
"""

from collections import defaultdict

from django.conf import settings
from django.db.models import Q
from wagtail.models import Page

from registry_pages.adapters.wagtail import SitemapOfEntries


class PortalSitemap(SitemapOfEntries):
    def items(self):
        homes = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_trees = Q()
        for path in homes.values_list("path", flat=True):
            in_trees |= Q(path__startswith=path)
        return (
            Page.objects.filter(in_trees)
            .live()
            .public()
            .filter(alias_of__isnull=True)
            .select_related("locale")
            .order_by("path")
        )

    def url_entries(self, pages):
        # Alternates come from every listed page, not only this sitemap page.
        by_key: dict = defaultdict(list)
        locations = {}
        for item in self.items():
            url = item.get_full_url(self.request)
            if url:
                locations[item.pk] = url
                by_key[item.translation_key].append((item.locale.language_code, url))
        urls = []
        latest = None
        for item in pages:
            location = locations.get(item.pk)
            if not location:
                continue
            lastmod = item.last_published_at or item.latest_revision_created_at
            versions = sorted(by_key[item.translation_key])
            alternates = [{"lang_code": code, "location": url} for code, url in versions] if len(versions) > 1 else []
            default = dict(versions).get(settings.LANGUAGE_CODE)
            if alternates and default:
                alternates.append({"lang_code": "x-default", "location": default})
            urls.append({"item": item, "location": location, "lastmod": lastmod, "alternates": alternates})
            if lastmod and (latest is None or lastmod > latest):
                latest = lastmod
        self.latest_lastmod = latest
        return urls
