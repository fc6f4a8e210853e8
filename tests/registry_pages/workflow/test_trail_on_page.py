"""The approval trail as a citizen reads it on a card: it agrees with "Last reviewed",
it is computed once per page, and names keep their script on every language version."""

import datetime

import pytest
from django.utils import timezone, translation
from django.utils.translation import gettext

from registry_pages.workflow.trail import approval_trail, last_reviewed_on
from tests.registry_pages.services.support import card, catalogue, category
from tests.registry_pages.workflow.support import current_task_state, reload

pytestmark = pytest.mark.django_db


def _approved_card(site_root, pr_expert, secretary, mayor, **fields):
    page = card(catalogue(site_root), "Удостоверение за наследници", category("Гражданско състояние"), live=False,
                **fields)
    page.get_workflow().start(page, pr_expert)
    current_task_state(page).approve(user=secretary)
    current_task_state(page).approve(user=mayor)
    return reload(page).specific


def test_an_approved_card_is_not_called_unreviewed(client, site_root, pr_expert, secretary, mayor):
    page = _approved_card(site_root, pr_expert, secretary, mayor)
    assert page.live and page.last_reviewed is None
    html = client.get(page.url).content.decode()
    with translation.override("bg"):
        label, never = gettext("Last reviewed"), gettext("not yet reviewed")
    assert "T_Mayor" in html
    reviewed = html.split(f"<dt>{label}</dt>", 1)[1].split("</dd>", 1)[0]
    assert f'<time datetime="{timezone.localdate().isoformat()}">' in reviewed
    assert never not in html


def test_the_later_of_entered_and_approved_dates_counts(site_root, pr_expert, secretary, mayor):
    page = _approved_card(site_root, pr_expert, secretary, mayor, last_reviewed=datetime.date(2020, 1, 15))
    assert last_reviewed_on(page) == timezone.localdate()
    page.last_reviewed = timezone.localdate() + datetime.timedelta(days=3)
    assert last_reviewed_on(page) == page.last_reviewed


def test_an_unapproved_card_still_says_not_yet_reviewed(client, site_root):
    page = card(catalogue(site_root), "Скица на имот", category("Устройство на територията"))
    html = client.get(page.url).content.decode()
    assert last_reviewed_on(page) is None
    with translation.override("bg"):
        assert gettext("not yet reviewed") in html and 'class="approval-trail"' not in html


def test_the_trail_is_read_once_per_page(site_root, pr_expert, secretary, mayor, django_assert_num_queries):
    page = _approved_card(site_root, pr_expert, secretary, mayor)
    first = approval_trail(page)
    with django_assert_num_queries(0):
        assert approval_trail(page) == first and last_reviewed_on(page) == timezone.localdate()


def test_names_keep_their_script_and_are_marked_with_their_language(site_root, pr_expert, secretary, mayor, settings):
    from django.template.loader import render_to_string
    from django.test import RequestFactory

    mayor.first_name, mayor.last_name = "Елена", "Димитрова"
    mayor.save()
    page = _approved_card(site_root, pr_expert, secretary, mayor)
    request = RequestFactory().get("/")
    html = render_to_string("registry_pages/includes/approval_trail.html", {"page": page, "request": request})
    assert '<span class="approval-trail__name">Елена Димитрова</span>' in html  # a bg page: no lang needed
    page.locale = type(page.locale)(language_code="pl")  # the Polish version of the same record
    html = render_to_string("registry_pages/includes/approval_trail.html", {"page": page, "request": request})
    assert '<span class="approval-trail__name" lang="bg">Елена Димитрова</span>' in html
