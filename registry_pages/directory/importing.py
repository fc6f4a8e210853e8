"""Directory snippets an importer creates (positions named as owners, ...).

Departments, positions and categories are moderated like pages
(docs/workflow.md): an importer must not make one public on behalf of a user
who could not publish it in the admin. A snippet is created live only when
the import runs without a user (the command line, run by the site's
administrator, like the demo loader) or for a user holding the model's
publish permission; otherwise it is created as a draft with a first revision
by that user, who submits it for approval with the imported pages.
"""

from wagtail.permission_policies.base import ModelPermissionPolicy


def may_publish(model, user) -> bool:
    return user is None or ModelPermissionPolicy(model).user_has_permission(user, "publish")


def create_snippet(model, user=None, **fields):
    """Create a moderated snippet: live, or a draft when `user` may not publish it."""
    if may_publish(model, user):
        return model.objects.create(**fields)
    snippet = model(live=False, **fields)
    snippet.save()
    snippet.save_revision(user=user, log_action=True)
    return snippet
