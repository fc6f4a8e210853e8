"""Satisfaction feedback: the card's form, the daily limit, no personal data,
moderation, the results page (chart + table) and the admin report."""

import csv
import datetime
import io
import re

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.test import Client

from registry_pages.feedback.chart import bar_chart
from registry_pages.feedback.ratelimit import client_key, limit_cache
from registry_pages.feedback.results import Quarter, quarterly_results
from registry_pages.models import FeedbackResultsPage, ServiceFeedback
from tests.registry_pages.services.support import card, catalogue, category

PAST = Quarter(2025, 1)  # the demo's answers are in recent quarters; these tests use an old one


@pytest.fixture
def service(site_root):
    cache.clear()
    limit_cache().clear()
    return card(catalogue(site_root, slug="t-feedback-services"), "Тестова услуга за отзиви", category("Тестова категория"))


@pytest.fixture
def results_page(site_root):
    page = FeedbackResultsPage(title="Тестови резултати", slug="t-feedback-results", intro="<p>Резултати.</p>")
    site_root.add_child(instance=page)
    page.save_revision().publish()
    return page


def _post(client, service, **data):
    return client.post(service.url + "feedback/", data, REMOTE_ADDR="203.0.113.7")


def _answers(service, quarter, yes, no, **extra):
    start = quarter.bounds()[0] + datetime.timedelta(days=3)
    ServiceFeedback.objects.bulk_create(
        ServiceFeedback(page=service, helpful=i < yes, language="bg", created_at=start + datetime.timedelta(hours=i), **extra)
        for i in range(yes + no)
    )


@pytest.mark.django_db
def test_card_asks_with_faces_labels_and_a_plain_post_form(client, service):
    html = client.get(service.url).content.decode()
    form = re.search(r'<section id="feedback".*?</section>', html, re.S).group(0)
    assert f'action="{service.url}feedback/"' in form and 'method="post"' in form
    assert "csrfmiddlewaretoken" not in form  # no token: the card stays cacheable
    assert form.count('<svg class="feedback__face"') == 2 and form.count('aria-hidden="true"') >= 2
    assert '<label for="feedback-yes">' in form and '<label for="feedback-no">' in form
    assert 'maxlength="500"' in form and "<script" not in form


@pytest.mark.django_db
def test_answer_is_stored_without_personal_data_and_thanks_the_citizen(client, service):
    response = _post(client, service, helpful="no", comment="  Липсва срокът за обжалване.  ")
    assert response.status_code == 303
    assert response["Location"] == f"{service.url}?feedback=thanks#feedback"
    answer = ServiceFeedback.objects.get(page=service)
    assert (answer.helpful, answer.comment, answer.language, answer.status) == (
        False, "Липсва срокът за обжалване.", "bg", ServiceFeedback.Status.PENDING)
    stored = {field.name for field in ServiceFeedback._meta.get_fields()}
    assert stored == {"id", "page", "helpful", "comment", "language", "created_at", "status", "moderated_at"}
    assert "203.0.113.7" not in client_key(client.get("/").wsgi_request, service)
    html = client.get(response["Location"]).content.decode()
    assert 'role="status"' in html


@pytest.mark.django_db
def test_sixth_answer_of_the_day_is_refused_with_a_message(client, service, settings):
    settings.REGISTRY_FEEDBACK_DAILY_LIMIT = 5
    for _ in range(5):
        assert _post(client, service, helpful="yes").status_code == 303
    response = _post(client, service, helpful="yes", comment="още")
    assert response.status_code == 429
    assert "try again tomorrow" in response.content.decode() or 'role="alert"' in response.content.decode()
    assert ServiceFeedback.objects.filter(page=service).count() == 5
    # another client is still welcome
    assert client.post(service.url + "feedback/", {"helpful": "yes"}, REMOTE_ADDR="198.51.100.2").status_code == 303


@pytest.mark.django_db
def test_bad_answers_change_nothing_and_say_why(client, service):
    too_long = _post(client, service, helpful="yes", comment="д" * 501)
    assert too_long.status_code == 400
    assert "501" in too_long.content.decode()
    missing = _post(client, service, comment="без отговор")
    assert missing.status_code == 400 and 'role="alert"' in missing.content.decode()
    assert client.get(service.url + "feedback/").status_code == 405
    assert not ServiceFeedback.objects.filter(page=service).exists()


@pytest.mark.django_db
def test_cross_site_posts_are_refused_and_the_card_needs_no_token(service):
    strict = Client(enforce_csrf_checks=True)
    page = strict.get(service.url)
    assert "csrftoken" not in page.cookies and "csrfmiddlewaretoken" not in page.content.decode()
    url = service.url + "feedback/"
    assert strict.post(url, {"helpful": "yes"}, headers={"Origin": "https://evil.example"}).status_code == 403
    assert strict.post(url, {"helpful": "yes"}, headers={"Sec-Fetch-Site": "cross-site"}).status_code == 403
    assert strict.post(url, {"helpful": "yes"}, headers={"Origin": "null"}).status_code == 403
    assert not ServiceFeedback.objects.filter(page=service).exists()
    assert strict.post(url, {"helpful": "yes"}, headers={"Origin": "http://testserver"}).status_code == 303
    assert ServiceFeedback.objects.filter(page=service).count() == 1


@pytest.mark.django_db
def test_results_count_per_service_and_quarter(service):
    _answers(service, PAST, yes=3, no=1)
    _answers(service, Quarter(2025, 2), yes=0, no=2)
    rows = {row.quarter: row for row in quarterly_results(service.locale_id) if row.service == service.title}
    assert (rows[PAST].helpful, rows[PAST].not_helpful, rows[PAST].helpful_percent) == (3, 1, 75)
    assert (rows[Quarter(2025, 2)].total, rows[Quarter(2025, 2)].helpful_percent) == (2, 0)


def test_quarters_parse_and_bound():
    assert Quarter.parse("2025-Q4") == Quarter(2025, 4) and Quarter.parse("2025-Q5") is None
    start, end = Quarter(2025, 4).bounds()
    assert (start.month, start.day, end.year, end.month) == (10, 1, 2026, 1)


@pytest.mark.django_db
def test_public_page_shows_chart_table_and_only_approved_comments(client, service, results_page, django_assert_max_num_queries):
    _answers(service, PAST, yes=3, no=1)
    for text, status in (("Одобрен коментар", "approved"), ("Чакащ коментар", "pending"), ("Отхвърлен коментар", "rejected")):
        _answers(service, PAST, yes=1, no=0, comment=text, status=status)
    with django_assert_max_num_queries(15):
        response = client.get(results_page.url, {"quarter": str(PAST)})
    html = response.content.decode()
    assert response.status_code == 200, html[:300]
    chart = re.search(r"<svg class=\"chart\".*?</svg>", html, re.S).group(0)
    assert 'role="img"' in chart and "<title id=\"chart-title\">" in chart and "<desc" in chart
    row = re.search(rf"<tr><th scope=\"row\"><a href=\"{service.url}\">{service.title}</a></th>(.*?)</tr>", html, re.S).group(1)
    assert re.findall(r"<td>(.*?)</td>", row) == ["6", "1", "7", "86%"]
    assert "6/7" in chart
    assert "Одобрен коментар" in html
    assert "Чакащ коментар" not in html and "Отхвърлен коментар" not in html


def test_chart_escapes_service_names():
    class Row:
        service, helpful, not_helpful, total, helpful_percent = "<script>x</script>", 1, 0, 1, 100

    svg = bar_chart([Row()], PAST)
    assert "<script>" not in svg and "&lt;script&gt;" in svg


@pytest.mark.django_db
def test_admin_report_exports_and_moderation_approves(client, service):
    _answers(service, PAST, yes=2, no=1)
    _answers(service, PAST, yes=0, no=1, comment="Моля, добавете срок.")
    admin = get_user_model().objects.create_superuser("t_feedback_admin", "a@example.org", "pw")
    client.force_login(admin)
    assert client.get("/admin/service-feedback-report/report/").status_code == 200
    export = client.get("/admin/service-feedback-report/report/", {"export": "csv"})
    assert export.status_code == 200
    content = b"".join(export.streaming_content) if export.streaming else export.content
    rows = list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))
    assert any(r[:7] == [str(PAST), service.title, "2", "2", "4", "50", "1"] for r in rows), rows[:3]
    assert client.get("/admin/service-feedback-report/report/", {"export": "xlsx"}).status_code == 200

    comment = ServiceFeedback.objects.get(page=service, comment="Моля, добавете срок.")
    listing = client.get("/admin/service-feedback/", {"status": "pending"}).content.decode()
    assert "Моля, добавете срок." in listing
    assert client.get("/admin/service-feedback/new/").status_code in (302, 403)
    response = client.post(f"/admin/service-feedback/edit/{comment.pk}/", {"status": "approved"})
    assert response.status_code == 302
    comment.refresh_from_db()
    assert comment.status == "approved" and comment.moderated_at is not None


def test_the_comment_hint_is_in_the_visitors_language():
    """It was formatted at import time and stayed Bulgarian on every pl/uk/en card."""
    from django.utils import translation

    from registry_pages.feedback.forms import FeedbackForm

    hints = {}
    for language in ("bg", "pl", "uk", "en"):
        with translation.override(language):
            hints[language] = str(FeedbackForm().fields["comment"].help_text)
    assert len(set(hints.values())) == 4, hints
    assert all("500" in hint for hint in hints.values())


@pytest.mark.django_db
def test_the_pr_expert_reads_the_comments_counted_in_the_report(client, service):
    from django.urls import reverse

    from tests.registry_pages.workflow.support import user_in

    _answers(service, PAST, yes=1, no=0, comment="Добре обяснено, благодаря.")
    _answers(service, PAST, yes=0, no=1, comment="Липсва срокът за изпълнение.")
    _answers(service, Quarter(2024, 4), yes=0, no=1, comment="Коментар от друго тримесечие.")
    pr_expert = user_in("PR experts", "t_feedback_pr")
    client.force_login(pr_expert)
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "/admin/service-feedback/" in home  # the PR expert's menu item "Feedback comments"

    report = client.get("/admin/service-feedback-report/report/").content.decode()
    row = next(r for r in report.split("<tr") if service.title in r and str(PAST) in r)
    link = re.search(r'<a href="([^"]+)">([^<]+)</a>', row)
    assert link and "2" in link[2]  # "2 comments", a link
    listing = client.get(link[1].replace("&amp;", "&"))
    assert listing.status_code == 200
    html = listing.content.decode()
    assert "Добре обяснено, благодаря." in html and "Липсва срокът за изпълнение." in html
    assert "Коментар от друго тримесечие." not in html


@pytest.mark.django_db
def test_the_comments_listing_exports_the_comments_with_a_utf8_mark(client, service):
    _answers(service, PAST, yes=0, no=1, comment="Липсва срокът за изпълнение.")
    _answers(service, PAST, yes=1, no=0)  # an answer without a comment is not a row
    admin = get_user_model().objects.create_superuser("t_feedback_csv", "c@example.org", "pw")
    client.force_login(admin)
    response = client.get("/admin/service-feedback/", {"export": "csv", "quarter": str(PAST)})
    content = b"".join(response.streaming_content)
    assert content.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))
    assert all(any(cell.strip() for cell in row) for row in rows), rows  # no blank lines
    assert len(rows) == 2
    record = dict(zip(rows[0], rows[1]))
    assert "Липсва срокът за изпълнение." in record.values() and service.title in record.values()
