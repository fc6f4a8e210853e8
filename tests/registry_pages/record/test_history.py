"""A page's public register of changes: every published version, its dates and approvers,
each old version at its own address with the archive notice and what the next one changed."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone, translation
from django.utils.translation import gettext
from wagtail.models import Revision

from registry_pages.record.versions import published_versions
from tests.registry_pages.record.support import (
    FIRST_SUMMARY,
    SECOND_SUMMARY,
    card_published_twice,
)
from tests.registry_pages.services.support import card, catalogue, category

pytestmark = pytest.mark.django_db


def _bg(message):
    with translation.override("bg"):
        return gettext(message)


def test_a_card_published_twice_lists_two_versions_with_dates_and_approvers(client, site_root, pr_expert, secretary,
                                                                            mayor, django_assert_max_num_queries):
    page = card_published_twice(site_root, pr_expert, secretary, mayor)
    versions = published_versions(page)
    assert [v.number for v in versions] == [1, 2]
    assert versions[0].until == versions[1].applies_from and versions[1].in_force
    client.get(page.url)  # warm the site-root and layout caches, as any earlier visitor does
    with django_assert_max_num_queries(15):
        response = client.get(page.url + "history/")
    assert response.status_code == 200
    html = response.content.decode()
    today = timezone.localdate().isoformat()
    assert html.count(f'<time datetime="{today}') >= 3  # applies from ×2, applied until ×1
    assert f'href="{page.url}history/1/"' in html and f'href="{page.url}history/2/"' not in html
    assert html.count("T_Mayor") == 2 and html.count("T_Secretary") == 2


def test_the_archived_version_shows_the_old_text_with_the_notice_and_the_changed_sentence(
        client, site_root, pr_expert, secretary, mayor, django_assert_max_num_queries):
    page = card_published_twice(site_root, pr_expert, secretary, mayor)
    client.get(page.url)  # warm the site-root and layout caches, as any earlier visitor does
    with django_assert_max_num_queries(15):
        response = client.get(page.url + "history/1/")
    assert response.status_code == 200
    html = response.content.decode()
    notice = html.split('role="note"', 1)[1].split("</div>", 1)[0]
    assert _bg("Archived version %(number)s: not in force").replace("%(number)s", "1").split(":")[0] in notice
    main = html.split('<main', 1)[1]
    assert FIRST_SUMMARY in main  # the old text, as it was shown
    changes = main.split('class="version-changes"', 1)[1]
    changed = changes.split("Срокът е", 1)[1].split("</dd>", 1)[0]  # the changed sentence, word by word
    assert "седем" in changed.split("<del>", 1)[1].split("</del>", 1)[0]
    assert "три работни" in changed.split("<ins>", 1)[1].split("</ins>", 1)[0]
    assert "<span>Издава се удостоверение за наследници.</span>" in changes  # the unchanged sentence, unmarked
    assert 'class="visually-hidden">' + _bg("deleted:") in changes


def test_the_version_in_force_is_the_page_and_unknown_numbers_are_not_found(client, site_root, pr_expert, secretary,
                                                                           mayor):
    page = card_published_twice(site_root, pr_expert, secretary, mayor)
    current = client.get(page.url + "history/2/")
    assert current.status_code == 302 and current["Location"] == page.url
    assert client.get(page.url + "history/3/").status_code == 404
    assert SECOND_SUMMARY in client.get(page.url).content.decode()


def test_every_register_page_links_its_history(client, site_root, pr_expert, secretary, mayor):
    page = card_published_twice(site_root, pr_expert, secretary, mayor)
    html = client.get(page.url).content.decode()
    assert f'href="{page.url}history/"' in html and _bg("History of changes") in html


def test_a_scheduled_version_applies_from_its_go_live_date(site_root):
    page = card(catalogue(site_root), "Скица", category("Устройство"), live=True)
    go_live = timezone.now() - datetime.timedelta(hours=3)
    page.summary = "Нов текст, в сила от определена дата."
    page.go_live_at = timezone.now() + datetime.timedelta(hours=1)
    revision = page.save_revision()
    revision.publish()  # approved for later: not live yet
    assert len(published_versions(type(page).objects.get(pk=page.pk))) == 1
    revision = Revision.objects.get(pk=revision.pk)
    revision.content["go_live_at"] = go_live.isoformat()
    revision.approved_go_live_at = go_live
    revision.save()
    call_command("publish_scheduled", stdout=open("/dev/null", "w"))
    versions = published_versions(type(page).objects.get(pk=page.pk))
    assert len(versions) == 2 and versions[1].applies_from == go_live
    assert versions[1].published_at > go_live and versions[0].until == go_live

