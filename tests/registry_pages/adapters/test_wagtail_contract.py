"""The Wagtail (and Django) private names `registry_pages/adapters/wagtail.py` relies on are
still there and still used the way the adapter assumes.

A failure names the adapter module and the installed Wagtail and Django versions.
"""

import inspect
from types import SimpleNamespace

from django.contrib.sitemaps import Sitemap as DjangoSitemap
from django.contrib.sitemaps import views as sitemap_views
from django.utils import translation
from wagtail.api.v2 import filters as api_filters
from wagtail.contrib.sitemaps import Sitemap as WagtailSitemap

from registry_pages.adapters import wagtail
from registry_pages.core.sitemaps import PortalSitemap
from tests.registry_pages.adapters.support import Contract, used_outside

contract = Contract("registry_pages/adapters/wagtail.py", "wagtail", "django")


def test_django_builds_a_sitemap_page_with_the_private_method_wagtail_overrides():
    contract.check(
        f"self.{wagtail.SITEMAP_PAGE_METHOD}(page, protocol, domain)" in inspect.getsource(DjangoSitemap.get_urls),
        f"Django's Sitemap.get_urls no longer calls `{wagtail.SITEMAP_PAGE_METHOD}(page, protocol, domain)`",
    )
    for owner in (DjangoSitemap, WagtailSitemap):
        contract.same_parameters(
            contract.attribute(owner, wagtail.SITEMAP_PAGE_METHOD),
            wagtail.SitemapOfEntries._urls,
            f"{owner.__module__}.Sitemap.{wagtail.SITEMAP_PAGE_METHOD}",
        )
    contract.check(
        "latest_lastmod" in inspect.getsource(sitemap_views.sitemap),
        "Django's sitemap view no longer reads the sitemap's `latest_lastmod`",
    )
    contract.check(issubclass(PortalSitemap, wagtail.SitemapOfEntries), "PortalSitemap bypasses the adapter")


def test_a_sitemap_page_is_what_url_entries_builds_for_its_items():
    class Numbers(wagtail.SitemapOfEntries):
        limit = 2

        def items(self):
            return [1, 2, 3]

        def url_entries(self, items):
            return [{"item": item, "location": f"/n/{item}/"} for item in items]

    sitemap = Numbers()
    site = SimpleNamespace(domain="example.org")
    pages = [sitemap.get_urls(page=page, site=site, protocol="https") for page in (1, 2)]
    contract.check(
        [[entry["item"] for entry in entries] for entries in pages] == [[1, 2], [3]],
        f"get_urls no longer returns url_entries for the page's items: {pages}",
    )


def test_the_api_marks_a_tag_filtered_queryset_with_the_flag_we_read():
    contract.check(
        f"queryset.{wagtail.TAG_FILTER_FLAG} = True" in inspect.getsource(api_filters.FieldsFilter.filter_queryset),
        f"wagtail.api.v2.filters.FieldsFilter no longer sets `{wagtail.TAG_FILTER_FLAG}`",
    )
    contract.check(
        wagtail.TAG_FILTER_FLAG in inspect.getsource(api_filters.SearchFilter.filter_queryset),
        f"wagtail.api.v2.filters.SearchFilter no longer reads `{wagtail.TAG_FILTER_FLAG}`",
    )
    marked = SimpleNamespace(**{wagtail.TAG_FILTER_FLAG: True})
    contract.check(
        wagtail.filtered_by_tag(marked) and not wagtail.filtered_by_tag(SimpleNamespace()), "filtered_by_tag misreads the flag"
    )


def test_only_the_adapter_uses_these_privates():
    names = (wagtail.TAG_FILTER_FLAG, f"def {wagtail.SITEMAP_PAGE_METHOD}(", f'"{wagtail.ROUTE_ATTRIBUTE}"',
             f"{wagtail.SITE_ATTRIBUTE} =", "check_view_restrictions")
    assert used_outside(contract.adapter, names) == [], f"use {contract.adapter} instead"


def test_the_page_permission_tester_still_has_what_the_leaf_shortcut_reads():
    from wagtail.models import PagePermissionTester

    contract.same_parameters(
        PagePermissionTester.can_delete, wagtail.LeafPagePermissionTester.can_delete, "PagePermissionTester.can_delete"
    )
    # the shortcut stands for this branch: change without publish asks whether anything below is live
    contract.unchanged(PagePermissionTester.can_delete, "772a5d125cfbf563", "LeafPagePermissionTester.can_delete")
    source = inspect.getsource(PagePermissionTester)
    contract.check("self.permissions" in source and "self.page_is_root" in source,
                   "PagePermissionTester no longer has `permissions` / `page_is_root`")


def test_log_messages_are_formatted_by_the_registrys_formatters_we_wrap():
    from wagtail.log_actions import LogActionRegistry, registry

    contract.check(
        f"self.{wagtail.LOG_FORMATTERS}.get(" in inspect.getsource(LogActionRegistry.get_formatter),
        f"LogActionRegistry.get_formatter no longer reads `{wagtail.LOG_FORMATTERS}`",
    )
    registry.scan_for_actions()
    for action in wagtail.WORKFLOW_LOG_ACTIONS:
        contract.check(action in getattr(registry, wagtail.LOG_FORMATTERS), f"Wagtail no longer logs `{action}`")
        formatter = registry.formatters[action]
        contract.check(isinstance(formatter, wagtail._TitlesShown), f"`{action}`'s messages are not wrapped")
    entry = SimpleNamespace(
        action="wagtail.workflow.approve",
        data={"workflow": {"title": "Publication approval", "task": {"title": "Secretary review"}, "next": {"title": "X"}}},
    )
    with translation.override("bg"):
        message = str(registry.formatters["wagtail.workflow.approve"].format_message(entry))
    contract.check(
        "Преглед от секретаря" in message and "X" in message, f"the titles are not read from the data: {message!r}"
    )


def test_wagtails_workflow_mails_are_sent_per_recipient_by_the_notifiers_we_wrap():
    from wagtail.admin import mail, signal_handlers

    connected = inspect.getsource(signal_handlers.register_signal_handlers)
    for name, notifier in zip(wagtail.WORKFLOW_NOTIFIERS, wagtail.workflow_notifiers(), strict=True):
        contract.check(name in connected, f"wagtail.admin.signal_handlers no longer connects `{name}`")
        contract.check(isinstance(notifier, mail.EmailNotificationMixin), f"`{name}` no longer sends e-mails")
        contract.check(getattr(notifier.send_emails, "per_language", False), f"`{name}` is not sent per language")
    contract.same_parameters(
        mail.EmailNotificationMixin.send_emails,
        lambda self, template_set, context, recipients, **kwargs: None,
        "EmailNotificationMixin.send_emails",
    )
    contract.check(
        "get_preferred_language()" in inspect.getsource(mail.EmailNotificationMixin.send_emails),
        "EmailNotificationMixin.send_emails no longer renders in the recipient's preferred language",
    )


def test_wagtail_still_reads_the_route_and_site_kept_on_the_request():
    from wagtail.models import Page, Site

    contract.check(wagtail.ROUTE_ATTRIBUTE in inspect.getsource(Page.route_for_request),
                   f"Page.route_for_request no longer reads `{wagtail.ROUTE_ATTRIBUTE}`")
    contract.check(wagtail.SITE_ATTRIBUTE in inspect.getsource(Site.find_for_request),
                   f"Site.find_for_request no longer reads `{wagtail.SITE_ATTRIBUTE}`")
    request = SimpleNamespace()
    wagtail.set_route(request, "the site", None)
    contract.check(Site.find_for_request(request) == "the site" and Page.route_for_request(request, "any/") is None,
                   "a route and site set on the request are not what Wagtail answers")


def test_wagtails_view_restriction_check_is_the_hook_we_wrap():
    from wagtail import hooks

    check = wagtail.view_restriction_check()
    contract.check("get_view_restrictions" in inspect.getsource(check), "check_view_restrictions reads no restrictions")
    wrapped = [fn for fn in hooks.get_hooks(wagtail.SERVE_HOOK) if getattr(fn, "wraps_view_restriction_check", False)]
    contract.check(len(wrapped) == 1 and check not in hooks.get_hooks(wagtail.SERVE_HOOK),
                   "Wagtail's view restriction check is not (only) found wrapped among the on_serve_page hooks")
