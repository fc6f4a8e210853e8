"""load_demo is idempotent and creates real translations through wagtail-localize."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import connection
from wagtail.models import Page
from wagtail_localize.models import StringTranslation, Translation


def _counts():
    return {
        "pages": Page.objects.count(),
        "live": Page.objects.live().count(),
        "users": get_user_model().objects.count(),
        "translations": Translation.objects.count(),
        "strings": StringTranslation.objects.count(),
    }


@pytest.mark.django_db
def test_second_run_changes_nothing():
    before = _counts()  # the session already loaded the demo once
    call_command("load_demo", stdout=open("/dev/null", "w"))
    assert _counts() == before


@pytest.mark.django_db
def test_home_translations_are_translated_not_copied(site_root):
    titles = {p.locale.language_code: p.title for p in site_root.get_translations(inclusive=True)}
    assert set(titles) == {"bg", "pl", "uk", "en"}
    assert len(set(titles.values())) == 4
    assert Translation.objects.filter(source__object_id=site_root.translation_key).count() == 3


@pytest.mark.django_db
def test_demo_users_have_roles():
    users = {u.username: u for u in get_user_model().objects.prefetch_related("groups")}
    assert users["admin"].is_superuser
    assert [g.name for g in users["pr_expert"].groups.all()] == ["PR experts"]
    assert [g.name for g in users["secretary"].groups.all()] == ["Secretaries"]
    assert [g.name for g in users["mayor"].groups.all()] == ["Mayors"]
    assert users["mayor"].check_password("mayor-demo-2026")


@pytest.mark.django_db
def test_refuses_without_demo_settings(settings):
    from django.core.management.base import CommandError

    settings.PORTAL_DEMO = False
    with pytest.raises(CommandError):
        call_command("load_demo", stdout=open("/dev/null", "w"))


@pytest.mark.django_db
def test_translated_pages_have_slugs_in_their_own_language():
    from registry_pages.models import EthicsCodeIndexPage

    slugs = {page.locale.language_code: page.slug for page in EthicsCodeIndexPage.objects.select_related("locale")}
    assert slugs["bg"] == "etichni-kodeksi"
    assert slugs["en"] == "codes-of-ethics"
    assert slugs["pl"].startswith("kodeks")
    assert all(slug.isascii() for slug in slugs.values())


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's planner statistics")
@pytest.mark.django_db
def test_the_load_leaves_planner_statistics_on_postgresql():
    """ANALYZE at the end of the load (autovacuum's own run sets `last_autoanalyze`, not this):
    without statistics a search of the fresh demo was planned as a nested loop 20 times slower."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT relname FROM pg_stat_user_tables WHERE relname IN (%s, %s) AND last_analyze IS NOT NULL",
            ["wagtailsearch_indexentry", "wagtailcore_page"],
        )
        assert sorted(row[0] for row in cursor.fetchall()) == ["wagtailcore_page", "wagtailsearch_indexentry"]
