"""Gzip for anonymous pages only (BREACH), and the favicon (docs/performance.md)."""

import gzip

import pytest
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.test import RequestFactory

from cms.compression import AnonymousGZipMiddleware

PAGE = "<!DOCTYPE html><html><body>" + "<p>Удостоверение за наследници</p>" * 200 + "</body></html>"


def _serve(view, **request_kwargs):
    request = RequestFactory().get("/bg/services/x/", HTTP_ACCEPT_ENCODING="gzip, br", **request_kwargs)
    return AnonymousGZipMiddleware(lambda r: view(r))(request)


def test_an_anonymous_page_is_sent_compressed():
    response = _serve(lambda r: HttpResponse(PAGE))
    assert response["Content-Encoding"] == "gzip"
    assert gzip.decompress(response.content).decode() == PAGE
    assert len(response.content) < len(PAGE.encode()) / 5


def test_a_page_whose_rendering_used_a_csrf_token_is_not_compressed():
    def form(request):
        get_token(request)
        return HttpResponse(PAGE)

    response = _serve(form)
    assert not response.has_header("Content-Encoding") and response.content == PAGE.encode()


def test_an_editors_page_is_not_compressed():
    response = _serve(lambda r: HttpResponse(PAGE), HTTP_COOKIE="sessionid=abc")
    assert not response.has_header("Content-Encoding")


def test_a_response_setting_a_cookie_or_private_is_not_compressed():
    def cookie(request):
        response = HttpResponse(PAGE)
        response.set_cookie("x", "1")
        return response

    def private(request):
        response = HttpResponse(PAGE)
        response["Cache-Control"] = "private"
        return response

    assert not _serve(cookie).has_header("Content-Encoding")
    assert not _serve(private).has_header("Content-Encoding")


def test_the_middleware_is_outside_the_page_cache():
    from django.conf import settings

    order = settings.MIDDLEWARE
    assert order.index("cms.compression.AnonymousGZipMiddleware") < order.index(
        "registry_pages.core.page_cache.AnonymousPageCacheMiddleware")


@pytest.mark.django_db
def test_favicon_ico_is_the_portals_svg_icon(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/svg+xml"
    assert b"<svg" in response.content


@pytest.mark.django_db
def test_every_page_links_the_icon(client):
    html = client.get("/bg/").content.decode()
    assert 'rel="icon"' in html and "favicon.svg" in html
