"""*Reports → Withdrawn pages*: a mayor purges an entry from the register of changes, after confirming.

The same rule and the same log as `manage.py purge_withdrawn` (record/purge.py): only a
member of the mayors' group, each purge written to Wagtail's log (`wagtail.delete`,
*Reports → Site history*). Anyone else gets 403, on the list as on the purge.
"""

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpResponseForbidden
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

from registry_pages.core.params import int_param
from registry_pages.record.models import WithdrawnPage
from registry_pages.record.purge import may_purge, purge

PER_PAGE = 50


class MayorOnlyMixin:
    def dispatch(self, request, *args, **kwargs):
        if not may_purge(request.user):  # a 403, not Wagtail's redirect to the dashboard
            return HttpResponseForbidden(_("Only a mayor can purge a withdrawn page from the register of changes."))
        return super().dispatch(request, *args, **kwargs)


class WithdrawnListView(MayorOnlyMixin, WagtailAdminTemplateMixin, TemplateView):
    page_title = gettext_lazy("Withdrawn pages")
    header_icon = "bin"
    template_name = "registry_pages/admin/withdrawn_list.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        paginator = Paginator(WithdrawnPage.objects.all(), PER_PAGE)
        context["page_obj"] = paginator.get_page(int_param(self.request.GET.get("p"), minimum=1) or 1)
        return context


class PurgeWithdrawnView(MayorOnlyMixin, WagtailAdminTemplateMixin, TemplateView):
    page_title = gettext_lazy("Purge a withdrawn page")
    header_icon = "bin"
    template_name = "registry_pages/admin/withdrawn_purge.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["entry"] = get_object_or_404(WithdrawnPage, pk=self.kwargs["pk"])
        return context

    def post(self, request, pk):
        entry = get_object_or_404(WithdrawnPage, pk=pk)
        title = entry.title
        purge(entry, request.user)
        messages.success(request, _("“%(title)s” was purged from the register of changes.") % {"title": title})
        return redirect("registry_pages_record:withdrawn")


class MayorsMenuItem(MenuItem):
    def is_shown(self, request):
        return may_purge(request.user)
