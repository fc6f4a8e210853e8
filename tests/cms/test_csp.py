"""Content-Security-Policy headers: strict on public pages, Wagtail's needs only in the admin."""

import re

import pytest
from django.contrib.auth import get_user_model


def _directives(response):
    header = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in header.split("; ") if part.strip()}


PUBLIC_PATHS = ["/bg/", "/en/", "/bg/search/?q=удостоверение"]


@pytest.mark.django_db
@pytest.mark.parametrize("path", PUBLIC_PATHS)
def test_public_pages_get_the_strict_policy(client, path):
    response = client.get(path, follow=True)
    assert response.status_code == 200
    policy = _directives(response)
    assert policy["default-src"] == ["'self'"]
    assert policy["script-src"] == ["'self'"] and policy["style-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"] and policy["base-uri"] == ["'self'"]
    assert policy["form-action"] == ["'self'"] and policy["frame-ancestors"] == ["'self'"]
    assert not any("unsafe" in value or value.startswith("http") for values in policy.values() for value in values)


@pytest.mark.django_db
def test_cached_public_pages_keep_the_header(client, settings):
    settings.REGISTRY_PAGE_CACHE_TIMEOUT = 60
    first = client.get("/bg/")
    second = client.get("/bg/")
    assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "hit")
    assert first["Content-Security-Policy"] == second["Content-Security-Policy"]
    assert "'unsafe-inline'" not in second["Content-Security-Policy"]


@pytest.mark.django_db
def test_public_templates_have_no_inline_script_style_or_handlers(client):
    html = client.get("/bg/", follow=True).content.decode()
    scripts = re.findall(r"<script\b([^>]*)>(.*?)</script>", html, re.S)
    for attributes, body in scripts:
        assert 'type="application/ld+json"' in attributes or (body.strip() == "" and "src=" in attributes), attributes
    assert not re.search(r"\sstyle=\"", html) and not re.search(r"\son[a-z]+=\"", html)


@pytest.mark.django_db
def test_admin_gets_its_own_looser_policy(client):
    login = client.get("/admin/login/")
    policy = _directives(login)
    assert "'unsafe-inline'" in policy["script-src"] and "'unsafe-inline'" in policy["style-src"]
    assert policy["object-src"] == ["'none'"] and policy["frame-ancestors"] == ["'self'"]
    assert not any(value.startswith("http") for values in policy.values() for value in values)  # no third parties
    client.force_login(get_user_model().objects.create_superuser("t_csp_admin", "c@example.org", "pw"))
    dashboard = client.get("/admin/")
    assert dashboard.status_code == 200 and "'unsafe-eval'" in _directives(dashboard)["script-src"]
    # the public policy is unchanged by the admin's
    assert _directives(client.get("/en/", follow=True))["script-src"] == ["'self'"]
