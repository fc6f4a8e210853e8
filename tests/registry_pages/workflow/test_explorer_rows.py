"""The explorer's rows: the translation buttons come from the listing's own query
(`adapters/localize_listing.py`), with the same labels and links as the page
header's, and the queries do not grow with the rows."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail import hooks
from wagtail.models import Page
from wagtail_localize import wagtail_hooks as localize_hooks

from registry_pages.adapters.localize_listing import page_listing_more_buttons
from tests.registry_pages.services.support import card, catalogue, category
from tests.registry_pages.workflow.support import as_user
from tests.registry_pages.workflow.test_translation_completeness import (
    _half_translated_page,
    _polish,
    _speaks,
    _submit_url,
    _translate,
)

pytestmark = pytest.mark.django_db


def _listing(client, parent):
    return client.get(reverse("wagtailadmin_explore", args=[parent.pk])).content.decode()


def _row_buttons(page, user):
    return {str(button.label): button.url for fn in hooks.get_hooks("register_page_listing_more_buttons")
            for button in (fn(page, user) or [])}


def test_a_translation_row_shows_its_progress_then_the_submit_button(client, site_root, locales, pr_expert):
    source, _translation, page = _half_translated_page(site_root, locales, pr_expert)
    as_user(client, _speaks(pr_expert, "en"))
    html = _listing(client, page.get_parent())
    assert "Translation incomplete (1 of 4 strings translated): translate the rest" in html
    assert _submit_url(page) not in html

    _translate(source, locales["pl"])
    html = _listing(client, page.get_parent())
    assert "Submit translation for approval (4 of 4 strings translated)" in html
    assert _submit_url(page) in html


def test_the_source_row_offers_sync_and_translate_as_wagtail_localize_does(client, site_root, locales, pr_expert):
    source, translation, _page = _half_translated_page(site_root, locales, pr_expert)
    as_user(client, _speaks(pr_expert, "en"))
    html = _listing(client, source.get_parent())
    sync = reverse("wagtail_localize:update_translations", args=[translation.source_id])
    assert "Sync translated pages" in html and sync in html
    # bg and pl exist; uk and en do not: "Translate this page" is offered
    assert reverse("wagtail_localize:submit_page_translation", args=[source.pk]) in html


def test_the_listing_hook_is_wagtail_localizes_replaced_and_the_header_keeps_the_original(client, site_root, pr_expert):
    as_user(client, pr_expert)
    _listing(client, site_root)  # the explorer puts the replacement in place
    listing = [fn for fn, _order in hooks._hooks["register_page_listing_more_buttons"]]
    header = [fn for fn, _order in hooks._hooks["register_page_header_buttons"]]
    assert page_listing_more_buttons in listing and localize_hooks.page_listing_more_buttons not in listing
    assert localize_hooks.page_listing_more_buttons in header


def test_a_row_without_annotations_is_looked_up_as_before(site_root, locales, pr_expert):
    source, translation, page = _half_translated_page(site_root, locales, pr_expert)
    pr_expert = type(pr_expert).objects.get(pk=pr_expert.pk)
    plain = Page.objects.get(pk=source.pk)  # not through the explorer's queryset
    labels = [str(button.label) for button in page_listing_more_buttons(plain, pr_expert)]
    assert labels == [str(button.label) for button in localize_hooks.page_listing_more_buttons(plain, pr_expert)]
    assert labels  # "Translate this page", "Sync translated pages"


def _queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


@pytest.mark.parametrize("translated", [False, True], ids=["originals", "translations"])
def test_explorer_queries_do_not_depend_on_the_number_of_rows(client, site_root, locales, pr_expert, translated):
    """A PR expert's register of two draft cards or fifty (one page of the listing): the
    same number of queries (a draft row used to cost Wagtail's "any live descendant?"
    query, a translated row three more for its translation's progress and workflow)."""
    index = catalogue(site_root)
    kind = category("Тест")
    pl = _polish(site_root, locales) if translated else None
    if translated:
        _translate(index, pl).save_target(user=pr_expert, publish=False)

    def add_rows(start, count):
        for number in range(start, start + count):
            row = card(index, f"Услуга {number}", kind, live=False, slug=f"t-row-{number}")
            if translated:
                _translate(row, pl, contexts={"title"}).save_target(user=pr_expert, publish=False)

    listed = index.get_translation(pl) if translated else index
    url = reverse("wagtailadmin_explore", args=[listed.pk])
    as_user(client, _speaks(pr_expert, "en"))
    add_rows(0, 2)
    client.get(url)
    few = _queries(client, url)
    add_rows(2, 48)
    many = _queries(client, url)
    assert many <= few + 1, (few, many)
    html = _listing(client, listed)
    assert html.count("Translation incomplete (1 of") == (50 if translated else 0)
