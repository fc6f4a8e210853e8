"""A translation behind its source is flagged until it is re-synced and published (issue 16).

When the source page changes and is published after it was translated, every
translation says so: in the page explorer's row, on the dashboard, in the
translation editor, and to citizens on the public page. Syncing alone does not
clear the flag (citizens still read the old text); approving and publishing the
synced translation does. (registry_pages/workflow/outdated.py)
"""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation as i18n
from django.utils.html import escape
from django.utils.translation import gettext
from wagtail.models import Page, Revision
from wagtail.users.models import UserProfile
from wagtail_localize.models import TranslationSource

from registry_pages.core.cache_bumps import page_changed
from registry_pages.models import EthicsCodeIndexPage
from registry_pages.workflow.outdated import (
    Behind,
    annotate_behind,
    behind_source,
    behind_translations,
    editor_message,
    is_behind,
)
from registry_pages.workflow.translation import save_translation
from tests.demo_mark import needs_demo
from tests.registry_pages.workflow.support import as_user, draft_page, reload, superuser
from tests.registry_pages.workflow.test_translation_completeness import _translate

pytestmark = pytest.mark.django_db


def _in(site_root, locale):
    """The site root's live translation into `locale` (the add-on's test site has none)."""
    if not site_root.has_translation(locale):
        site_root.copy_for_translation(locale)
    home = site_root.get_translation(locale)
    if not home.live:
        _publish(home)
    return reload(home)


def _publish(page, user=None):
    page = reload(page).specific
    page.save_revision(user=user).publish(user=user, skip_permission_checks=True)
    return reload(page)


def _translated(site_root, locales, owner, languages=("pl",), slug="t-behind", title="Удостоверение за наследници",
                public=False):
    """A live bg page (`public`: one that citizens see in the portal's layout) and its live synced
    translations: (source, {code: (translation, target)})."""
    if public:
        source = EthicsCodeIndexPage(title="Етични кодекси", slug=slug, intro="<p>Правила за служителите.</p>")
        site_root.add_child(instance=source)
    else:
        source = draft_page(site_root, owner, title=title, slug=slug, seo_title="Такса", search_description="Описание")
    source = _publish(source, owner)
    made = {}
    for code in languages:
        _in(site_root, locales[code])
        translation = _translate(source, locales[code])
        translation.save_target(user=owner, publish=False)
        target = reload(source.get_translation(locales[code]))
        made[code] = (translation, _publish(target, owner))
    return source, made


def _sync(translation):
    TranslationSource.objects.get(pk=translation.source_id).update_from_db()


def _publish_translation(translation, target, user=None):
    """What "Submit translation for approval" and the approvals end with: a new revision from the
    synced source, published."""
    translation.refresh_from_db()
    save_translation(translation, user)
    return _publish_latest(target)


def _publish_latest(page):
    reload(page).get_latest_revision().publish(skip_permission_checks=True)
    return reload(page)


# -- the rule ---------------------------------------------------------------------------------


def test_flagged_after_the_source_is_published_cleared_after_sync_and_publication(site_root, locales, pr_expert):
    source, made = _translated(site_root, locales, pr_expert)
    translation, target = made["pl"]
    assert behind_source(target) is None

    source = _publish(source, pr_expert)  # the source changes and goes live
    behind = behind_source(reload(target).specific)
    assert behind is not None and not behind.synced
    assert behind.source_language == "bg" and behind.source_published_at == source.last_published_at

    _sync(translation)  # synced: the editor's text changes, citizens still read the old one
    assert behind_source(reload(target).specific).synced

    target = _publish_translation(translation, target, pr_expert)
    assert behind_source(target.specific) is None


def test_a_draft_of_the_source_flags_nothing(site_root, locales, pr_expert):
    source, made = _translated(site_root, locales, pr_expert)
    reload(source).specific.save_revision(user=pr_expert)
    assert behind_source(reload(made["pl"][1]).specific) is None


def test_publishing_the_translation_without_a_sync_does_not_clear_it(site_root, locales, pr_expert):
    source, made = _translated(site_root, locales, pr_expert)
    translation, target = made["pl"]
    _publish(source, pr_expert)
    target = _publish(target, pr_expert)  # a fix in the translation, the source's change not taken in
    assert behind_source(target.specific) is not None


def test_sources_and_untranslated_pages_are_never_flagged(site_root, locales, pr_expert):
    source, _made = _translated(site_root, locales, pr_expert)
    source = _publish(source, pr_expert)
    lonely = _publish(draft_page(site_root, pr_expert, title="Само на български", slug="t-lonely"), pr_expert)
    _publish(lonely, pr_expert)
    assert behind_source(source.specific) is None
    assert behind_source(lonely.specific) is None
    flags = {p.pk: is_behind(p) for p in annotate_behind(Page.objects.filter(pk__in=[source.pk, lonely.pk]))}
    assert flags == {source.pk: False, lonely.pk: False}


def test_every_translation_is_flagged_and_each_clears_on_its_own(site_root, locales, pr_expert):
    source, made = _translated(site_root, locales, pr_expert, languages=("pl", "uk"))
    _publish(source, pr_expert)
    (pl, pl_page), (_uk, uk_page) = made["pl"], made["uk"]
    _sync(pl)
    _publish_translation(pl, pl_page, pr_expert)
    flags = {p.locale.language_code: is_behind(p) for p in annotate_behind(Page.objects.filter(
        pk__in=[pl_page.pk, uk_page.pk]).select_related("locale"))}
    assert flags == {"pl": False, "uk": True}
    found, total = behind_translations()
    assert total == 1 and [item.page.pk for item in found] == [uk_page.pk]


def test_the_explorer_flag_is_part_of_its_query(site_root, locales, pr_expert, django_assert_num_queries):
    sources = [
        _translated(site_root, locales, pr_expert, slug=f"t-behind-{n}", title=f"Услуга {n}")[0] for n in range(4)
    ]
    for source in sources[:3]:
        _publish(source, pr_expert)
    targets = Page.objects.filter(translation_key__in=[s.translation_key for s in sources], locale=locales["pl"])
    with django_assert_num_queries(1):
        flags = sorted(is_behind(page) for page in annotate_behind(targets))
    assert flags == [False, True, True, True]


# -- editors: explorer, dashboard, translation editor --------------------------------------------


def _speaking(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


def _explorer(client, parent):
    return client.get(reverse("wagtailadmin_explore", args=[parent.pk]))


def test_the_explorer_row_is_tagged_and_tags_cost_no_query(client, site_root, locales, pr_expert):
    made = [_translated(site_root, locales, pr_expert, slug=f"t-row-{n}", title=f"Услуга {n}") for n in range(3)]
    parent = _in(site_root, locales["pl"])
    as_user(client, _speaking(superuser(), "en"))
    with i18n.override("en"):
        _explorer(client, parent)
        with CaptureQueriesContext(connection) as fresh:
            html = _explorer(client, parent).content.decode()
        assert "data-translation-behind" not in html
        for source, _made in made:
            _publish(source, pr_expert)
        with CaptureQueriesContext(connection) as flagged:
            html = _explorer(client, parent).content.decode()
    assert html.count("data-translation-behind") == 3 and "Behind its source" in html
    assert len(flagged) == len(fresh)  # three flagged rows, not one query more


def test_the_dashboard_lists_translations_behind_their_source(client, site_root, locales, pr_expert):
    source, made = _translated(site_root, locales, pr_expert, languages=("pl", "uk"))
    as_user(client, _speaking(superuser(), "en"))
    assert "Translations behind their source" not in client.get(reverse("wagtailadmin_home")).content.decode()
    _publish(source, pr_expert)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert 'id="registry-translations-behind' in html
    for _translation, target in made.values():
        assert reverse("wagtailadmin_pages:edit", args=[target.pk]) in html
    sync = reverse("wagtail_localize:update_translations", args=[made["pl"][0].source_id])
    assert html.count(sync) == 2


def test_the_dashboard_panel_speaks_the_editors_language(client, site_root, locales, pr_expert):
    source, _made = _translated(site_root, locales, pr_expert)
    _publish(source, pr_expert)
    as_user(client, _speaking(superuser(), "pl"))
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    with i18n.override("pl"):
        assert escape(gettext("Translations behind their source")) in html
        assert "Translations behind their source" not in html



def test_the_translation_editor_warns_and_says_what_to_do(client, site_root, locales, pr_expert):
    source, made = _translated(site_root, locales, pr_expert)
    translation, target = made["pl"]
    edit_url = reverse("wagtailadmin_pages:edit", args=[target.pk])
    as_user(client, _speaking(superuser(), "en"))
    with i18n.override("en"):
        assert "data-translation-behind" not in client.get(edit_url).content.decode()
        _publish(source, pr_expert)
        html = client.get(edit_url).content.decode()
        behind = behind_source(reload(target).specific)
        with i18n.override("en"):  # the request left another language active
            assert escape(editor_message(behind)) in html
        assert reverse("wagtail_localize:update_translations", args=[translation.source_id]) in html
        _sync(translation)
        html = client.get(edit_url).content.decode()
        assert "citizens see the older translation until the synced one is approved and published" in html
        _publish_translation(translation, target, pr_expert)
        assert "data-translation-behind" not in client.get(edit_url).content.decode()


def test_the_editor_message_names_the_source_language_and_date_in_the_editors_language():
    behind = Behind("bg", dt.datetime(2026, 3, 5, 12, tzinfo=dt.UTC), synced=False, translation_source_id=1)
    with i18n.override("en"):
        assert "The Bulgarian source of this translation was changed and published on 5 March 2026" in editor_message(
            behind
        )
    with i18n.override("pl"):
        message = editor_message(behind)
        assert "5 marca 2026" in message and "bułgarski" in message


# -- citizens: the notice on the public page ------------------------------------------------------


def _behind_since_march(source, translation, target):
    """Translated in January, the source changed on 5 March 2026."""
    TranslationSource.objects.filter(pk=translation.source_id).update(
        last_updated_at=dt.datetime(2026, 1, 10, 12, tzinfo=dt.UTC)
    )
    Revision.objects.filter(pk=reload(target).live_revision_id).update(
        created_at=dt.datetime(2026, 1, 11, 12, tzinfo=dt.UTC)
    )
    Page.objects.filter(pk=source.pk).update(last_published_at=dt.datetime(2026, 3, 5, 12, tzinfo=dt.UTC))
    page_changed(instance=reload(source))  # what the source's publication sends: its language versions are re-read


@pytest.mark.parametrize(
    "language, expected",
    [
        ("pl", "Oryginalna wersja tej strony (bułgarski) została zaktualizowana 5 marca 2026"),
        ("uk", "Оригінальну версію цієї сторінки (Болгарська) оновлено 5 березня 2026\u00a0р."),
        ("en", "The Bulgarian version of this page was updated on 5 March 2026; this translation may be behind."),
    ],
)
def test_citizens_read_that_the_translation_may_be_behind(client, site_root, locales, pr_expert, language, expected):
    source, made = _translated(site_root, locales, pr_expert, languages=(language,), public=True)
    translation, target = made[language]
    html = client.get(target.get_url()).content.decode()
    assert 'class="page-notice"' not in html
    _behind_since_march(source, translation, target)
    html = client.get(target.get_url()).content.decode()
    assert 'class="page-notice" role="note"' in html and escape(expected) in html
    assert f'href="{source.get_url()}" hreflang="bg"' in html
    assert 'class="page-notice"' not in client.get(source.get_url()).content.decode()


def test_the_notice_costs_no_query(client, site_root, locales, pr_expert, django_assert_max_num_queries):
    """It comes with the layout's language versions (one query whatever the notice)."""
    source, made = _translated(site_root, locales, pr_expert, public=True)
    translation, target = made["pl"]
    client.get(target.get_url())
    page_changed(instance=reload(source))  # the language versions read again, as after the change below
    with CaptureQueriesContext(connection) as fresh:
        client.get(target.get_url())
    _behind_since_march(source, translation, target)
    with django_assert_max_num_queries(len(fresh)):
        assert 'class="page-notice"' in client.get(target.get_url()).content.decode()


def test_the_cached_page_shows_and_drops_the_notice_with_publications(client, site_root, locales, pr_expert, settings):
    settings.REGISTRY_PAGE_CACHE_TIMEOUT = 600
    source, made = _translated(site_root, locales, pr_expert, public=True)
    translation, target = made["pl"]
    url = target.get_url()
    assert 'class="page-notice"' not in client.get(url).content.decode()
    assert 'class="page-notice"' not in client.get(url).content.decode()  # now from the cache
    _publish(source, pr_expert)
    assert 'class="page-notice"' in client.get(url).content.decode()
    _sync(translation)
    assert 'class="page-notice"' in client.get(url).content.decode()
    _publish_translation(translation, target, pr_expert)
    assert 'class="page-notice"' not in client.get(url).content.decode()


def test_the_overridden_status_cell_is_still_wagtails():
    """The explorer's tag lives in our copy of Wagtail's status cell template: it fails here,
    naming the template, if an upgrade renames it or drops the status column."""
    from wagtail.admin.ui.tables.pages import PageStatusColumn
    from wagtail.admin.views.pages.listing import ExplorableIndexView

    assert PageStatusColumn.cell_template_name == "wagtailadmin/pages/listing/_page_status_cell.html"
    assert any(isinstance(column, PageStatusColumn) for column in ExplorableIndexView.base_columns)


@needs_demo
def test_the_demo_starts_with_every_translation_up_to_date():
    assert behind_translations()[1] == 0
