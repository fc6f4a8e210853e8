"""The "searches with few results" exports: logged searches are data, never formulas."""

import csv
import io

import openpyxl
import pytest
from django.contrib.auth import get_user_model

from search.models import SearchQueryDay

pytestmark = pytest.mark.django_db

URL = "/admin/reports/searches-with-few-results/"


def test_logged_formulas_and_control_characters_export_safely(client):
    SearchQueryDay.objects.create(language="en", query='=hyperlink("http://evil.example","x")', hits=3, results=0)
    SearchQueryDay.objects.create(language="en", query="@sum(1+1)", hits=2, results=0)
    SearchQueryDay.objects.create(language="en", query="bell\x07 sound", hits=1, results=0)
    client.force_login(get_user_model().objects.create_superuser("t_report_admin", "r@example.org", "pw"))

    export = client.get(URL, {"export": "csv", "language": "en"})
    rows = list(csv.reader(io.StringIO(b"".join(export.streaming_content).decode("utf-8-sig"))))
    queries = {row[0]: row for row in rows[1:]}
    assert "'=hyperlink(\"http://evil.example\",\"x\")" in queries and "'@sum(1+1)" in queries
    assert queries["'@sum(1+1)"][2] == "2"
    assert not any(query.startswith(("=", "@", "+", "-")) for query in queries)

    xlsx = client.get(URL, {"export": "xlsx", "language": "en"})
    assert xlsx.status_code == 200
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(xlsx.streaming_content))).active
    cells = {row[0]: row for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert "'=hyperlink(\"http://evil.example\",\"x\")" in cells and "bell sound" in cells
    assert cells["'@sum(1+1)"][2] == 2  # the count stays a number
