"""What citizens opened after a query: counted per day, query and page, with nothing personal."""

import pytest
from django.contrib.auth import get_user_model

from search.models import SearchClickDay

pytestmark = pytest.mark.django_db


def _first_result_link(client, language, query):
    html = client.get(f"/{language}/search/", {"q": query}).content.decode()
    return html.split('<h3><a href="', 1)[1].split('"', 1)[0].replace("&amp;", "&")


def test_a_result_link_counts_the_opening_and_leads_to_the_page(client, card):
    heirs = card("heirs-certificate", "bg")
    link = _first_result_link(client, "bg", "Удостоверение  за наследници")
    response = client.get(link)
    assert response.status_code == 302 and response["Location"] == heirs.url
    client.get(link)
    row = SearchClickDay.objects.get(language="bg", page=heirs)
    assert (row.query, row.clicks) == ("удостоверение за наследници", 2)  # the logged, normalised query
    assert {f.name for f in SearchClickDay._meta.fields} == {"id", "date", "language", "query", "page", "clicks"}


def test_only_queries_that_were_asked_and_live_pages_of_the_language(client, card):
    heirs = card("heirs-certificate", "bg")
    response = client.get(f"/bg/search/go/{heirs.pk}/", {"q": "never asked free text"})
    assert response.status_code == 302  # still leads to the page
    assert not SearchClickDay.objects.exists()  # but stores nothing
    assert client.get(f"/bg/search/go/{card('heirs-certificate', 'pl').pk}/", {"q": "x"}).status_code == 404
    assert client.get("/bg/search/go/999999999/", {"q": "x"}).status_code == 404


def test_the_report_shows_what_was_opened_after_a_query(client, card):
    client.get("/en/search/", {"q": "frobnicate"})  # no result: listed in the report
    heirs = card("heirs-certificate", "en")
    client.get(f"/en/search/go/{heirs.pk}/", {"q": "frobnicate"})  # then the citizen found it another way
    client.force_login(get_user_model().objects.create_superuser("t_clicks", "c@example.org", "pw"))
    html = client.get("/admin/reports/searches-with-few-results/").content.decode()
    row = html.split("frobnicate", 1)[1].split("</tr>", 1)[0]
    assert f"{heirs.title} (1)" in row
