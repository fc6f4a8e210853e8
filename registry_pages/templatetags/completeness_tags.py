"""`{% completeness_status page %}`: the completeness tag of a row in the page explorer
(templates/wagtailadmin/pages/listing/_page_status_cell.html). See workflow/content.py;
rows whose StreamFields the listing neither loaded nor annotated get no tag rather than
a query each."""

from django import template

from registry_pages.workflow.content import listing_checklist

register = template.Library()


@register.inclusion_tag("registry_pages/admin/completeness_status.html")
def completeness_status(page):
    return {"checklist": listing_checklist(page) if page is not None else None}
