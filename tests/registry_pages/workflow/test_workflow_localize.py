"""wagtail-localize's own buttons keep to the publication approval
(registry_pages/workflow/localize_views.py, registry_pages/workflow/localize_hooks.py)."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.messages import get_messages
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation

from tests.demo_mark import needs_demo
from tests.registry_pages.workflow.side_door.support import (
    UNAPPROVED,
    Targets,
    home_in,
    live_page,
    set_string,
    translate,
)
from tests.registry_pages.workflow.support import as_user, reload

pytestmark = [pytest.mark.django_db, needs_demo]


@pytest.fixture
def admin(db):
    return get_user_model().objects.create_superuser("t_loc_admin", "admin@example.org", "pw")


@pytest.fixture
def targets(pr_expert):
    return Targets.build("pl", pr_expert)


def _convert(client, page, capture):
    with capture(execute=True):
        return client.post(reverse("wagtail_localize:convert_to_alias", args=[page.pk]))


@pytest.mark.parametrize("role", ["pr_expert", "secretary"])
@pytest.mark.parametrize("kind", ["draft_translation", "live_translation"])
def test_convert_to_alias_is_refused_to_those_who_may_not_publish(
    client, request, targets, role, kind, django_capture_on_commit_callbacks
):
    page = getattr(targets, kind)
    response = _convert(as_user(client, request.getfixturevalue(role)), page, django_capture_on_commit_callbacks)
    after = reload(page)
    assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert [m.level_tag for m in get_messages(response.wsgi_request)] == ["error"]  # "Only someone who may publish…"
    assert (after.alias_of_id, after.live, after.title) == (None, page.live, page.title)
    assert Translation.objects.filter(pk=targets.translations[kind].pk).exists()


def test_an_administrator_may_still_convert_to_alias(client, admin, targets, django_capture_on_commit_callbacks):
    page = targets.draft_translation
    _convert(as_user(client, admin), page, django_capture_on_commit_callbacks)
    assert reload(page).alias_of_id is not None and reload(page).live


def test_the_translation_editor_offers_convert_to_alias_only_to_publishers(client, pr_expert, admin, targets):
    url = reverse("wagtailadmin_pages:edit", args=[targets.live_translation.pk])
    alias_url = reverse("wagtail_localize:convert_to_alias", args=[targets.live_translation.pk])
    assert alias_url not in as_user(client, pr_expert).get(url).content.decode()
    assert alias_url in as_user(client, admin).get(url).content.decode()


def test_the_page_editor_menu_offers_convert_to_alias_only_to_publishers(client, pr_expert, admin, targets):
    page = targets.live_translation
    Translation.objects.filter(pk=targets.translations["live_translation"].pk).update(enabled=False)  # stopped
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert 'name="localize-convert-to-alias"' not in as_user(client, pr_expert).get(url).content.decode()
    assert 'name="localize-convert-to-alias"' in as_user(client, admin).get(url).content.decode()


def test_restarting_a_translation_changes_nothing_public(client, pr_expert, targets):
    page = targets.live_translation
    translation = targets.translations["live_translation"]
    Translation.objects.filter(pk=translation.pk).update(enabled=False)
    as_user(client, pr_expert).post(reverse("wagtailadmin_pages:edit", args=[page.pk]), {"localize-restart-translation": "1"})
    assert Translation.objects.get(pk=translation.pk).enabled
    assert Page.objects.get(pk=page.pk).title == page.title


def test_translating_an_alias_keeps_its_public_content_until_approved(
    client, pr_expert, admin, targets, django_capture_on_commit_callbacks
):
    """The scenario of the report: a translator edits a string, the page becomes an
    alias again, and "Translate this page" is used once more."""
    page = targets.live_translation
    source = page.get_translation(Locale.objects.get(language_code="bg"))
    _convert(as_user(client, admin), page, django_capture_on_commit_callbacks)  # an administrator's decision
    public_title = reload(page).title
    assert reload(page).alias_of_id == source.pk

    url = reverse("wagtail_localize:submit_page_translation", args=[source.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = as_user(client, pr_expert).post(url, {"locales": [str(page.locale_id)]})
    assert response.status_code == 302
    after = reload(page)
    assert after.alias_of_id is None and after.live
    assert after.title == public_title and UNAPPROVED not in after.title  # citizens: unchanged
    assert after.has_unpublished_changes
    assert after.get_latest_revision_as_object().title == f"{UNAPPROVED} edited"  # waiting for approval


def test_translating_a_subtree_leaves_live_children_unchanged(client, pr_expert, django_capture_on_commit_callbacks):
    bg_home, en_home = home_in("bg"), home_in("en")
    parent = live_page(bg_home, pr_expert, title="Door subtree parent")
    child = live_page(parent, pr_expert, title="Door subtree child")
    parent_en = parent.create_alias(parent=en_home, update_locale=en_home.locale, reset_translation_key=False)
    translation, child_en = translate(child, "en", "Door child en", pr_expert, publish=True)
    assert child_en.get_parent().pk == parent_en.pk and child_en.live
    set_string(translation, f"{UNAPPROVED} child")

    url = reverse("wagtail_localize:submit_page_translation", args=[parent.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = as_user(client, pr_expert).post(url, {"locales": [str(en_home.locale_id)], "include_subtree": "on"})
    assert response.status_code == 302
    child_after, parent_after = reload(child_en), reload(parent_en)
    assert child_after.title == "Door child en" and child_after.has_unpublished_changes
    assert child_after.get_latest_revision_as_object().title == f"{UNAPPROVED} child"
    assert parent_after.live and parent_after.title == "Door subtree parent" and parent_after.alias_of_id is None


@pytest.mark.parametrize("role", ["pr_expert", "secretary"])
def test_sync_never_offers_publish_immediately(client, request, admin, targets, role):
    """Not to admins either: after a sync the source's new strings have no translation yet."""
    url = reverse("wagtail_localize:update_translations", args=[targets.translations["live_translation"].source_id])
    user = request.getfixturevalue(role)
    if not user.has_perm("wagtail_localize.submit_translation"):
        user.user_permissions.add(*_submit_translation_permission())
        user = get_user_model().objects.get(pk=user.pk)
    hidden = as_user(client, user).get(url).content.decode()
    assert 'type="hidden" name="publish_translations"' in hidden and 'type="checkbox" name="publish_translations"' not in hidden
    for_admin = as_user(client, admin).get(url).content.decode()
    assert 'type="checkbox" name="publish_translations"' not in for_admin


def test_sync_as_a_pr_expert_leaves_live_translations_as_they_are(
    client, pr_expert, targets, django_capture_on_commit_callbacks
):
    page = targets.live_translation
    url = reverse("wagtail_localize:update_translations", args=[targets.translations["live_translation"].source_id])
    with django_capture_on_commit_callbacks(execute=True):
        response = as_user(client, pr_expert).post(url, {"publish_translations": "on"})
    assert response.status_code == 302
    assert Page.objects.get(pk=page.pk).title == page.title


def _submit_translation_permission():
    from django.contrib.auth.models import Permission

    return Permission.objects.filter(content_type__app_label="wagtail_localize", codename="submit_translation")


def test_an_alias_is_not_submitted_for_approval(client, pr_expert, targets):
    """An alias has no text of its own (and no revision): it is translated first."""
    url = reverse("registry_pages_workflow:submit_translation", args=[targets.alias.pk])
    response = as_user(client, pr_expert).post(url)
    assert response.status_code == 302
    assert not reload(targets.alias).workflow_in_progress and reload(targets.alias).alias_of_id
