"""`{% page_record page %}`: under a register page, its metryczka (record/metryczka.py) with its views
(record/visits.py), the counter's image and the link to its history."""

from django import template

from registry_pages.core.pages import RegistryBasePage
from registry_pages.record.metryczka import metryczka
from registry_pages.record.views import history_url
from registry_pages.record.visits import beacon_url, page_views
from registry_pages.workflow.trail import names_language, names_shown

register = template.Library()


@register.inclusion_tag("registry_pages/record/page_record_section.html", takes_context=True)
def page_record(context, page):
    request = context.get("request")
    if not isinstance(page, RegistryBasePage) or not page.live or page.pk is None:
        return {"page": None}
    record = metryczka(page)
    return {
        "page": page,
        "history_url": history_url(page, request),
        "record": record,
        "views": record.views if record.views is not None else page_views(page),
        "beacon_url": "" if getattr(request, "is_preview", False) else beacon_url(page),
        "show_names": names_shown(request),
        "names_language": names_language(),
    }
