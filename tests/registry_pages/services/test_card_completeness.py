"""A service card goes to the approvers only complete (issue 16, "Completeness before publishing").

A summary, documents or "no documents required", a fee (0 when free), a processing
time and a place to apply: without one, the card cannot be submitted, approved or
published, by anyone, at any door; the editor sees the score and what is missing,
in the editor and in the explorer listing. (services/completeness.py, workflow/content.py)
"""

import pytest
from django.contrib.messages import get_messages
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation as i18n
from django.utils.html import escape
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from registry_pages.models import ServiceCardPage
from registry_pages.services.completeness import CARD_ITEMS
from registry_pages.workflow.content import (
    Checklist,
    cannot_submit_message,
    checklist_for,
    field_error,
)
from registry_pages.workflow.models import IncompleteContent
from tests.registry_pages.services.support import card, catalogue, category, department
from tests.registry_pages.workflow.support import (
    as_user,
    current_task_state,
    reload,
    step_name,
    superuser,
    workflow_action,
)
from tests.registry_pages.workflow.test_translation_completeness import _speaks

pytestmark = pytest.mark.django_db

LABELS = {item.key: item.label for item in CARD_ITEMS}
FULL = {
    "summary": "Кратко описание.",
    "documents": [("document", {"name": "Лична карта", "note": "", "form": ""})],
    "fees": [("fee", {"variant": "обикновена", "amount": "5,00", "currency": "EUR", "note": ""})],
    "times": [("time", {"variant": "обикновена", "kind": "period", "minimum": "", "maximum": "7",
                        "unit": "working_days", "as_written": "", "note": ""})],
}
# What each item's gap looks like in the editor's form.
GAPS = {
    "summary": {"summary": ""},
    "documents": {"required_documents": streamfield([])},
    "fee": {"fees": streamfield([])},
    "processing_time": {"processing_times": streamfield([])},
    "place_to_apply": {"in_person_department": ""},
}


@pytest.fixture
def draft_card(site_root):
    index = catalogue(site_root)
    page = card(index, "Удостоверение за семейно положение", category("Гражданско състояние"), live=False,
                in_person_department=department())
    return ServiceCardPage.objects.get(pk=page.pk)


def card_form(page, **changes):
    return nested_form_data({
        "title": page.title, "slug": page.slug, "seo_title": "", "search_description": "",
        "summary": FULL["summary"], "category": page.category_id, "who_may_apply": page.who_may_apply,
        "legal_basis": streamfield([]), "result": page.result, "appeal": page.appeal,
        "responsible_department": "", "contact_position": "", "last_reviewed": "",
        "required_documents": streamfield(FULL["documents"]),
        "fees": streamfield(FULL["fees"]), "processing_times": streamfield(FULL["times"]),
        "in_person_department": page.in_person_department_id or "", "in_person_room": "", "in_person_hours": "",
        "in_person_note": "", "online_url": "", "payment_url": "", "by_post": "",
        "code": "", "fee_exemptions": "", "payment_account": "",
        "places": streamfield([]), "contacts": streamfield([]),
        "related_services": inline_formset([]), "comments": inline_formset([]),
        **changes,
    })


def post_editor(client, page, action, **changes):
    data = card_form(page, **changes)
    data[action] = "1"
    return client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)


def _label(key, language):
    with i18n.override(language):
        return str(LABELS[key])


def _messages(response):
    return [str(m) for m in get_messages(response.wsgi_request)]


# -- the page editor: submit ---------------------------------------------------------------


@pytest.mark.parametrize(("key", "language"), [
    ("summary", "bg"), ("documents", "pl"), ("fee", "bg"), ("processing_time", "pl"), ("place_to_apply", "bg"),
])
def test_each_missing_item_refuses_submit_and_names_it(client, draft_card, pr_expert, key, language):
    as_user(client, _speaks(pr_expert, language))
    response = post_editor(client, draft_card, "action-submit", **GAPS[key])
    assert response.status_code == 200  # the form again, the editor's text kept
    html = response.content.decode()
    assert escape(_label(key, language)) in html
    with i18n.override(language):
        [item] = [item for item in CARD_ITEMS if item.key == key]
        assert escape(field_error(item)) in html  # on the field, in the editor's language
        others = tuple(other for other in CARD_ITEMS if other is not item)
        summary = cannot_submit_message(Checklist(done=others, missing=(item,)))
        assert escape(summary) in html  # and at the top, with the score: "(5 of 6 filled in)"
    assert not reload(draft_card).workflow_in_progress


def test_saving_a_draft_with_gaps_is_allowed_and_the_editor_shows_the_score(client, draft_card, pr_expert):
    as_user(client, _speaks(pr_expert, "pl"))
    response = post_editor(client, draft_card, "action-save", processing_times=streamfield([]), in_person_department="")
    assert response.status_code == 302
    html = client.get(reverse("wagtailadmin_pages:edit", args=[draft_card.pk])).content.decode()
    assert 'data-done="4" data-total="6"' in html
    with i18n.override("pl"):
        assert escape(str(checklist_for(reload(draft_card).specific.get_latest_revision_as_object()))) in html
        assert escape(str(LABELS["processing_time"])) in html and escape(str(LABELS["place_to_apply"])) in html


def test_a_new_card_starts_at_zero(client, draft_card, pr_expert):
    as_user(client, pr_expert)
    url = reverse("wagtailadmin_pages:add", args=["registry_pages", "servicecardpage", draft_card.get_parent().pk])
    response = client.get(url)
    assert response.status_code == 200 and 'data-done="0" data-total="6"' in response.content.decode()


def test_a_complete_card_is_submitted(client, draft_card, pr_expert):
    as_user(client, pr_expert)
    response = post_editor(client, draft_card, "action-submit")
    assert response.status_code == 302
    assert step_name(draft_card) == "Secretary review"


def test_the_free_and_no_documents_card_is_complete(client, draft_card, pr_expert):
    """A free service: one fee row with amount 0; no documents: the explicit flag."""
    as_user(client, pr_expert)
    free = [("fee", {"variant": "обикновена", "amount": "0", "currency": "EUR", "note": ""})]
    response = post_editor(client, draft_card, "action-submit", fees=streamfield(free),
                           required_documents=streamfield([]), no_documents_required="on", in_person_department="",
                           online_url="https://example.org/e-service")
    assert response.status_code == 302
    assert step_name(draft_card) == "Secretary review"


# -- admins cannot publish it either ---------------------------------------------------------


def test_an_admin_cannot_publish_an_incomplete_card(client, draft_card):
    as_user(client, _speaks(superuser(), "bg"))
    response = post_editor(client, draft_card, "action-publish", fees=streamfield([]))
    assert response.status_code == 200 and escape(_label("fee", "bg")) in response.content.decode()
    assert not reload(draft_card).live


def test_the_bulk_publish_is_refused(client, draft_card):
    draft_card.processing_times = []
    draft_card.save_revision()
    as_user(client, superuser())
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"]) + f"?id={draft_card.pk}"
    response = client.post(url, {"include_descendants": ""})
    assert response.status_code == 302
    assert any(draft_card.title in text for text in _messages(response))
    assert not reload(draft_card).live


# -- the approval: a card that lost an item after submission -----------------------------------


def test_approval_is_refused_for_an_incomplete_revision(client, draft_card, pr_expert, secretary):
    as_user(client, pr_expert)
    post_editor(client, draft_card, "action-submit")
    task_state = current_task_state(draft_card)
    # The revision under review lacks its fee (written around the editor, e.g. by a script).
    page = draft_card.get_latest_revision_as_object()
    page.fees = []
    task_state.revision = page.save_revision(user=pr_expert)
    task_state.save(update_fields=["revision"])

    task = task_state.task.specific
    assert [name for name, _label, _modal in task.get_actions(reload(draft_card).specific, secretary)] == ["reject"]
    with pytest.raises(IncompleteContent):
        task.on_action(task_state, secretary, "approve")
    workflow_action(as_user(client, secretary), draft_card, "approve")
    assert not reload(draft_card).live and step_name(draft_card) == "Secretary review"


# -- the explorer listing ------------------------------------------------------------------------


def test_the_listing_tags_each_card_without_a_query_per_row(client, site_root, django_assert_max_num_queries):
    index = catalogue(site_root)
    cat, place = category("Гражданско състояние"), department()
    card(index, "Пълна карта", cat, in_person_department=place)
    as_user(client, _speaks(superuser(), "uk"))
    url = reverse("wagtailadmin_explore", args=[index.pk])
    client.get(url)
    with CaptureQueriesContext(connection) as one_card:
        html = client.get(url).content.decode()
    assert 'data-done="6" data-total="6"' in html

    for number in range(12):
        card(index, f"Непълна карта {number}", cat)  # no place to apply
    with django_assert_max_num_queries(len(one_card) + 12 * 3):  # wagtail-localize's buttons: up to 3 a row
        html = client.get(url).content.decode()
    assert html.count('data-done="5" data-total="6"') == 12
    with i18n.override("uk"):
        assert escape(str(LABELS["place_to_apply"])) in html
    # ... and no row loads its deferred StreamFields: the listing's one query annotates them.
    with CaptureQueriesContext(connection) as many:
        client.get(url)

    def reading_fees(captured):
        return [q["sql"] for q in captured.captured_queries if '"fees"' in q["sql"]]

    assert len(reading_fees(many)) == len(reading_fees(one_card)) == 1
    assert client.get(url, {"q": "Непълна"}).status_code == 200  # searching the listing still works
    assert checklist_for(Page.objects.get(pk=index.get_children().first().pk)).total == 6  # a plain Page is read as its type


def test_each_translation_is_evaluated_on_its_own_content(site_root, locales):
    index = catalogue(site_root)
    source = card(index, "Карта с превод", category("Гражданско състояние"), in_person_department=department())
    polish = source.copy_for_translation(locales["pl"], copy_parents=True)
    polish.summary = ""
    polish.save_revision(clean=False)
    assert checklist_for(ServiceCardPage.objects.get(pk=source.pk)).complete
    checklist = checklist_for(ServiceCardPage.objects.get(pk=polish.pk).get_latest_revision_as_object())
    assert [item.key for item in checklist.missing] == ["summary"]
