"""In Chromium: the Bulgarian ethics code changes, its Polish translation is flagged in the
explorer, on the dashboard and for citizens; the editor syncs it from the dashboard, it stays
flagged until the synced translation is published, then every flag is gone (issue 16)."""

import pytest
from wagtail.models import Page

from registry_pages.models import EthicsCodePage
from registry_pages.workflow.completeness import synced_translation
from registry_pages.workflow.outdated import behind_source
from registry_pages.workflow.translation import save_translation

from .support.pages import in_language
from .test_publication_path import log_in


def _live(page):
    return Page.objects.get(pk=page.pk).specific


def _explorer_flag(page, translation):
    page.goto(f"/admin/pages/{translation.get_parent().pk}/")
    row = page.locator("tr", has=page.locator(f"a[href='/admin/pages/{translation.pk}/edit/']"))
    return row.locator("[data-translation-behind]")


@pytest.mark.e2e
def test_a_translation_behind_its_source_is_flagged_then_cleared(page):
    source = in_language(EthicsCodePage, "bg")
    polish = source.get_translation(in_language(EthicsCodePage, "pl").locale)
    assert behind_source(_live(polish)) is None, "the demo starts with its translations up to date"

    source.save_revision().publish(skip_permission_checks=True)  # the Bulgarian code changed

    page.goto(polish.url)
    notice = page.locator(".page-notice[role=note]")
    assert "bułgarski" in notice.inner_text() and "może być nieaktualne" in notice.inner_text()
    assert notice.locator("a[hreflang=bg]").get_attribute("href") == source.url

    log_in(page, "admin")
    assert _explorer_flag(page, polish).count() == 1
    page.goto("/admin/")
    panel_row = page.locator("#registry-translations-behind-content tr", has=page.locator(
        f"a[href='/admin/pages/{polish.pk}/edit/']"))
    panel_row.locator("a[href*='/admin/localize/update/']").click()
    page.locator("form input[type=submit]").last.click()  # wagtail-localize's "Update translations" form
    page.wait_for_load_state()
    assert behind_source(_live(polish)).synced
    assert _explorer_flag(page, polish).count() == 1, "synced, not yet published: still behind"

    # the synced translation is approved and published (the approval path has its own test)
    save_translation(synced_translation(_live(polish)), None)
    _live(polish).get_latest_revision().publish(skip_permission_checks=True)

    assert _explorer_flag(page, polish).count() == 0
    page.context.clear_cookies()
    page.goto(polish.url)
    assert page.locator(".page-notice").count() == 0
