"""schema.org JSON-LD for public pages, safe inside a `<script>` element.

`json_ld_script` escapes `<`, `>` and `&` so no text can close the script;
`organization_json_ld` describes the municipality (home page) from the site
settings in the page's language.
"""

import json

from django.utils.html import format_html
from django.utils.safestring import mark_safe

from registry_pages.core.layout import layout_for

_JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def json_ld_script(data: dict) -> str:
    text = json.dumps(data, ensure_ascii=False).translate(_JSON_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))


def organization_data(page, request, municipality, details) -> dict:
    """A `GovernmentOrganization`: name, address, phone, email and URL."""
    data = {"@context": "https://schema.org", "@type": "GovernmentOrganization", "url": page.get_full_url(request=request)}
    if details is not None:
        data["name"] = details.name
        if details.address:
            data["address"] = {"@type": "PostalAddress", "streetAddress": details.address}
    if municipality is not None:
        if municipality.country:
            data.setdefault("address", {"@type": "PostalAddress"})["addressCountry"] = municipality.country
        if municipality.phone:
            data["telephone"] = municipality.phone
        if municipality.email:
            data["email"] = municipality.email
    return data


def organization_json_ld(page, request) -> str:
    layout = layout_for(request, page)
    return json_ld_script(organization_data(page, request, layout.get("municipality"), layout.get("details")))
