"""The public layout of a request: home page, menu, language versions, the municipality.

`layout_for(request, page)` computes everything the header and footer need
(and the page's live language versions, `translations`, for whatever else
compares them) once per request (kept on the request), so the layout costs a fixed handful
of queries whatever page is shown. Views and page builders call it directly;
templates reach it through the `portal_layout` tag.
"""

from functools import lru_cache

from django.conf import settings
from django.db.models import Exists, OuterRef, Q
from django.urls import get_script_prefix, get_urlconf, translate_url
from django.utils import translation
from wagtail import hooks
from wagtail.models import Page, Site

from registry_pages.core import page_cache, routing
from registry_pages.core.site_settings import MunicipalityDetails, MunicipalitySettings


def content_languages():
    return list(getattr(settings, "WAGTAIL_CONTENT_LANGUAGES", settings.LANGUAGES))


# Functions registered under this Wagtail hook get (page, queryset of its live translations)
# and return the queryset, annotated with what a feature needs to know of the page's other
# language versions (no query of their own: the layout reads the translations once).
LIVE_TRANSLATIONS_HOOK = "registry_pages_construct_live_translations"

# Functions registered under this hook get (the home page's tree path, locale) and return a queryset
# of the pages the footer links in that language (registry_pages/compliance/footer.py: the information
# pages). They are read in the same query as the home page and its menu when the layout is built, and
# kept with it: the footer costs no query of its own.
FOOTER_PAGES_HOOK = "registry_pages_footer_pages"


def live_translations(page) -> list[Page]:
    """Live, real translations of a page, itself included (aliases, which
    show another language's text, are left out), with their locales."""
    pages = page.get_translations(inclusive=True).live().filter(alias_of__isnull=True).select_related("locale")
    for construct in hooks.get_hooks(LIVE_TRANSLATIONS_HOOK):
        pages = construct(page, pages)
    return list(pages)


def _kept_translations(page) -> list[Page]:
    """`live_translations` of a live page, kept in the cache like the menu: a publication or
    unpublication of any language version bumps the `page:` tags of all of them (core.cache_bumps),
    a translation sync or a move starts a new generation."""
    if not page.live or page.pk is None:
        return live_translations(page)
    key = f"registry_pages:translations:{page.translation_key}"
    return page_cache.cached_part(key, lambda: live_translations(page), part_timeout=LAYOUT_TIMEOUT)


def page_language_versions(page, request, translations=None):
    """Switcher entries for the page's live translations."""
    current = translation.get_language()
    if translations is None:
        translations = live_translations(page)
    by_language = {p.locale.language_code: p for p in translations}
    return [
        {"code": code, "name": name, "url": by_language[code].get_url(request=request), "current": code == current}
        for code, name in content_languages()
        if code in by_language
    ]


def view_language_versions(request):
    """For views that are not pages: the same URL under each language prefix."""
    current = translation.get_language()
    path = request.get_full_path() if request else "/"
    urls = (get_urlconf() or settings.ROOT_URLCONF, get_script_prefix())
    return [
        {"code": code, "name": name, "current": code == current,
         "url": _translated(urls, path, code) if len(path) <= MAX_KEPT_PATH else translate_url(path, code)}
        for code, name in content_languages()
    ]


MAX_KEPT_PATH = 512  # longer URLs (junk query strings) are translated each time, not kept


@lru_cache(maxsize=4096)
def _translated(_urls, path, code):
    """`translate_url`, resolved and reversed once per path and language (a search's URL is asked
    by everyone who searches the same words); the URL patterns do not change while running."""
    return translate_url(path, code)


def _menu(pages):
    return pages.live().in_menu().filter(view_restrictions__isnull=True)


def _tree_rows(home_path, depth, locale):
    """The home page at `home_path`, its menu sections and the footer's pages under it, in one query.

    The footer's pages are those the FOOTER_PAGES_HOOK functions choose; like the menu, a page
    under a view restriction of its own is left out."""
    menu = _menu(Page.objects.filter(depth=depth + 1, path__startswith=home_path))
    wanted = Q(path=home_path) | Q(pk__in=menu)
    annotations = {"_in_menu": Exists(menu.filter(pk=OuterRef("pk")))}
    for number, footer_pages in enumerate(hooks.get_hooks(FOOTER_PAGES_HOOK)):
        chosen = footer_pages(home_path, locale).filter(view_restrictions__isnull=True)
        wanted |= Q(pk__in=chosen)
        annotations[f"_in_footer_{number}"] = Exists(chosen.filter(pk=OuterRef("pk")))
    rows = list(Page.objects.filter(wanted).annotate(**annotations).order_by("path"))
    home = rows[0] if rows and rows[0].path == home_path else None
    sections = [row for row in rows if row._in_menu]
    footer = [row for row in rows if any(v for k, v in vars(row).items() if k.startswith("_in_footer_"))]
    return home, sections, footer


def _home_and_sections(site, locale, page=None):
    """The home page in the locale, its menu sections and the footer's pages.

    In a translated tree the home is the page's ancestor at the root's depth;
    it is read with the sections in one query (checked by translation key,
    else looked up the usual way)."""
    root = site.root_page
    if root.locale_id == locale.pk:
        _home, sections, footer = _tree_rows(root.path, root.depth, locale)
        return root, sections, footer
    if isinstance(page, Page) and page.locale_id == locale.pk and page.depth >= root.depth and page.path:
        home, sections, footer = _tree_rows(page.path[: root.depth * Page.steplen], root.depth, locale)
        if home is not None and home.translation_key == root.translation_key:
            return home, sections, footer
    home = root.get_translation_or_none(locale) or root
    _home, sections, footer = _tree_rows(home.path, home.depth, locale)
    return home, sections, footer


def _municipality(site, language_code):
    """The site's settings and the details row for a language, in one query."""
    rows = list(
        MunicipalityDetails.objects.filter(setting__site=site).select_related("setting__logo").order_by("sort_order")
    )
    if not rows:
        setting = MunicipalitySettings.for_site(site)
        return setting, setting.details_for(language_code)
    details = next((row for row in rows if row.language == language_code), rows[0])
    return rows[0].setting, details


def _locale_of(page, translations):
    """The page's locale, read with its translations when it is live (no extra query); kept on the
    page, so the templates that read `page.locale` (the record under the page) need no query either."""
    if not isinstance(page, Page):
        return routing.active_locale()
    same = next((p for p in translations if p.pk == page.pk), None)
    if same is None:
        return page.locale
    field = type(page)._meta.get_field("locale")
    if not field.is_cached(page):
        field.set_cached_value(page, same.locale)
    return same.locale


LAYOUT_TIMEOUT = 3600


def _home_menu_and_municipality(site, locale, page):
    """Home, menu sections, settings, details and footer links of one site and language.

    They change only when a home, menu section or footer page (all children of the home)
    is published, moved or deleted
    (the `layout:<locale>` tag and the `page:` tags of what was read) or a setting is saved
    (a new generation) — registry_pages.core.page_cache; so they are kept in the
    cache and every page of the language reads them without a query (with or
    without the page cache)."""

    def compute():
        home, sections, footer = _home_and_sections(site, locale, page)
        setting, details = _municipality(site, locale.language_code)
        return (home, sections, setting, details, footer)

    key = f"registry_pages:layout:{site.pk}:{locale.pk}"
    return page_cache.cached_part(key, compute, tags=(f"layout:{locale.pk}",), part_timeout=LAYOUT_TIMEOUT)


def layout_for(request, page=None) -> dict:
    """The layout of this request (computed once, kept on the request)."""
    cached = getattr(request, "_portal_layout", None)
    if cached is not None:
        return cached
    site = Site.find_for_request(request) if request else Site.objects.filter(is_default_site=True).first()
    translations = _kept_translations(page) if isinstance(page, Page) else []
    layout = {"home": None, "sections": [], "versions": [], "municipality": None, "details": None,
              "footer_links": [], "translations": translations}
    if site is not None:
        locale = _locale_of(page, translations)
        home, sections, setting, details, footer = _home_menu_and_municipality(site, locale, page)
        layout.update(home=home, sections=sections, municipality=setting, details=details, footer_links=footer)
    if isinstance(page, Page):
        layout["versions"] = page_language_versions(page, request, translations)
    elif request is not None:
        layout["versions"] = view_language_versions(request)
    if request is not None:
        request._portal_layout = layout
    return layout
