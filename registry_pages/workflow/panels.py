"""The editor's completeness panel: "Completeness 3/5 — missing: processing time, place
to apply", for the page being edited (each translation on its own content). The items
are those the page type registered (`workflow/content.py`)."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel

from registry_pages.workflow.content import checklist_for


class CompletenessPanel(Panel):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("heading", _("Completeness"))
        super().__init__(*args, **kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "registry_pages/admin/completeness_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["checklist"] = checklist_for(self.instance) if self.instance is not None else None
            return context
