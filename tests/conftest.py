"""Fixtures shared by the whole suite.

With the project's settings (cms.settings.test, which install portal_demo)
the demo municipality is loaded once per test session, inside the test
database, so page tests read realistic content; every test still runs in its own rolled-back transaction.
With the add-on's standalone settings (tests.addon_settings) there is no
demo: add-on tests build what they need under the site's root page.
"""

import os
from pathlib import Path

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import Locale, Page, Site

REPO_ROOT = Path(__file__).resolve().parent.parent
# The workspace's shared folder sits beside the checkout; PORTAL_SHARED_DIR points
# elsewhere (an empty folder shows what a fresh clone anywhere else runs).
SHARED_DIR = Path(os.environ.get("PORTAL_SHARED_DIR") or REPO_ROOT.parent / "shared")
SEEDS_DIR = SHARED_DIR / "seeds"
DEMO_LOADED = apps.is_installed("portal_demo")


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("registry_setup", verbosity=0, stdout=open("/dev/null", "w"))
        if DEMO_LOADED:
            call_command("load_demo", stdout=open("/dev/null", "w"))


@pytest.fixture(scope="session")
def demo_snapshot(django_db_setup, django_db_blocker):
    """A copy of the session's database (tests/demo_snapshot.py), for tests that flush it."""
    from .demo_snapshot import DemoSnapshot

    with django_db_blocker.unblock():
        return DemoSnapshot()


@pytest.fixture
def site_root(db) -> Page:
    """The default site's root page (the bg home page with the project's settings)."""
    return Site.objects.get(is_default_site=True).root_page.specific


@pytest.fixture
def locales(db) -> dict[str, Locale]:
    return {locale.language_code: locale for locale in Locale.objects.all()}


def _user_in(group_name, username):
    user = get_user_model().objects.create_user(
        username=username, password="pw", email=f"{username}@example.org", first_name=username.title()
    )
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def pr_expert(db):
    return _user_in("PR experts", "t_pr_expert")


@pytest.fixture
def secretary(db):
    return _user_in("Secretaries", "t_secretary")


@pytest.fixture
def mayor(db):
    return _user_in("Mayors", "t_mayor")


@pytest.fixture
def seeds_dir() -> Path:
    """The seed documents (real municipal texts). They are not part of the
    repository: a test that reads them skips, saying so, where they are absent."""
    if not SEEDS_DIR.is_dir():
        pytest.skip(f"needs the seed documents, not found at {SEEDS_DIR} (they sit beside the checkout in the workspace)")
    return SEEDS_DIR


@pytest.fixture(autouse=True)
def _new_cache_generation():
    """Each test starts a new page-cache generation: a rolled-back test sends no
    signal, so what it cached (pages, the layout's menu) must not reach the next
    test. Wagtail's own cached values (site root paths) stay, as in production."""
    from registry_pages.core.page_cache import new_generation

    new_generation()
