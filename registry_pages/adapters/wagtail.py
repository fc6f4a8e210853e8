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
* Log messages: the registry's `formatters` mapping (action → formatter), where
  `show_log_titles` wraps the formatters of Wagtail's workflow actions so the
  workflow and task titles they read from `log_entry.data` show in the reader's
  language (`workflow/names.py`).
* Notification e-mails: Wagtail's workflow notifiers (module-level instances in
  `wagtail.admin.signal_handlers`) render each mail in the recipient's
  `get_preferred_language()`, which for a user without a preference is the *acting*
  user's language, and render the HTML alternative outside that language.
  `send_in_recipients_languages` makes each notifier's `send_emails` run once per
  recipient language, inside it (`workflow/notifications.py`).
* Routing (`core/routing.py`): `Page.route_for_request` and `Site.find_for_request` keep
  their results on the request (`_wagtail_route_for_request`, `_wagtail_site`) and return
  them when set; Wagtail's `on_serve_page` hook `check_view_restrictions` reads the page's
  view restrictions (two queries) and is wrapped to skip them for a page the route cache
  knows to have none (`skip_view_restriction_check`).

The rest of the code uses these only through this module.
`tests/registry_pages/adapters/test_wagtail_contract.py` checks them against
the installed Wagtail and Django: when it fails after an upgrade, update this
module.
"""

import copy
from collections import defaultdict

from django.utils import translation
from wagtail import hooks
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import PagePermissionTester

SITEMAP_PAGE_METHOD = "_urls"  # Django's Sitemap.get_urls calls it; Wagtail's Sitemap overrides it
TAG_FILTER_FLAG = "_filtered_by_tag"  # set by wagtail.api.v2.filters.FieldsFilter
LOG_FORMATTERS = "formatters"  # LogActionRegistry's {action: formatter}, read by get_formatter
# Wagtail's workflow notifiers (connected to its workflow signals), by their module's names.
WORKFLOW_NOTIFIERS = (
    "task_submission_email_notifier",
    "workflow_submission_email_notifier",
    "workflow_approval_email_notifier",
    "workflow_rejection_email_notifier",
)
ROUTE_ATTRIBUTE = "_wagtail_route_for_request"  # read first by Page.route_for_request
SITE_ATTRIBUTE = "_wagtail_site"  # read first by Site.find_for_request
SERVE_HOOK = "on_serve_page"
# Wagtail's workflow log actions whose messages name the workflow and the task
# (`log_entry.data["workflow"]["title"]`, `[...]["task"]["title"]`, `[...]["next"]["title"]`).
WORKFLOW_LOG_ACTIONS = (
    "wagtail.workflow.start",
    "wagtail.workflow.approve",
    "wagtail.workflow.reject",
    "wagtail.workflow.resume",
    "wagtail.workflow.cancel",
)


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


def _titles_shown(data, show):
    if isinstance(data, dict):
        return {key: show(value) if key == "title" else _titles_shown(value, show) for key, value in data.items()}
    return data


class _TitlesShown:
    """A log formatter whose messages read every `title` in the entry's data through `show`."""

    def __init__(self, formatter, show):
        self.formatter, self.show = formatter, show

    def __getattr__(self, name):
        return getattr(self.formatter, name)

    def format_message(self, log_entry):
        shown = copy.copy(log_entry)
        shown.data = _titles_shown(log_entry.data, self.show)
        return self.formatter.format_message(shown)


def show_log_titles(registry, actions, show) -> None:
    """From a `register_log_actions` hook that runs after Wagtail's: the messages of these
    actions show the titles in their data as `show(title)` returns them."""
    formatters = getattr(registry, LOG_FORMATTERS)
    for action in actions:
        formatter = formatters.get(action)
        if formatter is not None and not isinstance(formatter, _TitlesShown):
            formatters[action] = _TitlesShown(formatter, show)


def workflow_notifiers():
    # Imported when needed: it loads the admin's mail module.
    from wagtail.admin import signal_handlers as admin_signal_handlers

    return [getattr(admin_signal_handlers, name) for name in WORKFLOW_NOTIFIERS]


def send_in_recipients_languages(language_of) -> None:
    """Wagtail's workflow e-mails go to each recipient in `language_of(recipient)`, the
    subject, the text and the HTML alternative alike."""
    for notifier in workflow_notifiers():
        if getattr(notifier.send_emails, "per_language", False):
            continue
        notifier.send_emails = _per_language(notifier.send_emails, language_of)


def _per_language(send_emails, language_of):
    def send(template_set, context, recipients, **kwargs):
        groups = defaultdict(list)
        for recipient in recipients:
            groups[language_of(recipient)].append(recipient)
        sent = True
        for language, group in groups.items():
            with translation.override(language):
                sent = send_emails(template_set, context, group, **kwargs) and sent
        return sent

    send.per_language = True
    return send


# -- routing ------------------------------------------------------------------------------------


def found_site(request):
    """The site `Site.find_for_request` found for this request, if it was asked."""
    return getattr(request, SITE_ATTRIBUTE, None)


def set_site(request, site) -> None:
    """What `Site.find_for_request` answers for this request."""
    setattr(request, SITE_ATTRIBUTE, site)


def set_route(request, site, route_result) -> None:
    """What `Site.find_for_request` and `Page.route_for_request` answer for this request
    (a route of None: Wagtail's serve view answers 404)."""
    setattr(request, SITE_ATTRIBUTE, site)
    setattr(request, ROUTE_ATTRIBUTE, route_result)


def view_restriction_check():
    """Wagtail's own check (an `on_serve_page` hook), by its module's name."""
    from wagtail import wagtail_hooks

    return wagtail_hooks.check_view_restrictions


def skip_view_restriction_check(known_unrestricted) -> None:
    """Wrap Wagtail's view restriction check: a page for which `known_unrestricted(page,
    request)` is true is served without it (its two queries); any other gets the check,
    unchanged (idempotent)."""
    check = view_restriction_check()
    hooks.get_hooks(SERVE_HOOK)  # Wagtail's hooks are registered once searched for
    registered = hooks._hooks.get(SERVE_HOOK, [])
    for index, (fn, order) in enumerate(registered):
        if fn is check:
            registered[index] = (_unless_known(check, known_unrestricted), order)


def _unless_known(check, known_unrestricted):
    def wrap(callback):
        checked = check(callback)

        def inner(page, request, serve_args, serve_kwargs):
            if known_unrestricted(page, request):
                return callback(page, request, serve_args, serve_kwargs)
            return checked(page, request, serve_args, serve_kwargs)

        return inner

    wrap.wraps_view_restriction_check = True
    return wrap
