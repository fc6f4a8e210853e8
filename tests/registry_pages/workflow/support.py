"""Helpers for the workflow tests: pages, users and admin HTTP actions."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils.text import slugify
from wagtail.models import Page

from registry_pages.workflow import setup as profile_workflow


def user_in(group_name, username, **extra):
    user = get_user_model().objects.create_user(
        username=username, password="pw", email=f"{username}@example.org", first_name=username.title(), **extra
    )
    if group_name:
        user.groups.add(Group.objects.get(name=group_name))
    return user


def superuser(username="t_admin"):
    return get_user_model().objects.create_superuser(username=username, password="pw", email=f"{username}@example.org")


def draft_page(parent, owner, title="Draft notice", slug=None, live=False, **fields):
    page = Page(title=title, slug=slug or slugify(title), owner=owner, live=live, **fields)
    parent.add_child(instance=page)
    page.save_revision(user=owner)
    return Page.objects.get(pk=page.pk)


def live_page(parent, owner, title="Live notice"):
    page = draft_page(parent, owner, title=title)
    page.get_latest_revision().publish(skip_permission_checks=True)
    return Page.objects.get(pk=page.pk)


def edit_data(page, **extra):
    data = {
        "title": page.title,
        "slug": page.slug,
        "seo_title": "",
        "search_description": "",
        "comments-TOTAL_FORMS": "0",
        "comments-INITIAL_FORMS": "0",
        "comments-MIN_NUM_FORMS": "0",
        "comments-MAX_NUM_FORMS": "1000",
    }
    data.update(extra)
    return data


def as_user(client, user):
    client.force_login(user)
    return client


def edit(client, page, **extra):
    return client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), edit_data(page, **extra))


def submit(client, page, **extra):
    return edit(client, page, **{"action-submit": "1", **extra})


def current_task_state(page):
    state = Page.objects.get(pk=page.pk).current_workflow_state
    return state.current_task_state if state else None


def workflow_action(client, page, action, comment=""):
    task_state = current_task_state(page)
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])
    return client.post(url, {"comment": comment})


def step_name(page):
    task_state = current_task_state(page)
    return task_state.task.name if task_state else None


def enable(key):
    return profile_workflow.set_cosignature(key, True)


def reload(page):
    return Page.objects.get(pk=page.pk)
