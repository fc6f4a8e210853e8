"""The admin of the PR expert, the secretary and the mayor has no English left in bg, pl and uk.

Each role's screens are rendered with Django's test client in the user's admin language
(Account → Preferences: `UserProfile.preferred_language`) and every visible text (and
tooltip, placeholder, aria label, sidebar label) is checked by tests/admin_english.py: a
text that is one of Wagtail's or wagtail-localize's English strings with no translation in
that language fails the test, naming the msgid to add to registry_pages/admin_locale.
The names of the publication workflow and its steps ("Submit to Publication approval",
the status dialog, "Awaiting your review", the workflow history) are checked too: they
are not Wagtail's strings, so the detector would not see them left in English.
"""

from html.parser import HTMLParser

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.users.models import UserProfile

from registry_pages.models import ServiceCardPage
from registry_pages.workflow.names import DEFAULT_NAMES
from tests.admin_english import english_in, visible_texts

ROLES = ("pr_expert", "secretary", "mayor")
LANGUAGES = ("bg", "pl", "uk")


def _speaking(client, username, language):
    user = get_user_model().objects.get(username=username)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client.force_login(user)
    return client


class _FormData(HTMLParser):
    """The values a browser would send from the form with the given id (no submit buttons)."""

    def __init__(self, form_id):
        super().__init__(convert_charrefs=True)
        self.form_id, self.inside, self.data = form_id, False, {}
        self._field, self._select = None, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.inside = attrs.get("id") == self.form_id
        name = attrs.get("name")
        if not self.inside or not name and tag != "option":
            return
        if tag == "input" and attrs.get("type") not in ("submit", "button", "file", "checkbox", "radio"):
            self.data[name] = attrs.get("value") or ""
        elif tag == "input" and attrs.get("type") in ("checkbox", "radio") and "checked" in attrs:
            self.data[name] = attrs.get("value") or "on"
        elif tag == "textarea":
            self._field, self.data[name] = name, ""
        elif tag == "select":
            self._select = name
        elif tag == "option" and self._select and ("selected" in attrs or self._select not in self.data):
            self.data[self._select] = attrs.get("value") or ""

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "textarea":
            self._field = None
        elif tag == "select":
            self._select = None

    def handle_data(self, data):
        if self._field:
            self.data[self._field] += data


def form_data(html, form_id):
    parser = _FormData(form_id)
    parser.feed(html)
    return parser.data


def _card(language):
    return ServiceCardPage.objects.filter(locale__language_code=language, alias_of__isnull=True).order_by("path").first()


def _submitted(card):
    editor = get_user_model().objects.get(username="pr_expert")
    card.save_revision(user=editor)
    card.get_workflow().start(card, editor)
    return Page.objects.get(pk=card.pk)


@pytest.fixture
def in_review(db):
    return put_in_review()


def put_in_review():
    """Two Bulgarian cards the PR expert submitted: one waits for the secretary, one
    (approved by the secretary) for the mayor."""
    cards = ServiceCardPage.objects.filter(locale__language_code="bg", alias_of__isnull=True).order_by("path")[:2]
    secretary_step, mayor_step = (_submitted(card) for card in cards)
    task_state = mayor_step.current_workflow_task_state
    task_state.approve(user=get_user_model().objects.get(username="secretary"))
    draft = ServiceCardPage.objects.filter(locale__language_code="bg", alias_of__isnull=True).order_by("path")[2]
    draft.save_revision(user=get_user_model().objects.get(username="pr_expert"))
    return {"secretary": secretary_step, "mayor": Page.objects.get(pk=mayor_step.pk), "draft": draft}


def english_names(texts) -> list[str]:
    """The workflow's and its steps' default names left in English (they are shown translated)."""
    return [text for text in texts if any(name in text for name in DEFAULT_NAMES)]


def _screens(role, language, in_review):
    """The screens a role works on, by name → URL."""
    reviewed = in_review["mayor" if role == "mayor" else "secretary"]
    screens = {
        "dashboard": reverse("wagtailadmin_home"),
        "editor": reverse("wagtailadmin_pages:edit", args=[reviewed.pk]),
        "account": reverse("wagtailadmin_account"),
    }
    if role == "mayor":  # the mayor reviews from the dashboard and the editor only
        return screens
    catalogue = reviewed.get_parent()
    screens |= {
        "explorer": reverse("wagtailadmin_explore_root"),
        "listing": reverse("wagtailadmin_explore", args=[catalogue.pk]),
        "search": reverse("wagtailadmin_pages:search") + "?q=zzzyx",
        "history": reverse("wagtailadmin_pages:history", args=[reviewed.pk]),
        "workflow history": reverse("wagtailadmin_pages:workflow_history", args=[reviewed.pk]),
        "workflow history detail": reverse(
            "wagtailadmin_pages:workflow_history_detail", args=[reviewed.pk, reviewed.current_workflow_state.pk]
        ),
        "departments (snippets)": reverse("wagtailsnippets_registry_pages_department:list"),
        "locked pages": reverse("wagtailadmin_reports:locked_pages"),
        "aging pages": reverse("wagtailadmin_reports:aging_pages"),
        "workflows report": reverse("wagtailadmin_reports:workflow"),
        "workflow tasks report": reverse("wagtailadmin_reports:workflow_tasks"),
    }
    if language != "bg":  # a synced translation opens in wagtail-localize's editor
        screens["translation editor"] = reverse("wagtailadmin_pages:edit", args=[_card(language).pk])
    if role == "pr_expert":
        # A draft not yet submitted: "Submit to Publication approval".
        screens["draft editor"] = reverse("wagtailadmin_pages:edit", args=[in_review["draft"].pk])
        screens["new card"] = reverse("wagtailadmin_pages:add", args=["registry_pages", "servicecardpage", catalogue.pk])
    return screens


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("role", ROLES)
def test_no_english_on_the_roles_screens(client, in_review, role, language):
    browser = _speaking(client, role, language)
    english = {}
    for name, url in _screens(role, language, in_review).items():
        response = browser.get(url, follow=True)
        if response.status_code != 200 or response.redirect_chain:
            english[name] = [f"not reached: HTTP {response.status_code} {response.redirect_chain}"]
            continue
        texts = visible_texts(response.content.decode())
        found = english_in(texts, language) + english_names(texts)
        if found:
            english[name] = found
    assert english == {}, f"{role} in {language}: English on {english}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_refused_new_page_is_explained_in_the_editors_language(client, in_review, language):
    """The message and field errors after an incomplete new card (seen in English in bg)."""
    catalogue = in_review["secretary"].get_parent()
    browser = _speaking(client, "pr_expert", language)
    url = reverse("wagtailadmin_pages:add", args=["registry_pages", "servicecardpage", catalogue.pk])
    form = form_data(browser.get(url).content.decode(), "page-edit-form")
    # StreamFields are drawn by JavaScript: an empty one sends only its count.
    streams = {f"{field.name}-count": "0" for field in ServiceCardPage._meta.fields if isinstance(field, StreamField)}
    response = browser.post(url, form | streams | {"title": "", "slug": ""})
    assert response.status_code == 200
    texts = visible_texts(response.content.decode())
    assert english_in(texts, language) == []
    with translation.override(language):
        assert gettext("The page could not be created due to validation errors.") in texts


@pytest.mark.parametrize(
    ("language", "expected"),
    [("bg", ["Отчети", "Помощ", "Очакват вашия преглед"]), ("pl", ["Raporty", "Pomoc", "Czekają na Twoje sprawdzenie"]),
     ("uk", ["Звіти", "Допомога", "Очікують вашого розгляду"])],
)
def test_the_menu_speaks_the_editors_language(client, in_review, language, expected):
    response = _speaking(client, "secretary", language).get(reverse("wagtailadmin_home"))
    texts = visible_texts(response.content.decode())
    assert [label for label in expected if label in texts] == expected


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_workflow_and_its_steps_are_named_in_the_editors_language(client, in_review, language):
    with translation.override(language):
        submit = gettext("Submit to %(workflow_name)s") % {"workflow_name": gettext("Publication approval")}
        step = gettext("Secretary review")
    assert step != "Secretary review"
    draft_editor = _speaking(client, "pr_expert", language).get(
        reverse("wagtailadmin_pages:edit", args=[in_review["draft"].pk])
    )
    assert submit in visible_texts(draft_editor.content.decode())
    dashboard = _speaking(client, "secretary", language).get(reverse("wagtailadmin_home"))
    assert any(step in text for text in visible_texts(dashboard.content.decode()))
