"""Create the editorial groups with the permissions in roles.py."""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
)
from wagtail.snippets.models import get_snippet_models

from registry_pages.setup import roles


def _permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _snippet_permissions(actions):
    models = [m for m in get_snippet_models() if m._meta.app_label == "registry_pages"]
    for model in models:
        ct = ContentType.objects.get_for_model(model, for_concrete_model=False)
        for action in actions:
            perm = Permission.objects.filter(content_type=ct, codename=f"{action}_{model._meta.model_name}").first()
            if perm:
                yield perm


def ensure_groups() -> list[str]:
    changes = []
    root_page = Page.get_first_root_node()
    root_collection = Collection.get_first_root_node()
    for name in roles.ALL_GROUPS:
        group, created = Group.objects.get_or_create(name=name)
        if created:
            changes.append(f"created group {name}")
        wanted = [_permission(*p.split(".")) for p in roles.GLOBAL_PERMISSIONS[name]]
        wanted += list(_snippet_permissions(roles.SNIPPET_ACTIONS[name]))
        wanted += [_permission(*p.split(".")) for p in roles.MODEL_PERMISSIONS[name]]
        missing = [p for p in wanted if not group.permissions.filter(pk=p.pk).exists()]
        if missing:
            group.permissions.add(*missing)
            changes.append(f"{name}: granted {', '.join(sorted(p.codename for p in missing))}")
        for codename in roles.PAGE_PERMISSIONS[name]:
            _gpp, made = GroupPagePermission.objects.get_or_create(
                group=group, page=root_page, permission=_permission("wagtailcore", codename)
            )
            if made:
                changes.append(f"{name}: page permission {codename}")
        for codename in roles.COLLECTION_PERMISSIONS[name]:
            app = "wagtaildocs" if codename.endswith("document") else "wagtailimages"
            _gcp, made = GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root_collection, permission=_permission(app, codename)
            )
            if made:
                changes.append(f"{name}: collection permission {codename}")
    return changes
