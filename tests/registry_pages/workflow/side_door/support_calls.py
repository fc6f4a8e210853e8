"""The calls the side-door test makes: for each admin route that accepts POST (or
PUT/DELETE), the URL and a realistic body, per target page, translation, snippet
or other object (used by test_no_side_door.py)."""

from dataclasses import replace

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import (
    GroupPagePermission,
    Locale,
    Page,
    Task,
    Workflow,
    WorkflowPage,
)
from wagtail_localize.models import OverridableSegment, StringSegment
from wagtail_localize.views.submit_translations import SubmitTranslationForm

from tests.registry_pages.workflow.side_door.support import (
    UNAPPROVED,
    Call,
    home_in,
    po_upload,
    snippet_form_data,
    snippet_text_field,
)
from tests.registry_pages.workflow.side_door.support_routes import (
    CALLED,
    admin_routes,
    classify,
    snippet_model_label,
)
from tests.registry_pages.workflow.support import current_task_state, edit_data

PAGE_PARAMS = {"page_id", "parent_page_id", "page_to_move_id", "page_pk"}
TRANSLATION_PARAMS = {"translation_id", "translation_source_id"}


def called_routes():
    seen, routes = set(), []
    for route in admin_routes():
        if classify(route.name) in CALLED and route.route not in seen:
            seen.add(route.route)  # our views share wagtail-localize's paths: one call per path
            routes.append(route)
    return routes


def url_for(route, **kwargs):
    return reverse(route.name, kwargs={k: v for k, v in kwargs.items() if k in route.params})


def page_calls(route, kind, page, targets):
    """The calls `route` gets for one target page."""
    name = route.name
    home = targets.home
    base = {"page_id": page.pk, "parent_page_id": page.pk, "page_to_move_id": page.pk, "page_pk": page.pk}
    url = url_for(route, **base) if not (set(route.params) - PAGE_PARAMS) else None
    changed_title = f"{UNAPPROVED} {kind}"
    if name == "wagtailadmin_pages:edit":
        return [
            Call(name, url, edit_data(page, title=changed_title, **{"action-publish": "1"}), label="publish"),
            Call(name, url, edit_data(page, title=changed_title), label="save draft"),
            Call(name, url, edit_data(page, title=changed_title, **{"action-submit": "1"}), label="submit"),
            Call(name, url, {"action": "publish"}, label="translation editor publish"),
            Call(name, url, {"localize-convert-to-alias": "1"}, label="convert to alias"),
            Call(name, url, {"localize-restart-translation": "1"}, label="restart translation"),
        ]
    if name in ("wagtailadmin_pages:revisions_revert", "wagtailadmin_pages:revisions_unschedule"):
        revision = page.get_latest_revision()
        if revision is None:  # an alias has no revisions
            return []
        if name.endswith("unschedule"):
            return [Call(name, url_for(route, page_id=page.pk, revision_id=revision.pk), {})]
        return [Call(name, url_for(route, page_id=page.pk, revision_id=revision.pk),
                     edit_data(page, title=changed_title, **{"action-publish": "1"}))]
    if name == "wagtailadmin_pages:add":
        url = url_for(route, content_type_app_name="wagtailcore", content_type_model_name="page", parent_page_id=page.pk)
        new = Page(title=changed_title, slug="door-new")
        return [Call(name, url, edit_data(new, **{"action-publish": "1"}), label="publish child")]
    if name == "wagtailadmin_pages:preview_on_add":
        url = url_for(route, content_type_app_name="wagtailcore", content_type_model_name="page", parent_page_id=page.pk)
        return [Call(name, url, edit_data(Page(title=changed_title, slug="door-new")))]
    if name == "wagtailadmin_pages:move_confirm":
        other = home.get_children().exclude(pk=page.pk).first()
        return [Call(name, url_for(route, page_to_move_id=page.pk, destination_id=other.pk), {})]
    if name == "wagtailadmin_pages:set_page_position":
        return [Call(name, url + "?position=0", {})]
    if name == "wagtailadmin_pages:copy":
        return [Call(name, url, {"new_title": changed_title, "new_slug": "door-copy", "new_parent_page": home.pk,
                                 "publish_copies": "on", "alias": "on"}, label="alias"),
                Call(name, url, {"new_title": changed_title, "new_slug": "door-copy", "new_parent_page": home.pk,
                                 "publish_copies": "on"}, label="publish copy")]
    if name == "wagtailadmin_pages:set_privacy":
        return [Call(name, url, {"restriction_type": "password", "password": "secret"})]
    if name in ("wagtailadmin_pages:workflow_action", "wagtailadmin_pages:collect_workflow_action_data"):
        task_state = current_task_state(page)
        if task_state is None:
            return []
        return [Call(name, url_for(route, page_id=page.pk, action_name=action, task_state_id=task_state.pk),
                     {"comment": "ok"}, label=action) for action in ("approve", "reject")]
    if name == "wagtailadmin_pages:unpublish":
        return [Call(name, url, {"include_descendants": "on"})]
    if name == "wagtailadmin_api:pages:action":
        locale = Locale.objects.exclude(pk=page.locale_id).first()
        revision = page.get_latest_revision()
        body = {"destination_page_id": home.pk, "position": "first-child", "recursive": False, "keep_live": True,
                "slug": "door-api", "title": changed_title, "update_slug": "door-api", "locale": locale.language_code,
                "copy_parents": False, "alias": True, "revision_id": revision.pk if revision else 0}
        return [Call(name, url_for(route, pk=page.pk, action_name=action), body, json=True, label=action)
                for action in ("publish", "unpublish", "delete", "move", "copy", "create_alias",
                               "copy_for_translation", "convert_alias", "revert_to_page_revision")]
    if name == "wagtail_bulk_action":
        calls = []
        for action, body in [("publish", {}), ("unpublish", {"include_descendants": "on"}), ("delete", {}),
                             ("move", {"chooser": home.get_children().exclude(pk=page.pk).first().pk})]:
            path = reverse(name, args=["wagtailcore", "page", action]) + f"?id={page.pk}"
            calls.append(Call(name, path, body, label=f"page {action}"))
        return calls
    if name in ("wagtail_localize:submit_page_translation", "registry_localize_submit_page_translation"):
        source = Page.objects.get(pk=page.alias_of_id).specific if page.alias_of_id else page.specific  # as the button
        allowed = SubmitTranslationForm(source).fields["locales"].queryset
        calls = [Call(name, url_for(route, page_id=source.pk),
                      {"locales": [str(loc.pk) for loc in allowed], "include_subtree": "on"})]
        return calls
    if url is None:
        return []
    return [Call(name, url, {})]


def translation_calls(route, kind, translation):
    name = route.name
    if "translation_source_id" in route.params:
        url = url_for(route, translation_source_id=translation.source_id)
        return [Call(name, url, {"publish_translations": "on"}, label=kind)]
    if name == "wagtail_localize:edit_string_translation":
        segment = StringSegment.objects.filter(source=translation.source, context__path="title").first()
        url = url_for(route, translation_id=translation.pk, string_segment_id=segment.pk)
        return [Call(name, url, {"value": f"{UNAPPROVED} put"}, method="put", label=kind),
                Call(name, url, {}, method="delete", label=kind)]
    if name == "wagtail_localize:edit_override":
        segment = OverridableSegment.objects.filter(source=translation.source).first()
        if segment is None:
            return []
        url = url_for(route, translation_id=translation.pk, overridable_segment_id=segment.pk)
        return [Call(name, url, {"value": "x"}, method="put", label=kind)]
    url = url_for(route, translation_id=translation.pk)
    if name == "wagtail_localize:upload_pofile":
        upload = SimpleUploadedFile("t.po", po_upload(translation, f"{UNAPPROVED} po").read())
        return [Call(name, url, {"file": upload, "next": "/admin/"}, label=kind)]
    return [Call(name, url, {"next": "/admin/"}, label=kind)]


def page_route_calls(targets):
    calls = []
    for route in called_routes():
        if snippet_model_label(route):
            continue
        params = set(route.params)
        if params & PAGE_PARAMS or route.name in ("wagtailadmin_api:pages:action", "wagtail_bulk_action"):
            for kind, page in targets.pages.items():
                calls += [replace(call, target=kind) for call in page_calls(route, kind, page, targets)]
        elif params & TRANSLATION_PARAMS:
            for kind, translation in targets.translations.items():
                calls += translation_calls(route, kind, translation)
    return calls


def snippet_calls(model, instance, user, language):
    label = f"{model._meta.app_label}_{model._meta.model_name}"
    text = snippet_text_field(model)
    calls = []
    if instance.latest_revision is None:
        instance.save_revision(user=user)  # a revision to revert to and unschedule (the row, what citizens see, stays)
    for route in called_routes():
        if snippet_model_label(route) != label:
            continue
        name, action = route.name, route.action
        url = url_for(route, pk=instance.pk) if set(route.params) <= {"pk"} else None
        if action == "edit":
            data = snippet_form_data(instance, user, **{text: f"{UNAPPROVED} snippet"})
            calls += [Call(name, url, data, label="save"), Call(name, url, {**data, "action-publish": "1"}, label="publish")]
        elif action in ("add", "create"):
            data = snippet_form_data(model(locale=instance.locale), user, **{text: f"{UNAPPROVED} new"})
            calls.append(Call(name, url + f"?locale={language}", data))
        elif action in ("workflow_action", "collect_workflow_action_data"):
            state = getattr(instance, "current_workflow_task_state", None)
            if state is not None:
                calls += [Call(name, url_for(route, pk=instance.pk, action_name=a, task_state_id=state.pk), {"comment": "ok"})
                          for a in ("approve", "reject")]
        elif action in ("revisions_revert", "revisions_unschedule"):
            revision = instance.latest_revision
            if revision is not None:
                calls.append(Call(name, url_for(route, pk=instance.pk, revision_id=revision.pk),
                                  snippet_form_data(instance, user, **{text: f"{UNAPPROVED} revert", "action-publish": "1"})))
        else:
            assert url is not None, f"{name}: build the URL of this snippet route ({route.params})"
            calls.append(Call(name, url, {}))
    bulk = reverse("wagtail_bulk_action", args=[model._meta.app_label, model._meta.model_name, "delete"])
    calls.append(Call("wagtail_bulk_action", bulk + f"?id={instance.pk}", {}, label="snippet delete"))
    source_url = reverse(
        "wagtail_localize:submit_snippet_translation", args=[model._meta.app_label, model._meta.model_name, instance.pk]
    )
    others = [str(loc.pk) for loc in Locale.objects.exclude(pk__in=instance.get_translations(inclusive=True).values("locale"))]
    if others:
        calls.append(Call("wagtail_localize:submit_snippet_translation", source_url, {"locales": others}))
    return calls


def powers():
    """Who may publish, and whether the approval runs: not shown to citizens, but
    whoever changes it opens every door."""
    return (
        sorted(GroupPagePermission.objects.values_list("group_id", "page_id", "permission_id")),
        sorted(Group.objects.values_list("name", "permissions")),
        sorted(Workflow.objects.values_list("pk", "active")),
        sorted(Task.objects.values_list("pk", "active")),
        sorted(WorkflowPage.objects.values_list("page_id", "workflow_id")),
        sorted(get_user_model().objects.values_list("pk", "is_superuser", "first_name", "last_name")),
    )


def other_calls(ids, user, mayor):
    missing = "/bg/no-such-page/"
    bodies = {
        "wagtailredirects:add": {"old_path": missing, "site": ids["site"], "is_permanent": "on", "redirect_link": "/en/"},
        "wagtailsearchpromotions:add": {"query_string": "Door", "editors_picks-TOTAL_FORMS": "1",
                                        "editors_picks-INITIAL_FORMS": "0", "editors_picks-0-page": home_in("bg").pk,
                                        "editors_picks-0-description": UNAPPROVED},
        "wagtailsettings:edit": {"show_approval_trail": ""},
        "wagtailsites:edit": {"hostname": "door.example", "port": "80", "root_page": home_in("en").pk,
                              "is_default_site": "on"},
        "wagtailusers_users:edit": {"first_name": UNAPPROVED, "last_name": "x", "email": mayor.email,
                                    "username": mayor.username},
        "wagtailusers_groups:edit": {"name": "PR experts", "page_permissions-TOTAL_FORMS": "1",
                                     "page_permissions-INITIAL_FORMS": "0", "page_permissions-0-page": home_in("bg").pk,
                                     "page_permissions-0-permissions": [str(Permission.objects.get(codename="publish_page").pk)]},
        "wagtailadmin_workflows:disable": {},
        "wagtailadmin_choose_page_external_link": {"external-link-chooser-url": "https://example.org/"},
        "wagtailadmin_choose_page_email_link": {"email-link-chooser-email_address": "a@example.org"},
        "wagtailadmin_choose_page_phone_link": {"phone-link-chooser-phone_number": "+359000"},
        "wagtailadmin_choose_page_anchor_link": {"anchor-link-chooser-url": "top"},
        "wagtaillocales:delete": {},
        # "These words mean a page" from the few-results report: the words go into a draft only.
        "search_reports:attach": {"phrase": UNAPPROVED, "language": "bg",
                                  "page": Page.objects.filter(servicecardpage__isnull=False, locale__language_code="bg").first().pk},
    }
    pks = {
        "wagtailusers_users": ids["user"], "wagtailusers_groups": ids["group"], "wagtailsites": ids["site"],
        "wagtaillocales": ids["locale"], "wagtailadmin_collections": ids["collection"],
        "wagtailadmin_workflows": ids["workflow"], "wagtailsettings": 1,
    }
    calls = []
    for route in called_routes():
        params = set(route.params)
        if snippet_model_label(route) or params & (PAGE_PARAMS | TRANSLATION_PARAMS) or route.name in (
            "wagtailadmin_api:pages:action", "wagtail_bulk_action"
        ):
            continue
        kwargs = {"pk": pks.get(route.namespace, 1), "collection_id": ids["collection"], "workflow_pk": ids["workflow"],
                  "task_id": ids["task"], "app_label": "registry_pages", "model_name": "municipalitysettings",
                  "app_name": "registry_pages", "document_id": 1, "image_id": 1, "doc_id": 1, "uploaded_file_id": 1,
                  "redirect_id": 1, "query_id": 1, "session_id": 1, "object_id": "1", "filter_spec": "original"}
        if route.name.startswith("wagtailadmin_workflows:") and route.action in ("disable_task", "enable_task", "edit_task"):
            kwargs["pk"] = ids["task"]
        if route.name == "wagtailadmin_workflows:add_task":
            kwargs.update(app_label="wagtailcore", model_name="groupapprovaltask")
        if route.name == "wagtailadmin_editing_sessions:ping":
            kwargs.update(app_label="wagtailcore", model_name="page", object_id=str(home_in("bg").pk))
        url = url_for(route, **kwargs)
        calls.append(Call(route.name, url, bodies.get(route.name, {})))
    for app, model, action in [("wagtailusers", "user", "delete"), ("wagtailusers", "user", "set_active_state"),
                               ("wagtailusers", "user", "assign_role")]:
        path = reverse("wagtail_bulk_action", args=[app, model, action]) + f"?id={ids['user']}"
        calls.append(Call("wagtail_bulk_action", path, {"role": ids["group"], "mark_as_active": ""}, label=action))
    return calls
