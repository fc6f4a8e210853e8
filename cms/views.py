"""Small project views outside the page tree."""

from django.http import HttpResponse
from django.urls import reverse


def robots_txt(request):
    """Lets robots index the public portal, not the admin, and names the sitemap."""
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /django-admin/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
