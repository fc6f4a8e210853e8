"""Admin sign-in under a password-guessing attack (django-axes, cms/settings/base.py)."""

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.test import Client

LOGIN = "/admin/login/"


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_user("t_lock_editor", "l@example.org", "right-password", is_superuser=True)


def _sign_in(client, username, password, address="203.0.113.20", **extra):
    return client.post(LOGIN, {"username": username, "password": password, "next": "/admin/"}, REMOTE_ADDR=address, **extra)


def test_sixth_attempt_is_refused_even_with_the_right_password(editor, settings):
    client = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        response = _sign_in(client, "t_lock_editor", "wrong")
        assert response.status_code == 200  # the form again, with its error
    locked = _sign_in(client, "t_lock_editor", "wrong")
    assert locked.status_code == 429
    response = _sign_in(client, "t_lock_editor", "right-password")
    assert response.status_code == 429
    html = response.content.decode()
    assert 'role="alert"' in html and "15" in html
    assert "_auth_user_id" not in client.session
    assert client.get("/admin/").status_code == 302  # still signed out


def test_lockout_is_per_user_and_address(editor, settings):
    get_user_model().objects.create_user("t_lock_other", "o@example.org", "other-password", is_superuser=True)
    for _ in range(settings.AXES_FAILURE_LIMIT):
        _sign_in(Client(), "t_lock_editor", "wrong")
    other = Client()
    assert _sign_in(other, "t_lock_other", "other-password").status_code == 302  # another user: not locked
    elsewhere = Client()
    assert _sign_in(elsewhere, "t_lock_editor", "right-password", address="198.51.100.30").status_code == 302


def test_fewer_failures_then_success_resets_the_count(editor, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        _sign_in(Client(), "t_lock_editor", "wrong")
    assert _sign_in(Client(), "t_lock_editor", "right-password").status_code == 302
    assert not AccessAttempt.objects.filter(username="t_lock_editor", failures_since_start__gt=0).exists()


def test_lockout_counts_the_citizen_behind_the_proxy(editor, settings):
    settings.REGISTRY_TRUSTED_PROXY_COUNT = 1
    for _ in range(settings.AXES_FAILURE_LIMIT):
        _sign_in(Client(), "t_lock_editor", "wrong", address="10.0.0.2", HTTP_X_FORWARDED_FOR="198.51.100.7")
    assert AccessAttempt.objects.get(username="t_lock_editor").ip_address == "198.51.100.7"
    # the same proxy, another client behind it: not locked
    assert _sign_in(Client(), "t_lock_editor", "right-password", address="10.0.0.2",
                    HTTP_X_FORWARDED_FOR="198.51.100.8").status_code == 302


@pytest.mark.parametrize("language, text", [("bg", "Твърде много неуспешни опита за вход"),
                                            ("pl", "Zbyt wiele nieudanych prób logowania"),
                                            ("uk", "Забагато невдалих спроб входу")])
def test_lockout_page_is_translated(editor, settings, language, text):
    client = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT):
        _sign_in(client, "t_lock_editor", "wrong", HTTP_ACCEPT_LANGUAGE=language)
    response = _sign_in(client, "t_lock_editor", "wrong", HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 429 and text in response.content.decode()


def test_test_clients_login_still_works(editor, client):
    assert client.login(username="t_lock_editor", password="right-password")
    assert client.get("/admin/").status_code == 200
