"""The home page is built around what citizens most often need: search first, top services,
next receptions, plan progress and what changed, in a bounded number of queries."""

import re

import pytest
from django.utils import timezone

from registry_pages.models import ActionPlanPage, ServiceCardPage
from search.models import SearchClickDay

pytestmark = pytest.mark.django_db


def _html(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_search_comes_before_every_other_block(client):
    html = _html(client, "/pl/")
    main = html[html.index('<main'):]
    assert main.index('role="search"') < main.index('id="top-services-heading"') < main.index('id="sections-heading"')
    assert 'id="site-search-q"' not in html  # one search box on the page: the big one


def test_the_services_opened_most_from_the_search_come_first(client):
    cards = list(ServiceCardPage.objects.live().filter(locale__language_code="bg").order_by("-title")[:2])
    for clicks, card in zip((3, 9), cards):
        SearchClickDay.objects.create(date=timezone.localdate(), language="bg", query="x", page=card, clicks=clicks)
    html = _html(client, "/bg/")
    block = re.search(r'id="top-services-heading".*?</section>', html, re.S).group(0)
    titles = re.findall(r'<li><a href="[^"]+">([^<]+)</a></li>', block)
    assert titles[:2] == [cards[1].title, cards[0].title] and len(titles) == 6


def test_receptions_plan_progress_and_changes_link_to_their_pages(client):
    html = _html(client, "/en/")
    plan = ActionPlanPage.objects.live().get(locale__language_code="en")
    done = plan.get_children().live().filter(actionitempage__status="done").count()
    total = plan.get_children().live().count()
    assert f"{done} of {total} tasks done" in html
    assert f'href="{plan.url}"' in html
    assert re.search(r'id="receptions-heading".*?<time datetime="\d{4}-\d\d-\d\dT\d\d:\d\d">', html, re.S)
    assert 'href="/en/changes/"' in html


@pytest.mark.parametrize("lang", ["bg", "uk"])
def test_home_stays_within_its_query_budget(client, lang, django_assert_max_num_queries):
    client.get(f"/{lang}/")  # warm the process caches (layout, calendars)
    from django.core.cache import cache
    cache.clear()
    # The layout's queries plus the top tasks: one for the top services, two for the next receptions,
    # two for what changed, two for the plan's progress; the same whatever the amount of content.
    with django_assert_max_num_queries(20):
        assert client.get(f"/{lang}/").status_code == 200
