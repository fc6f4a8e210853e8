"""Municipal registers for Wagtail: service cards, ethics codes, action plans,
the NGO register and officials' reception days, with a secretary → mayor
publication workflow.

Install: add "registry_pages" and "registry_pages.admin_locale" (both before
wagtail_localize and the wagtail apps; the second translates Wagtail's own admin
strings, docs/translations.md), and wagtail.contrib.settings to INSTALLED_APPS,
migrate, then run `python manage.py registry_setup`.
`python manage.py check` names any setting the add-on needs that is missing or
wrong (registry_pages/checks.py); its own settings start with `REGISTRY_`.

The publication workflow needs, in the host's settings (Wagtail reads them
when its models load; see docs/workflow.md):

    WAGTAIL_FINISH_WORKFLOW_ACTION = "registry_pages.workflow.finish.publish_approved"
    WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True
    WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
"""
