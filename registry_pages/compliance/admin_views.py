"""Reports → Compliance checklist: each legally required section of every site, green or red, with links to fix it.

Seen by the editorial roles (PR experts, secretaries, mayors) and administrators. The button
"Create drafts of the missing pages" (POST) adds drafts only (`drafts.py`), for those who may
add pages under the site's home; publishing them goes through the approval workflow.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.models import Site

from registry_pages.compliance.checklist import (
    CURRENT,
    DRAFT,
    MISSING,
    STALE,
    review_months,
    site_checklist,
)
from registry_pages.compliance.drafts import create_missing_pages
from registry_pages.core.params import int_param
from registry_pages.setup.roles import MAYORS, PR_EXPERTS, SECRETARIES

CHECKLIST_GROUPS = (PR_EXPERTS, SECRETARIES, MAYORS)
STATE_LABELS = {
    MISSING: _("Missing"),
    DRAFT: _("Not published"),
    STALE: _("Not reviewed in time"),
    CURRENT: _("Published and current"),
}


def may_see_checklist(user) -> bool:
    return user.is_active and (user.is_superuser or user.groups.filter(name__in=CHECKLIST_GROUPS).exists())


def _may_add_under(user, page) -> bool:
    return page.permissions_for_user(user).can_add_subpage()


def _add_url(home) -> str:
    return reverse("wagtailadmin_pages:add", args=["registry_pages", "informationpage", home.pk])


class ChecklistView(WagtailAdminTemplateMixin, TemplateView):
    page_title = _("Compliance checklist")
    header_icon = "tick-inverse"
    template_name = "registry_pages/admin/compliance_checklist.html"

    def dispatch(self, request, *args, **kwargs):
        if not may_see_checklist(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        sites = []
        for site in Site.objects.select_related("root_page").order_by("-is_default_site", "hostname"):
            checklist = site_checklist(site)
            may_add = _may_add_under(self.request.user, checklist.home)
            for row in checklist.rows:
                row.state_label = STATE_LABELS[row.state]
                row.edit_url = reverse("wagtailadmin_pages:edit", args=[row.page.pk]) if row.page is not None else ""
            sites.append({"checklist": checklist, "may_add": may_add,
                          "add_url": _add_url(checklist.home) if may_add else ""})
        context.update(sites=sites, months=review_months())
        return context


@require_POST
def create_missing_view(request):
    if not may_see_checklist(request.user):
        raise PermissionDenied
    site = Site.objects.select_related("root_page").filter(pk=int_param(request.POST.get("site")) or 0).first()
    if site is None:
        messages.error(request, _("Choose a site."))
        return redirect("registry_pages_compliance:checklist")
    if not _may_add_under(request.user, site.root_page):
        raise PermissionDenied
    created = create_missing_pages(site, user=request.user)
    if created:
        messages.success(request, ngettext(
            "%(count)d draft created: check its text and submit it for approval.",
            "%(count)d drafts created: check their text and submit them for approval.", len(created),
        ) % {"count": len(created)})
    else:
        messages.info(request, _("Nothing to create: every required page exists."))
    return redirect("registry_pages_compliance:checklist")
