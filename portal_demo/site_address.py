"""The address the demo is served on, and the default Site that carries it.

Wagtail builds every absolute address from the Site record (`Site.root_url`):
`sitemap.xml` and its hreflang alternates, the API's `html_url`, the
`url` / `source` fields of the CSV, JSON and iCalendar downloads, robots.txt's
`Sitemap:` line. The Site that Wagtail's own migration creates is
`localhost:80`, where nothing answers; `load_demo` gives it the host and port
`runserver` listens on (`scripts/demo.sh` passes the same address to both).

Requests on another host name (`localhost:8000` when the site is
`127.0.0.1:8000`) still find this site: it is the default site, and Wagtail
falls back to the default site when no host name matches.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from wagtail.models import Site

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORTS = {"http": 80, "https": 443}


def parse_address(address: str) -> tuple[str, int]:
    """`HOST:PORT` or `PORT` (host 127.0.0.1), as `runserver` takes it."""
    host, _sep, port = address.strip().rpartition(":")
    host = host.strip("[]") or DEFAULT_HOST
    if not port.isdigit() or not 0 < int(port) < 65536 or any(c in host for c in "/ @?#"):
        raise ValidationError(
            _("“%(address)s” is not an address; write HOST:PORT, e.g. 127.0.0.1:8000.") % {"address": address}
        )
    return host, int(port)


def address_from_base_url() -> tuple[str, int]:
    """The host and port of WAGTAILADMIN_BASE_URL (the development default is http://127.0.0.1:8000)."""
    parts = urlsplit(getattr(settings, "WAGTAILADMIN_BASE_URL", "") or f"http://{DEFAULT_HOST}:8000")
    return parts.hostname or DEFAULT_HOST, parts.port or DEFAULT_PORTS.get(parts.scheme, 80)


def serve_default_site_on(host: str, port: int) -> Site:
    """Give the default site this host name and port (saved only when they change)."""
    site = Site.objects.get(is_default_site=True)
    if (site.hostname, site.port) != (host, port):
        if Site.objects.filter(hostname=host, port=port).exclude(pk=site.pk).exists():
            raise ValidationError(
                _("Another site already uses %(host)s:%(port)d; give the demo another address.")
                % {"host": host, "port": port}
            )
        site.hostname, site.port = host, port
        site.save()
    return site
