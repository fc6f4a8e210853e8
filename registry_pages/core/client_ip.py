"""The citizen's address as the portal sees it, behind a known number of proxies.

`REGISTRY_TRUSTED_PROXY_COUNT` (default 0) says how many reverse proxies of the
portal's own stand in front of Django:

* 0 – Django faces the clients: the address is `REMOTE_ADDR`;
* N > 0 – each of the N proxies appends the address it received the request
  from to `X-Forwarded-For`, so the client is the N-th entry from the right.
  Entries further left were written by the client and can be forged; they are
  never used.

A missing, short or malformed header falls back to `REMOTE_ADDR` (the nearest
proxy): the limits then apply to everyone behind it together, which is safe
(stricter), never looser. Used by the feedback limit and the admin login
lockout (django-axes, `AXES_CLIENT_IP_CALLABLE` = `client_ip_or_none`).
"""

import ipaddress

from django.conf import settings

UNKNOWN = "unknown"


def trusted_proxy_count() -> int:
    try:
        return max(0, int(getattr(settings, "REGISTRY_TRUSTED_PROXY_COUNT", 0) or 0))
    except (TypeError, ValueError):
        return 0


def _valid(address: str) -> str:
    address = (address or "").strip()
    try:
        return str(ipaddress.ip_address(address))
    except ValueError:
        return ""


def client_address(request) -> str:
    remote = _valid(request.META.get("REMOTE_ADDR", "")) or UNKNOWN
    proxies = trusted_proxy_count()
    if not proxies:
        return remote
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [part for part in forwarded if part]
    if len(forwarded) < proxies:
        return remote
    return _valid(forwarded[-proxies]) or remote


def client_ip_or_none(request):
    """`client_address`, or None when no valid address is known (for fields that store IP addresses)."""
    address = client_address(request)
    return None if address == UNKNOWN else address
