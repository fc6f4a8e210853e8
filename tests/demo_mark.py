"""`needs_demo`: a test that reads the demo municipality (loaded by the
project's settings, which install `portal_demo`). It runs in `make test`'s SQLite and PostgreSQL runs and is
skipped, with this reason, in the add-on-alone run, which has no demo."""

import pytest
from django.apps import apps

needs_demo = pytest.mark.skipif(
    not apps.is_installed("portal_demo"), reason="reads the demo content: runs with the project's settings"
)

needs_project_urls = pytest.mark.skipif(
    not apps.is_installed("search"),
    reason="reads the project's API and search page: runs with the project's settings",
)
