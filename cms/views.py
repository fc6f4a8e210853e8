"""Small project views outside the page tree."""

from pathlib import Path

from django.http import HttpResponse
from django.urls import reverse
from wagtail.models import Site


def robots_txt(request):
    """Lets robots index the public portal, not the admin, and names the sitemap.

    The sitemap's address is on the site's own host and port (`Site.root_url`),
    like the addresses it lists, whatever host name the request came on."""
    site = Site.find_for_request(request)
    base = site.root_url if site else request.build_absolute_uri("/").rstrip("/")
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /django-admin/",
        f"Sitemap: {base}{reverse('sitemap')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


FAVICON = Path(__file__).resolve().parent / "static" / "favicon.svg"  # also collected as /static/favicon.<hash>.svg


def favicon(request):
    """/favicon.ico, which browsers and crawlers ask for whatever the page links: the portal's SVG icon."""
    response = HttpResponse(FAVICON.read_bytes(), content_type="image/svg+xml")
    response["Cache-Control"] = "public, max-age=86400"
    return response
