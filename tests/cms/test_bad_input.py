"""Bad query strings found by the fuzz suite (issue 13): each answers 200 or a clear 4xx, never a 500."""

import pytest
from wagtail.models import Page

from registry_pages.core.params import int_param
from registry_pages.core.user_query import backend_text, clean_query
from registry_pages.models import ActionPlanPage, NGORegisterPage, ServiceIndexPage
from search.models import SearchQueryDay
from tests.demo_mark import needs_demo

pytestmark = pytest.mark.django_db
HUGE = "99999999999999999999999"


def _bg(model):
    return model.objects.live().filter(locale__language_code="bg").first()


def test_clean_query_strips_control_characters_and_caps_the_length():
    assert clean_query("  a\x00b\x1f\u200b c  ") == "a b c"
    assert len(clean_query("ж" * 5000)) == 200
    assert backend_text('"unterminated it\'s NEAR( a* ^x') == "unterminated it s NEAR a x"


def test_int_param_refuses_unicode_digits_signs_and_out_of_range_numbers():
    assert int_param(" 12 ") == 12
    assert [int_param(v) for v in ("\u00b2", "-1", "+5", HUGE, "1e3", "", None, "12a")] == [None] * 8


@needs_demo
@pytest.mark.parametrize("q", ["a\x00b", '"', "'", 'a"b\'c'])
def test_search_page_with_nul_or_a_lone_quote_shows_the_cleaned_query(client, q):
    response = client.get("/bg/search/", {"q": q})
    assert response.status_code == 200
    assert response.context["search_query"] == clean_query(q)
    assert "\x00" not in response.content.decode()


@needs_demo
def test_search_page_logs_a_query_with_nul_without_the_nul(client):
    assert client.get("/bg/search/", {"q": "удостоверение\x00"}).status_code == 200
    logged = [day.query for day in SearchQueryDay.objects.all() if "удостоверение" in day.query]
    assert logged and all("\x00" not in query for query in logged)


@needs_demo
def test_search_page_with_an_out_of_range_category_lists_all_results(client):
    response = client.get("/bg/search/", {"q": "удостоверение", "category": HUGE, "page": HUGE})
    assert response.status_code == 200
    assert response.context["selected_category"] is None and response.context["result_count"] > 0


@needs_demo
@pytest.mark.parametrize("q", ['"', 'уд"', "a\x00b", "'"])
def test_suggestions_with_a_lone_quote_or_nul_answer_json(client, q):
    response = client.get("/bg/search/suggest", {"q": q})
    assert response.status_code == 200
    assert response.json()["query"] == clean_query(q)


@needs_demo
@pytest.mark.parametrize("params", [{"q": '"'}, {"q": "a\x00b"}, {"field": "\u00b2"}, {"field": HUGE}, {"page": HUGE}])
def test_ngo_register_with_bad_parameters_answers_200(client, params):
    register = _bg(NGORegisterPage)
    response = client.get(register.url, params)
    assert response.status_code == 200
    assert "\x00" not in response.content.decode()


@needs_demo
def test_ngo_register_search_with_only_a_quote_finds_nothing_and_says_so(client):
    register = _bg(NGORegisterPage)
    response = client.get(register.url, {"q": '"'})
    assert response.status_code == 200 and response.context["result_count"] == 0


@needs_demo
@pytest.mark.parametrize("params", [{"category": HUGE}, {"category": "\u00b2"}, {"page": HUGE}])
def test_service_catalogue_with_bad_numbers_answers_200(client, params):
    assert client.get(_bg(ServiceIndexPage).url, params).status_code == 200


@needs_demo
@pytest.mark.parametrize("owner", ["\u00b2", HUGE, "-1"])
def test_action_plan_and_its_calendar_ignore_a_bad_owner(client, owner):
    plan = _bg(ActionPlanPage)
    assert client.get(plan.url, {"owner": owner}).status_code == 200
    assert client.get(plan.url + "deadlines.ics", {"owner": owner}).status_code == 200


# ---- API v2: JSON 4xx, never a redirect to an HTML page -------------------------------------------

def _json_error(response, status):
    assert response.status_code == status
    assert response["Content-Type"].startswith("application/json")
    return response.json()["message"]


@needs_demo
@pytest.mark.parametrize("search", ['"', "a\x00b", "it's \"x"])
def test_api_search_with_a_lone_quote_or_nul_answers_200(client, search):
    assert client.get("/api/v2/pages/", {"search": search + " удостоверение"}).status_code == 200


@needs_demo
@pytest.mark.parametrize("search", ["   ", '"', "\x00"])
def test_api_search_without_words_is_a_400(client, search):
    assert _json_error(client.get("/api/v2/pages/", {"search": search}), 400) == "search: give at least one word to search for"


@needs_demo
def test_api_unknown_search_operator_is_a_400(client):
    message = _json_error(client.get("/api/v2/pages/", {"search": "a", "search_operator": "xor"}), 400)
    assert message == "search_operator must be 'and' or 'or'"


@needs_demo
def test_api_unknown_locale_is_a_json_400_naming_the_languages(client):
    message = _json_error(client.get("/api/v2/pages/", {"locale": "xx"}), 400)
    assert message == "locale: unknown language 'xx'; use one of bg, en, pl, uk"


@needs_demo
@pytest.mark.parametrize("path", ["/api/v2/pages/999999/", f"/api/v2/pages/{HUGE}/", "/api/v2/images/999999/"])
def test_api_missing_object_is_a_json_404_not_a_redirect(client, path):
    assert _json_error(client.get(path), 404)


@needs_demo
@pytest.mark.parametrize("name", ["offset", "limit"])
@pytest.mark.parametrize("value", [HUGE, "-1", "\u00b2"])
def test_api_out_of_range_offset_or_limit_is_a_400_naming_it(client, name, value):
    assert _json_error(client.get("/api/v2/pages/", {name: value}), 400).startswith(f"{name} must be a whole number")


@needs_demo
@pytest.mark.parametrize("params", [{"child_of": HUGE}, {"descendant_of": HUGE}, {"id": HUGE}, {"type": "no.Such"}])
def test_api_bad_filters_are_a_json_4xx(client, params):
    response = client.get("/api/v2/pages/", params)
    assert response.status_code in (200, 400) and response["Content-Type"].startswith("application/json")


@needs_demo
@pytest.mark.parametrize("value", ["abc", HUGE, "\u00b2"])
def test_api_find_with_a_bad_id_is_a_json_404(client, value):
    assert _json_error(client.get("/api/v2/pages/find/", {"id": value}), 404) == "not found"


@needs_demo
def test_an_unknown_url_without_a_language_is_still_redirected(client):
    response = client.get("/no-such-page/")
    assert response.status_code == 302 and response["Location"].startswith("/bg/")
    assert Page.objects.exists()
