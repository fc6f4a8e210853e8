"""`{% page_record page %}`: under a register page, its record (metryczka) and the link to its history."""

from django import template

from registry_pages.core.pages import RegistryBasePage
from registry_pages.record.views import history_url

register = template.Library()


@register.inclusion_tag("registry_pages/record/page_record_section.html", takes_context=True)
def page_record(context, page):
    request = context.get("request")
    if not isinstance(page, RegistryBasePage) or not page.live or page.pk is None:
        return {"page": None}
    return {"page": page, "history_url": history_url(page, request)}
