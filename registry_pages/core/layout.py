"""The public layout of a request: home page, menu, language versions, the municipality.

`layout_for(request, page)` computes everything the header and footer need
(and the page's live language versions, `translations`, for whatever else
compares them) once per request (kept on the request), so the layout costs a fixed handful
of queries whatever page is shown. Views and page builders call it directly;
templates reach it through the `portal_layout` tag.
"""

from django.conf import settings
from django.db.models import Q
from django.urls import translate_url
from django.utils import translation
from wagtail import hooks
from wagtail.models import Locale, Page, Site

from registry_pages.core import page_cache
from registry_pages.core.site_settings import MunicipalityDetails, MunicipalitySettings


def content_languages():
    return list(getattr(settings, "WAGTAIL_CONTENT_LANGUAGES", settings.LANGUAGES))


# Functions registered under this Wagtail hook get (page, queryset of its live translations)
# and return the queryset, annotated with what a feature needs to know of the page's other
# language versions (no query of their own: the layout reads the translations once).
LIVE_TRANSLATIONS_HOOK = "registry_pages_construct_live_translations"


def live_translations(page) -> list[Page]:
    """Live, real translations of a page, itself included (aliases, which
    show another language's text, are left out), with their locales."""
    pages = page.get_translations(inclusive=True).live().filter(alias_of__isnull=True).select_related("locale")
    for construct in hooks.get_hooks(LIVE_TRANSLATIONS_HOOK):
        pages = construct(page, pages)
    return list(pages)


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
    return [
        {"code": code, "name": name, "url": translate_url(path, code), "current": code == current}
        for code, name in content_languages()
    ]


def _menu(pages):
    return pages.live().in_menu().filter(view_restrictions__isnull=True)


def _home_and_sections(site, locale, page=None):
    """The home page in the locale and its menu sections.

    In a translated tree the home is the page's ancestor at the root's depth;
    it is read with the sections in one query (checked by translation key,
    else looked up the usual way)."""
    root = site.root_page
    if root.locale_id == locale.pk:
        return root, list(_menu(root.get_children()))
    if isinstance(page, Page) and page.locale_id == locale.pk and page.depth >= root.depth and page.path:
        home_path = page.path[: root.depth * Page.steplen]
        rows = list(
            Page.objects.filter(
                Q(path=home_path) | Q(pk__in=_menu(Page.objects.filter(depth=root.depth + 1, path__startswith=home_path)))
            ).order_by("path")
        )
        if rows and rows[0].path == home_path and rows[0].translation_key == root.translation_key:
            return rows[0], rows[1:]
    home = root.get_translation_or_none(locale) or root
    return home, list(_menu(home.get_children()))


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
        return Locale.get_active()
    same = next((p for p in translations if p.pk == page.pk), None)
    if same is None:
        return page.locale
    field = type(page)._meta.get_field("locale")
    if not field.is_cached(page):
        field.set_cached_value(page, same.locale)
    return same.locale


LAYOUT_TIMEOUT = 3600


def _home_menu_and_municipality(site, locale, page):
    """Home, menu sections, settings and details of one site and language.

    They change only when a home or menu section is published, moved or deleted
    (the `layout:<locale>` tag and the `page:` tags of what was read) or a setting is saved
    (a new generation) — registry_pages.core.page_cache; so they are kept in the
    cache and every page of the language reads them without a query (with or
    without the page cache)."""

    def compute():
        home, sections = _home_and_sections(site, locale, page)
        setting, details = _municipality(site, locale.language_code)
        return (home, sections, setting, details)

    key = f"registry_pages:layout:{site.pk}:{locale.pk}"
    return page_cache.cached_part(key, compute, tags=(f"layout:{locale.pk}",), part_timeout=LAYOUT_TIMEOUT)


def layout_for(request, page=None) -> dict:
    """The layout of this request (computed once, kept on the request)."""
    cached = getattr(request, "_portal_layout", None)
    if cached is not None:
        return cached
    site = Site.find_for_request(request) if request else Site.objects.filter(is_default_site=True).first()
    translations = live_translations(page) if isinstance(page, Page) else []
    layout = {"home": None, "sections": [], "versions": [], "municipality": None, "details": None,
              "translations": translations}
    if site is not None:
        locale = _locale_of(page, translations)
        home, sections, setting, details = _home_menu_and_municipality(site, locale, page)
        layout.update(home=home, sections=sections, municipality=setting, details=details)
    if isinstance(page, Page):
        layout["versions"] = page_language_versions(page, request, translations)
    elif request is not None:
        layout["versions"] = view_language_versions(request)
    if request is not None:
        request._portal_layout = layout
    return layout
