"""The translation editor has a way forward: the editor submits from it, the reviewer of
the current step approves or requests changes from it (workflow/editor_actions.py)."""

import pytest
from django.urls import reverse
from django.utils import translation as i18n
from django.utils.html import escape

from registry_pages.workflow.completeness import Progress, cannot_submit_message
from tests.registry_pages.workflow.support import as_user, current_task_state, step_name
from tests.registry_pages.workflow.test_translation_completeness import (
    _half_translated_page,
    _live_source,
    _polish,
    _speaks,
    _submit_url,
    _submitted_complete_translation,
    _translate,
)

pytestmark = pytest.mark.django_db


def _editor(client, page):
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert "wagtail_localize" in html or "editTranslation" in html or "edit-translation" in html  # localize's editor
    return html


def _panel(html):
    """The add-on's panel above the editor (empty when there is none)."""
    start = html.find("data-translation-editor-actions")
    return html[start:start + 4000] if start >= 0 else ""


def test_a_complete_translation_is_submitted_from_its_editor(client, site_root, locales, pr_expert):
    source = _live_source(site_root, pr_expert)
    _translate(source, _polish(site_root, locales)).save_target(user=pr_expert, publish=False)
    page = source.get_translation(locales["pl"])
    as_user(client, _speaks(pr_expert, "en"))
    panel = _panel(_editor(client, page))
    assert "Submit translation for approval" in panel and _submit_url(page) in panel
    assert "4 of 4 strings translated" in panel


def test_a_half_translated_page_says_what_is_missing_and_offers_no_submit(client, site_root, locales, pr_expert):
    _source, _translation, page = _half_translated_page(site_root, locales, pr_expert)
    as_user(client, _speaks(pr_expert, "pl"))
    panel = _panel(_editor(client, page))
    with i18n.override("pl"):
        assert escape(cannot_submit_message(Progress(1, 4))) in panel
    assert _submit_url(page) not in panel


def test_the_reviewer_approves_from_the_translation_editor(client, site_root, locales, pr_expert, secretary):
    _source, _translation, page = _submitted_complete_translation(client, site_root, locales, pr_expert)
    task_state = current_task_state(page)
    approve = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])

    as_user(client, _speaks(pr_expert, "en"))  # the author waits: nothing to do here
    assert approve not in _editor(client, page)

    as_user(client, _speaks(secretary, "en"))
    panel = _panel(_editor(client, page))
    assert "Awaiting your review: Secretary review" in panel
    assert f'action="{approve}"' in panel and 'method="post"' in panel
    assert "Request changes" in panel
    reject = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "reject", task_state.pk])
    first_form = panel[panel.index("<form"):panel.index("</form>")]
    assert f'action="{approve}"' in first_form and ">Approve<" in first_form, "Approve is the first (main) action"
    assert panel.index(f'action="{approve}"') < panel.index(f'action="{reject}"')
    response = client.post(approve, {"comment": "Checked against the original."})
    assert response.status_code == 302
    assert step_name(page) == "Mayor approval"
