"""The import screen: upload → preview (a dry run) → confirm → drafts.

Only users who may add pages see and use it (PR experts); the parent must be
one they may add pages of the chosen register under, checked again on
confirmation. The file waits in the user's session between the steps
(`uploads`). Messages of the import are in the language of the file.
"""

from __future__ import annotations

from django import forms
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from registry_pages.import_screen import uploads
from registry_pages.import_screen.forms import TYPE_LABELS, ImportForm
from registry_pages.import_screen.presenting import present
from registry_pages.importing.pipeline import import_document


def may_import(user) -> bool:
    """Who sees the screen: users who may add pages somewhere."""
    return user.is_active and PagePermissionPolicy().user_has_any_permission(user, ["add"])


class ConfirmForm(forms.Form):
    token = forms.CharField(widget=forms.HiddenInput, max_length=64)
    create_missing = forms.BooleanField(
        label=_("Create the missing categories, departments, positions and fields as drafts"), required=False
    )


class ImportView(WagtailAdminTemplateMixin, TemplateView):
    page_title = _("Import a file")
    header_icon = "upload"
    template_name = "registry_pages/admin/import_screen.html"

    def dispatch(self, request, *args, **kwargs):
        if not may_import(request.user):
            return self.forbidden()
        return super().dispatch(request, *args, **kwargs)

    def forbidden(self):
        """A 403 in the admin's frame (Wagtail would turn PermissionDenied into a redirect to the dashboard)."""
        return self.render_to_response(self.get_context_data(step="forbidden", form=None), status=403)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if "form" not in context:
            context["form"] = ImportForm(user=self.request.user)
        context["max_mb"] = uploads.MAX_UPLOAD_BYTES // 2**20
        return context

    def post(self, request, *args, **kwargs):
        form = ImportForm(request.POST, request.FILES, user=request.user)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        upload, parent, data = form.cleaned_data["file"], form.cleaned_data["parent_page"], form.cleaned_data
        content = upload.read()
        report = import_document((upload.name, content), data["type_name"], parent, data["language"], dry_run=True)
        token = None
        if report.ok:
            token = uploads.keep(request.session, upload.name, content, {
                "type_name": data["type_name"], "parent": parent.pk, "language": data["language"]})
        return self.render_to_response(self.get_context_data(
            form=form, step="preview", report=present(report), parent=parent, file_name=upload.name,
            type_label=TYPE_LABELS.get(data["type_name"], data["type_name"]),
            confirm_form=ConfirmForm(initial={"token": token}) if token else None,
        ))


class ConfirmView(ImportView):
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        form = ConfirmForm(request.POST)
        upload = uploads.kept(request.session, form.data.get("token")) if form.is_valid() else None
        if upload is None:
            return redirect("registry_pages_import:index")
        parent = Page.objects.filter(pk=upload["parent"]).first()
        if parent is None or not parent.permissions_for_user(request.user).can_add_subpage():
            return self.forbidden()
        report = import_document(
            (upload["name"], upload["data"]), upload["type_name"], parent.specific, upload["language"],
            create_missing=form.cleaned_data["create_missing"], user=request.user,
        )
        if report.written:
            uploads.forget(request.session, form.cleaned_data["token"])
        presented = present(report)
        for page in presented["pages"]:
            if page["page_id"]:
                page["edit_url"] = reverse("wagtailadmin_pages:edit", args=[page["page_id"]])
        return self.render_to_response(self.get_context_data(
            step="done" if report.written else "preview", report=presented, parent=parent, file_name=upload["name"],
            type_label=TYPE_LABELS.get(upload["type_name"], upload["type_name"]),
            explore_url=reverse("wagtailadmin_explore", args=[parent.pk]),
        ))
