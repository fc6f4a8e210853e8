"""The page editor's side of the completeness gate (`workflow/content.py`).

Saving a draft stays possible with anything missing (Wagtail defers required
fields for drafts). Publishing, submitting for approval, restarting the
workflow and approving from the editor are refused while the page's checklist
has a gap: the form is shown again with the editor's text kept, an error on
each missing field and one at the top naming them all.
"""


from registry_pages.core.page_slugs import RegistryPageForm
from registry_pages.workflow.content import (
    Checklist,
    cannot_submit_message,
    checklist_for,
    field_error,
)

GATED_ACTIONS = ("action-publish", "action-submit", "action-restart-workflow")


def is_gated_post(data) -> bool:
    """Whether the posted editor form asks to publish, submit or approve."""
    if any(data.get(name) for name in GATED_ACTIONS):
        return True
    return bool(data.get("action-workflow-action")) and data.get("workflow-action-name") == "approve"


class CompletenessPageForm(RegistryPageForm):
    """The add-on's page form (ASCII slugs, slug clashes told plainly), refusing to submit,
    publish or approve a page its checklist finds incomplete."""

    def _post_clean(self):
        super()._post_clean()
        if self.is_deferred_validation or not is_gated_post(self.data):
            return
        checklist = checklist_for(self.instance)
        if checklist is None:
            return
        # A required field left empty keeps the instance's old value: count it as missing too.
        emptied = tuple(item for item in checklist.done if self.has_error(item.field, code="required"))
        if emptied:
            done = tuple(item for item in checklist.done if item not in emptied)
            checklist = Checklist(done=done, missing=emptied + checklist.missing)
        if checklist.complete:
            return
        self.add_error(None, cannot_submit_message(checklist))
        for item in checklist.missing:
            if item.field in self.fields:
                self.add_error(item.field, field_error(item))
