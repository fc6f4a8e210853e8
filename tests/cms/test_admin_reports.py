"""Wagtail's own reports export page titles without formula injection (cms/admin_reports.py)."""

import csv
import io

import openpyxl
import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Page


@pytest.fixture
def admin_client(client, db):
    client.force_login(get_user_model().objects.create_superuser("t_reports_admin", "w@example.org", "pw"))
    return client


def _rows(response):
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))


def test_locked_pages_export_quotes_a_formula_title(admin_client, site_root):
    page = Page(title='=HYPERLINK("http://evil.example","Заключена")', slug="t-formula-locked")
    site_root.add_child(instance=page)
    page.locked = True
    page.save()
    url = reverse("wagtailadmin_reports:locked_pages")
    assert url == "/admin/reports/locked/"
    titles = [row[0] for row in _rows(admin_client.get(url, {"export": "csv"}))[1:]]
    assert "'=HYPERLINK(\"http://evil.example\",\"Заключена\")" in titles
    assert not any(title.startswith("=") for title in titles)
    xlsx = admin_client.get(url, {"export": "xlsx"})
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(xlsx.streaming_content))).active
    assert "'=HYPERLINK(\"http://evil.example\",\"Заключена\")" in [row[0] for row in sheet.iter_rows(values_only=True)]


def test_site_history_and_aging_pages_still_export(admin_client):
    for url in ("/admin/reports/site-history/", "/admin/reports/aging-pages/", "/admin/reports/workflow/", "/admin/redirects/"):
        response = admin_client.get(url, {"export": "csv"})
        assert response.status_code == 200, url
        assert response["Content-Type"].startswith("text/csv")


ADMIN_CSV_EXPORTS = [
    "/admin/reports/locked/", "/admin/reports/site-history/", "/admin/reports/aging-pages/",
    "/admin/reports/workflow/", "/admin/reports/workflow_tasks/", "/admin/redirects/",
    "/admin/publication-workflow/report/", "/admin/action-items/report/", "/admin/service-feedback-report/report/",
    "/admin/service-feedback/", "/admin/reports/searches-with-few-results/",
]


@pytest.mark.parametrize("url", ADMIN_CSV_EXPORTS)
def test_every_admin_csv_export_starts_with_the_utf8_mark_for_excel(admin_client, url):
    """Without EF BB BF Excel reads the file in the legacy code page: Cyrillic becomes mojibake."""
    response = admin_client.get(url, {"export": "csv"})
    assert response.status_code == 200, url
    body = b"".join(response.streaming_content) if response.streaming else response.content
    assert body[:3] == b"\xef\xbb\xbf", (url, body[:20])
    assert response["Content-Type"] == "text/csv; charset=utf-8"


def test_overridden_reports_still_require_the_admin(client, db):
    assert client.get("/admin/reports/locked/", {"export": "csv"}).status_code == 302  # to the login
