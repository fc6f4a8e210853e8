"""Browser tests: pytest-django's `live_server` on 127.0.0.1, Debian's Chromium through Playwright.

How they share the session's demo without slowing the other tests:

* `live_server` makes each test transactional: the server thread must see
  committed data, so Django flushes every table after the test. The demo
  loaded once per session (tests/conftest.py) would be gone for every test
  after it. So the browser tests run **last** (`pytest_collection_modifyitems`),
  and before each of them the demo database is restored from a snapshot taken
  when the first one starts (SQLite: the in-memory database copied with
  SQLite's backup API in well under a second; other databases: Django's
  serialised copy; `tests/demo_snapshot.py`). The other tests keep their fast
  rolled-back transactions.
* With in-memory SQLite pytest-django hands the test's connection to the
  server thread, so what a test reads through the ORM is what the browser saw.

Screenshots of failing tests are saved in `test-artifacts/e2e/`.
"""

import os
import re
from pathlib import Path

import pytest
from django.core.cache import cache

from .support.browser import CHROMIUM, launch_browser

REPO_ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO_ROOT / "test-artifacts" / "e2e"
E2E_DIR = Path(__file__).resolve().parent


def pytest_collection_modifyitems(config, items):
    """Mark tests under tests/e2e as `e2e` and run them after every other test."""
    e2e, others = [], []
    for item in items:
        if E2E_DIR in Path(str(item.fspath)).resolve().parents:
            item.add_marker(pytest.mark.e2e)
            e2e.append(item)
        else:
            others.append(item)
    items[:] = others + e2e


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    report = yield
    setattr(item, f"rep_{report.when}", report)
    return report


@pytest.fixture
def portal(live_server, demo_snapshot):
    """The live server, with the demo in its database and an empty cache."""
    demo_snapshot.restore()
    cache.clear()
    return live_server


@pytest.fixture(scope="session")
def browser(demo_snapshot):
    """One Chromium for the session. Playwright's sync API keeps an event loop
    in this thread, which Django's ORM takes for async code; the tests only use
    the ORM between browser calls, so that check is lifted while it runs."""
    assert Path(CHROMIUM).exists(), f"{CHROMIUM} is missing: run scripts/chromium.sh (installs Debian's chromium)"
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with launch_browser() as browser:
            yield browser
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def page(request, portal, browser):
    context = browser.new_context(base_url=portal.url, accept_downloads=True, locale="en-GB")
    context.set_default_timeout(20_000)
    tab = context.new_page()
    yield tab
    failed = any(getattr(request.node, f"rep_{when}", None) and getattr(request.node, f"rep_{when}").failed
                 for when in ("setup", "call"))
    if failed:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        name = re.sub(r"[^A-Za-z0-9_.-]+", "_", request.node.nodeid)[-150:]
        try:
            tab.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
        except Exception:  # the page may be gone; the test's own error matters more
            pass
    context.close()
