"""Every workflow e-mail, Wagtail's and ours, is entirely in the recipient's language:
their admin language (Account → Preferences), else the site's default, never the
language of whoever acted; the workflow and step names included."""

import re

import pytest
from django.conf import settings as django_settings
from django.core import mail
from django.template.loader import render_to_string
from django.utils import translation
from wagtail.models import TaskState
from wagtail.users.models import UserProfile

from registry_pages.models import Department
from registry_pages.workflow import names
from registry_pages.workflow.setup import get_task
from tests.admin_english import english_in, visible_texts
from tests.registry_pages.workflow.support import (
    current_task_state,
    draft_page,
    reload,
    superuser,
)

LANGUAGES = ("bg", "pl", "uk")
URL = re.compile(r"\S*(?:https?://|/admin/)\S*")
NOTIFICATIONS = "wagtailadmin/notifications/"
WAGTAIL_TEMPLATES = [
    f"{kind}_state_{event}{part}"
    for kind, events in (("task", ("submitted", "approved", "rejected")), ("workflow", ("submitted", "approved", "rejected")))
    for event in events
    for part in ("_subject.txt", ".txt", ".html")
]


def english_in_mail(text: str, language: str, html: bool = False) -> list[str]:
    """Wagtail's untranslated strings and our default names left in English in a mail."""
    texts = visible_texts(text) if html else [URL.sub("", line).strip() for line in text.splitlines()]
    found = english_in([t for t in texts if t], language)
    found += [name for name in names.DEFAULT_NAMES if name in text]
    return found


def _speaking(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


def _mails_to(user):
    return [message for message in mail.outbox if user.email in message.to]


def _check(messages, language):
    found = {}
    for message in messages:
        problems = english_in_mail(message.subject, language) + english_in_mail(message.body, language)
        for content, mimetype in getattr(message, "alternatives", []):
            if mimetype == "text/html":
                problems += english_in_mail(content, language, html=True)
        if problems:
            found[message.subject] = problems
    return found


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_whole_path_mails_each_recipient_in_their_language(
    settings, site_root, pr_expert, secretary, mayor, language
):
    settings.WAGTAILADMIN_NOTIFICATION_USE_HTML = True
    settings.WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = True
    admin = _speaking(superuser("t_mail_admin"), language)
    for user in (pr_expert, secretary, mayor):
        _speaking(user, language)
    page = draft_page(site_root, pr_expert, title="Уведомление за ремонт")
    mail.outbox.clear()
    with translation.override("en"):  # whoever acts reads English; the mails do not follow them
        page.get_workflow().start(page, pr_expert)  # submitted: to the superuser and the secretaries
        current_task_state(page).approve(user=secretary)  # our "step approved" to the author; the mayor's task
        current_task_state(page).reject(user=mayor, comment="Добавете датите.")  # to the author; ours to the secretary
        reload(page).current_workflow_state.resume(user=pr_expert)
        for _step in range(3):  # to the end: approved, to the author
            task_state = current_task_state(page)
            if task_state is None:
                break
            approver = mayor if task_state.task_id == get_task("mayor").pk else secretary
            task_state.approve(user=approver, comment="Да.")
    assert current_task_state(page) is None
    received = {who.username: _mails_to(who) for who in (admin, pr_expert, secretary, mayor)}
    assert all(received.values()), {who: len(messages) for who, messages in received.items()}
    assert len(received["t_pr_expert"]) >= 3  # step approved, rejected, approved
    for messages in received.values():
        assert _check(messages, language) == {}
    assert any(m.alternatives for m in received["t_mail_admin"])  # the HTML alternative was checked too


@pytest.mark.django_db
def test_a_recipient_without_a_preference_gets_the_sites_language(site_root, pr_expert, secretary):
    UserProfile.get_for_user(secretary).save()  # no preferred language
    page = draft_page(site_root, pr_expert, title="Бележка")
    mail.outbox.clear()
    with translation.override("pl"):
        page.get_workflow().start(page, pr_expert)
    (message,) = _mails_to(secretary)
    assert _check([message], django_settings.LANGUAGE_CODE) == {}
    with translation.override(django_settings.LANGUAGE_CODE):
        assert str(names.DefaultName(names.SECRETARY_REVIEW)) in message.body


def _contexts(page, snippet, task_state, recipient):
    workflow_state = task_state.workflow_state
    common = {
        "task": get_task("secretary"),
        "task_state": task_state,
        "workflow": workflow_state.workflow,
        "workflow_state": workflow_state,
        "requested_by": workflow_state.requested_by,
        "comment": "Коментар.",
        "user": recipient,
        "settings": django_settings,
    }
    return {
        "page": common | {"page": page, "object": page, "model_name": page._meta.verbose_name},
        "snippet": common | {"object": snippet, "model_name": snippet._meta.verbose_name},
    }


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_wagtail_workflow_mail_template_renders_in_the_language(site_root, pr_expert, secretary, language):
    """Also the task approved/rejected mails Wagtail ships for task types that send them."""
    page = draft_page(site_root, pr_expert, title="Обява")
    page.get_workflow().start(page, pr_expert)
    task_state = current_task_state(page)
    task_state.status, task_state.finished_by = TaskState.STATUS_REJECTED, secretary
    snippet = Department.objects.create(locale=site_root.locale, name="Отдел „Деловодство“")
    found = {}
    for kind, context in _contexts(page, snippet, task_state, secretary).items():
        with translation.override(language):
            for template in WAGTAIL_TEMPLATES:
                text = render_to_string(NOTIFICATIONS + template, context)
                problems = english_in_mail(text, language, html=template.endswith(".html"))
                if problems:
                    found[f"{kind}: {template}"] = problems
    assert found == {}
