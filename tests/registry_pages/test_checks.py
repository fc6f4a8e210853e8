"""The add-on's system checks: a wrong setting fails `manage.py check` with the
add-on's id; the project's settings and the add-on-alone site pass."""

import pytest
from django.core.checks import run_checks
from django.core.checks.registry import registry
from django.test import override_settings

FINISH_ACTION = "registry_pages.workflow.finish.publish_approved"


def addon_messages():
    """What the add-on's registered checks report (only checks Django runs count)."""
    return [
        message
        for check in registry.get_checks()
        if getattr(check, "__module__", "") == "registry_pages.checks"
        for message in check(app_configs=None)
    ]


def addon_ids():
    return [message.id for message in addon_messages()]


def test_the_checks_are_registered():
    names = {check.__name__ for check in registry.get_checks() if check.__module__ == "registry_pages.checks"}
    assert {"check_installed_apps", "check_workflow_settings", "check_numbers", "check_renamed_settings"} <= names


def test_the_current_settings_pass():
    """Run with cms.settings.test and with --ds=tests.addon_settings (the add-on alone)."""
    assert addon_ids() == []
    assert [message.id for message in run_checks() if message.id.startswith("registry_pages.")] == []


@pytest.mark.parametrize(
    "overrides, check_id",
    [
        ({"WAGTAIL_I18N_ENABLED": False}, "registry_pages.E003"),
        ({"WAGTAIL_CONTENT_LANGUAGES": []}, "registry_pages.E004"),
        ({"WAGTAIL_FINISH_WORKFLOW_ACTION": "wagtail.workflows.publish_workflow_state"}, "registry_pages.E005"),
        ({"WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT": False}, "registry_pages.E006"),
        ({"WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE": True}, "registry_pages.E007"),
        ({"REGISTRY_WORKFLOW_COSIGNATURES": ["treasurer"]}, "registry_pages.E008"),
        ({"REGISTRY_WORKFLOW_COSIGNATURES": "legal_adviser"}, "registry_pages.E008"),
        ({"REGISTRY_TRUSTED_PROXY_COUNT": -1}, "registry_pages.E009"),
        ({"REGISTRY_TRUSTED_PROXY_COUNT": "two"}, "registry_pages.E009"),
        ({"REGISTRY_PAGE_CACHE_TIMEOUT": -5}, "registry_pages.E010"),
        ({"REGISTRY_PAGE_CACHE_TIMEOUT": 1.5}, "registry_pages.E010"),
        ({"REGISTRY_STORED_PARTS_TIMEOUT": -1}, "registry_pages.E020"),
        ({"REGISTRY_STORED_PARTS_TIMEOUT": "ten minutes"}, "registry_pages.E020"),
        ({"REGISTRY_FEEDBACK_DAILY_LIMIT": 0}, "registry_pages.E011"),
        ({"REGISTRY_FEEDBACK_DAILY_LIMIT": True}, "registry_pages.E011"),
        ({"REGISTRY_SEARCH_TERMS_FUNCTION": "no_such_module.terms"}, "registry_pages.E012"),
        ({"REGISTRY_SEARCH_TERMS_FUNCTION": "registry_pages.checks.FINISH_ACTION"}, "registry_pages.E012"),
        ({"REGISTRY_QUERY_WORDS_FUNCTION": "no_such_module.words"}, "registry_pages.E019"),
        ({"REGISTRY_QUERY_WORDS_FUNCTION": "registry_pages.checks.FINISH_ACTION"}, "registry_pages.E019"),
        ({"REGISTRY_PAGE_CACHE_ALIAS": "pages"}, "registry_pages.E013"),
        ({"REGISTRY_PAGE_CACHE_EXCLUDE": "/admin/"}, "registry_pages.E014"),
        ({"REGISTRY_PAGE_CACHE_GENERATION_FILE": 42}, "registry_pages.E015"),
        ({"REGISTRY_PAGE_CACHE_MODELS": "search.SynonymSet"}, "registry_pages.E016"),
        ({"REGISTRY_PAGE_CACHE_MODELS": ["nowhere.Nothing"]}, "registry_pages.W002"),
        ({"REGISTRY_COMPLIANCE_REVIEW_MONTHS": 0}, "registry_pages.E018"),
        ({"REGISTRY_COMPLIANCE_REVIEW_MONTHS": "a year"}, "registry_pages.E018"),
        ({"PORTAL_PAGE_CACHE_TIMEOUT": 600}, "registry_pages.W001"),
        ({"PORTAL_TRUSTED_PROXY_COUNT": 1}, "registry_pages.W001"),
    ],
)
def test_a_wrong_setting_yields_its_id(overrides, check_id):
    with override_settings(**overrides):
        ids = addon_ids()
    assert ids == [check_id], ids


@pytest.mark.parametrize(
    "overrides",
    [
        {"REGISTRY_TRUSTED_PROXY_COUNT": 0},
        {"REGISTRY_TRUSTED_PROXY_COUNT": "2"},  # read from the environment unconverted
        {"REGISTRY_PAGE_CACHE_TIMEOUT": 0},
        {"REGISTRY_FEEDBACK_DAILY_LIMIT": 1},
        {"REGISTRY_SEARCH_TERMS_FUNCTION": ""},
        {"REGISTRY_SEARCH_TERMS_FUNCTION": "registry_pages.core.slugs.ascii_slug"},
        {"REGISTRY_PAGE_CACHE_ALIAS": "default"},
        {"REGISTRY_PAGE_CACHE_EXCLUDE": ("/admin/",)},
        {"REGISTRY_PAGE_CACHE_GENERATION_FILE": ""},
        {"REGISTRY_PAGE_CACHE_MODELS": ["wagtailcore.Site"]},
        {"REGISTRY_WORKFLOW_COSIGNATURES": ["legal_adviser", "chief_accountant"]},
        {"REGISTRY_WORKFLOW_COSIGNATURES": []},
    ],
)
def test_valid_values_pass(overrides):
    with override_settings(**overrides):
        assert addon_ids() == []


def test_the_errors_say_what_to_set():
    with override_settings(WAGTAIL_FINISH_WORKFLOW_ACTION=None):
        (message,) = addon_messages()
    assert message.is_serious()
    assert FINISH_ACTION in message.hint
    with override_settings(PORTAL_PAGE_CACHE_ALIAS="default"):
        (message,) = addon_messages()
    assert not message.is_serious()
    assert "REGISTRY_PAGE_CACHE_ALIAS" in message.msg


# INSTALLED_APPS is not overridden: that repopulates the app registry and runs
# every app's ready() again (wagtail-localize's API mounts its router twice and
# fails). The app checks read the registry, so the tests shape what it answers.


def test_a_missing_app_is_named(monkeypatch):
    from django.apps import apps

    installed = apps.is_installed
    monkeypatch.setattr(apps, "is_installed", lambda name: name != "wagtail.contrib.settings" and installed(name))
    messages = addon_messages()
    assert [m.id for m in messages] == ["registry_pages.E001"]
    assert "wagtail.contrib.settings" in messages[0].msg


def test_registry_pages_must_come_before_wagtail_localize(monkeypatch):
    from django.apps import apps

    configs = apps.get_app_configs()
    reordered = sorted(configs, key=lambda config: config.name == "registry_pages")  # registry_pages last
    monkeypatch.setattr(apps, "get_app_configs", lambda: reordered)
    assert addon_ids() == ["registry_pages.E002"]


def test_the_admin_translations_must_come_before_wagtails_apps(monkeypatch):
    from django.apps import apps

    configs = apps.get_app_configs()
    reordered = sorted(configs, key=lambda config: config.name == "registry_pages.admin_locale")  # last
    monkeypatch.setattr(apps, "get_app_configs", lambda: reordered)
    messages = [m for m in addon_messages() if m.id == "registry_pages.W003"]
    assert len(messages) == 1 and "registry_pages.admin_locale" in messages[0].hint
