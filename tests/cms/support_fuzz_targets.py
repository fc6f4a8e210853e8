"""What the fuzz suite requests: every public URL pattern of the project, as real URLs of the demo.

`public_targets()` walks `django.urls.get_resolver()` and turns each pattern
into requests: the localised patterns (search, suggestions, downloads,
feedback, Wagtail's page tree) for every live page of the demo in every
language, the API v2 endpoints, the sitemap, robots.txt, documents and the
language switch. A pattern the suite does not know fails the walk, so a new
URL is fuzzed from the day it is added. `admin_targets()` are the admin
reports (and their `?export=csv|xlsx`), requested as a logged-in secretary.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.urls.resolvers import LocalePrefixPattern

# Query parameters a page or view reads (the fuzzer also sends unknown ones).
PAGE_PARAMS = ("q", "page", "field", "form", "sort", "category", "letter", "owner", "status", "quarter", "feedback")
SEARCH_PARAMS = ("q", "type", "category", "page")
API_PARAMS = (
    "search", "search_operator", "limit", "offset", "child_of", "descendant_of", "ancestor_of", "translation_of",
    "locale", "type", "fields", "order", "id", "slug", "title", "html_path", "show_in_menus", "site",
)
FEEDBACK_FIELDS = ("helpful", "comment")
REPORT_PARAMS = ("export", "p", "q", "ordering", "quarter", "owner", "status", "plan", "month", "language", "locale")


@dataclass(frozen=True)
class Target:
    method: str
    path: str
    params: tuple[str, ...] = ()

    def __str__(self):
        return f"{self.method} {self.path}"


class UncoveredPattern(AssertionError):
    pass


def _name(pattern) -> str:
    if isinstance(pattern, URLResolver):
        return str(pattern.pattern)
    return pattern.name or str(pattern.pattern)


def _live_pages():
    from wagtail.models import Page

    return list(Page.objects.live().public().filter(depth__gt=1).specific().order_by("path"))


def representative(pages) -> list:
    """One live page of each page type in each language (the first in tree order)."""
    seen, chosen = set(), []
    for page in pages:
        key = (type(page), page.locale_id)
        if key not in seen and page.url:
            seen.add(key)
            chosen.append(page)
    return chosen


def _page_targets(pages) -> list[Target]:
    return [Target("GET", page.url, PAGE_PARAMS) for page in pages if page.url]


def _route_targets(pages) -> tuple[list[Target], list[Target]]:
    """(downloads, feedback posts): each routable page's routes, reversed on the real page."""
    from wagtail.contrib.routable_page.models import RoutablePageMixin

    downloads, feedback = [], []
    for page in pages:
        if not isinstance(page, RoutablePageMixin) or not page.url:
            continue
        for route in page.get_subpage_urls():
            if route.name == "feedback":
                feedback.append(Target("POST", page.url + page.reverse_subpage("feedback"), FEEDBACK_FIELDS))
            elif "position_id" in str(route.pattern):
                from registry_pages.models import ActionItemOwner

                owner = ActionItemOwner.objects.values_list("position_id", flat=True).first() or 1
                for position_id in (owner, 2**63, 10**30):
                    downloads.append(Target("GET", page.url + page.reverse_subpage(route.name, kwargs={"position_id": position_id}), ("owner",)))
            elif "number" in str(route.pattern):  # a version in the page's history (record/views.py)
                for number in (1, 2, 10**30):
                    downloads.append(Target("GET", page.url + page.reverse_subpage(route.name, kwargs={"number": number}), ()))
            else:
                downloads.append(Target("GET", page.url + page.reverse_subpage(route.name), ("owner", "q")))
    return downloads, feedback


def _api_targets() -> list[Target]:
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Page

    page_id = Page.objects.live().public().filter(depth__gt=1).values_list("pk", flat=True).first()
    targets = [Target("GET", f"/api/v2/{endpoint}/", API_PARAMS) for endpoint in ("pages", "images", "documents")]
    targets += [Target("GET", "/api/v2/pages/find/", API_PARAMS)]
    targets += [Target("GET", f"/api/v2/pages/{pk}/", ("fields", "locale", "type")) for pk in (page_id, 999999, 10**25)]
    image = get_image_model().objects.values_list("pk", flat=True).first() or 1
    document = get_document_model().objects.values_list("pk", flat=True).first() or 1
    targets += [Target("GET", f"/api/v2/images/{image}/", ("fields",)), Target("GET", f"/api/v2/documents/{document}/", ("fields",))]
    return targets


def _document_targets() -> list[Target]:
    from wagtail.documents import get_document_model

    targets = [Target("GET", "/documents/999999/missing.pdf"),
               Target("POST", "/documents/authenticate_with_password/99999999999999999999/", ("password", "return_url"))]
    for document in get_document_model().objects.order_by("pk")[:3]:
        targets.append(Target("GET", reverse("wagtaildocs_serve", args=(document.pk, document.filename))))
    return targets


CHANGES_DOWNLOADS = {"registry_changes_feed": "feed.atom", "registry_changes_csv": "export.csv",
                     "registry_changes_json": "export.json"}


def _localised_targets(patterns, pages, routes=None) -> list[Target]:
    languages = [code for code, _label in settings.LANGUAGES]
    downloads, feedback = routes or _route_targets(pages)
    targets: list[Target] = []
    for pattern in patterns:
        name = _name(pattern)
        if isinstance(pattern, URLResolver) and name == "":
            targets += _localised_targets(pattern.url_patterns, pages, (downloads, feedback))
        elif name == "search/":
            targets += [Target("GET", f"/{lang}/search/", SEARCH_PARAMS) for lang in languages]
            targets += [Target("GET", f"/{lang}/search/suggest", ("q",)) for lang in languages]
        elif name == "registry_download":
            targets += downloads
        elif name == "registry_feedback":
            targets += feedback
        elif name == "registry_changes":
            targets += [Target("GET", f"/{lang}/changes/", ("from", "to", "type", "page")) for lang in languages]
        elif name in CHANGES_DOWNLOADS:
            targets += [Target("GET", f"/{lang}/changes/{CHANGES_DOWNLOADS[name]}", ("from", "to", "type"))
                        for lang in languages]
        elif name == "wagtail_serve":
            targets += _page_targets(pages)
            targets.append(Target("GET", f"/{languages[0]}/no-such-page/", PAGE_PARAMS))
        elif name == "wagtailcore_login":
            targets.append(Target("GET", f"/{languages[0]}/_util/login/", ("next",)))
        elif name == "wagtailcore_authenticate_with_password":
            page_id = pages[0].pk if pages else 1
            for restriction in (1, 10**20):
                targets.append(Target("POST", f"/{languages[0]}/_util/authenticate_with_password/{restriction}/{page_id}/",
                                      ("password", "return_url")))
        else:
            raise UncoveredPattern(f"the fuzz suite does not cover the localised URL pattern {name!r}")
    return targets


# Top-level patterns outside the public portal: the admin is fuzzed through its reports only.
ADMIN_PATTERNS = {"django-admin/", "admin/"}


def public_targets() -> list[Target]:
    return _walk(get_resolver().url_patterns, representative(_live_pages()))


def _walk(patterns, pages) -> list[Target]:
    targets: list[Target] = []
    for pattern in patterns:
        name = _name(pattern)
        if isinstance(pattern, URLResolver) and name == "":  # an include() without a prefix
            targets += _walk(pattern.url_patterns, pages)
        elif isinstance(pattern, URLResolver) and isinstance(pattern.pattern, LocalePrefixPattern):
            targets += _localised_targets(pattern.url_patterns, pages)
        elif name.startswith(tuple(ADMIN_PATTERNS)):
            continue  # the admin: its exports are fuzzed through ADMIN_REPORTS (same paths)
        elif name == "api/v2/":
            targets += _api_targets()
        elif name == "documents/":
            targets += _document_targets()
        elif name == "i18n/":
            targets.append(Target("POST", reverse("set_language"), ("language", "next")))
        elif name in ("sitemap", "robots_txt", "favicon"):
            targets.append(Target("GET", reverse(name), ("p", "page")))
        elif name == "registry_record_seen":  # the visit counter's image: a live page, and one that is none
            page = pages[0] if pages else None
            targets.append(Target("GET", reverse(name, args=[page.pk if page else 1]), ("p",)))
            targets.append(Target("GET", reverse(name, args=[2**31 - 1]), ("p",)))
        elif name == "registry_pages_admin_jsi18n":  # the admin's JavaScript strings (registry_pages/admin_locale)
            targets.append(Target("GET", reverse(name)))
        elif isinstance(pattern, URLPattern) and str(pattern.pattern).startswith(("^static", "^media")):
            continue  # served by WhiteNoise / the web server, only with DEBUG
        else:
            raise UncoveredPattern(f"the fuzz suite does not cover the URL pattern {name!r}")
    return targets


ADMIN_REPORTS = (
    "search_reports:unanswered",
    "search_reports:unanswered_results",
    "registry_pages_feedback:report",
    "registry_pages_feedback:report_results",
    "registry_pages_action_plans:report",
    "registry_pages_action_plans:report_results",
    "registry_pages_action_plans:monthly",
    "registry_pages_compliance:checklist",
    "registry_pages_record:withdrawn",
    "registry_pages_workflow:report",
    "wagtailadmin_reports:locked_pages",
    "wagtailadmin_reports:aging_pages",
    "wagtailadmin_reports:site_history",
    "wagtailadmin_reports:workflow",
    "wagtailadmin_reports:workflow_tasks",
    "wagtailadmin_reports:page_types_usage",
)


def admin_targets() -> list[Target]:
    return [Target("GET", reverse(name), REPORT_PARAMS) for name in ADMIN_REPORTS]
