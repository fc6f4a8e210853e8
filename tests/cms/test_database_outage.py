"""Database unreachable: a plain 503 page in the visitor's language, with Retry-After.

A separate Django process (tests/cms/database_outage_probe.py) runs with
DATABASE_URL at a closed port, as a server whose database went away would.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.utils import translation
from django.utils.translation import gettext

REPO = Path(__file__).resolve().parents[2]
TITLE = "The portal is temporarily unavailable"


@pytest.fixture(scope="module")
def answers():
    requests = ["/bg/", "/pl/", "/uk/", "/en/search/?q=x", "/pl/search/?q=x|bg", "/admin/login/|uk", "/admin/login/|pl", "/|pl"]
    env = {k: v for k, v in os.environ.items() if k not in {"REDIS_URL", "ELASTICSEARCH_URL"}}
    env.update(
        DATABASE_URL="postgres://postgres@127.0.0.1:9/portal",
        DJANGO_SETTINGS_MODULE="cms.settings.test",
        PYTHONPATH=str(REPO),
    )
    result = subprocess.run(
        [sys.executable, "tests/cms/database_outage_probe.py", *requests],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1]), result.stderr


def title_in(language):
    with translation.override(language):
        return gettext(TITLE)


@pytest.mark.parametrize(
    "request_, language",
    [("/bg/", "bg"), ("/pl/", "pl"), ("/uk/", "uk"), ("/en/search/?q=x", "en"),
     ("/pl/search/?q=x|bg", "pl"),  # the URL's language wins over the browser's
     ("/admin/login/|uk", "uk"), ("/admin/login/|pl", "pl"), ("/|pl", "pl")],
)
def test_every_page_answers_503_in_the_visitors_language(answers, request_, language):
    answer = answers[0][request_]
    assert answer["status"] == 503
    assert answer["retry_after"] and int(answer["retry_after"]) > 0
    assert answer["language"] == language
    assert f'<html lang="{language}">' in answer["body"]
    assert f"<h1>{title_in(language)}</h1>" in answer["body"]
    assert "Traceback" not in answer["body"] and "Server error" not in answer["body"]


def test_the_page_is_translated():
    assert len({title_in(language) for language in ("bg", "pl", "uk", "en")}) == 4


def test_the_outage_is_logged_once_not_per_request(answers):
    stderr = answers[1]
    assert stderr.count("Database unreachable") == 1
    assert "Traceback" not in stderr


def test_other_errors_keep_the_500_page(rf):
    from cms.unavailable import server_error

    try:
        raise ValueError("a bug, not an outage")
    except ValueError:
        response = server_error(rf.get("/bg/"))
    assert response.status_code == 500
    assert "Retry-After" not in response
