"""The three editorial roles and what each may do.

Nobody but administrators holds `publish_page`: anyone who holds it gets a
Publish button that bypasses the secretary → mayor workflow. The workflow's
final approval publishes on the mayor's behalf (see workflow/models.py and workflow/finish.py).
"""

from django.utils.translation import gettext_lazy as _

PR_EXPERTS = "PR experts"
SECRETARIES = "Secretaries"
MAYORS = "Mayors"
# Co-signatories (Art. 14): they only approve, when their task is switched on.
LEGAL_ADVISERS = "Legal advisers"
CHIEF_ACCOUNTANTS = "Chief accountants"
ALL_GROUPS = (PR_EXPERTS, SECRETARIES, MAYORS, LEGAL_ADVISERS, CHIEF_ACCOUNTANTS)

ROLE_LABELS = {
    PR_EXPERTS: _("PR experts"),
    SECRETARIES: _("Secretaries"),
    MAYORS: _("Mayors"),
    LEGAL_ADVISERS: _("Legal advisers"),
    CHIEF_ACCOUNTANTS: _("Chief accountants"),
}

# Page permissions granted on the root page (so every language tree is covered).
# Secretaries write too (docs/workflow.md, "Roles"): they add and correct pages, and
# the four-eyes rule keeps a secretary from approving a page they submitted.
# Approvers who do not write (mayors, co-signatories) hold only `lock_page`: Wagtail
# opens the page tree (the Pages menu, the explorer an approval returns to) to holders
# of any page permission, and lock is the one that changes nothing citizens see.
# A lock they set is lifted by them or by the PR experts and secretaries (`unlock_page`).
BROWSE_PAGES = ["lock_page"]
PAGE_PERMISSIONS = {
    PR_EXPERTS: ["add_page", "change_page", "lock_page", "unlock_page"],
    SECRETARIES: ["add_page", "change_page", "lock_page", "unlock_page"],
    MAYORS: BROWSE_PAGES,
    LEGAL_ADVISERS: BROWSE_PAGES,
    CHIEF_ACCOUNTANTS: BROWSE_PAGES,
}

# Snippet models: PR experts maintain them; moderators may correct them.
# Nobody gets `publish_<model>`: the directory snippets are moderated by the
# publication workflow, whose final approval publishes them (as for pages).
# `lock`/`unlock` exist only for lockable snippets; deleting a live moderated
# snippet needs the publish permission (directory/wagtail_hooks.py).
SNIPPET_ACTIONS = {
    PR_EXPERTS: ["add", "change", "delete", "view", "lock", "unlock"],
    SECRETARIES: ["change", "view", "lock", "unlock"],
    MAYORS: ["view"],
    LEGAL_ADVISERS: ["view"],
    CHIEF_ACCOUNTANTS: ["view"],
}

# Documents and images in the root collection (forms citizens download).
COLLECTION_PERMISSIONS = {
    PR_EXPERTS: ["add_document", "change_document", "choose_document", "add_image", "change_image", "choose_image"],
    SECRETARIES: ["choose_document", "choose_image", "change_document"],
    MAYORS: ["choose_document", "choose_image"],
    LEGAL_ADVISERS: ["choose_document", "choose_image"],
    CHIEF_ACCOUNTANTS: ["choose_document", "choose_image"],
}

# Plain Django permissions: "app_label.codename".
GLOBAL_PERMISSIONS = {
    PR_EXPERTS: ["wagtailadmin.access_admin", "wagtail_localize.submit_translation"],
    SECRETARIES: ["wagtailadmin.access_admin"],
    MAYORS: ["wagtailadmin.access_admin"],
    LEGAL_ADVISERS: ["wagtailadmin.access_admin"],
    CHIEF_ACCOUNTANTS: ["wagtailadmin.access_admin"],
}

# Other model permissions (non-snippet models of the add-on): "app_label.codename".
# PR experts read and moderate citizens' feedback comments (Feedback comments menu).
MODEL_PERMISSIONS = {
    PR_EXPERTS: ["registry_pages.view_servicefeedback", "registry_pages.change_servicefeedback"],
    SECRETARIES: [],
    MAYORS: [],
    LEGAL_ADVISERS: [],
    CHIEF_ACCOUNTANTS: [],
}
