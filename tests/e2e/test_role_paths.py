"""In Chromium, the three roles' paths in Bulgarian, Polish and Ukrainian (the admin language of
each user's profile), with no English on any screen they see (issue 16, "Must show").

One full path per language, on the demo restored for each (tests/e2e/conftest.py):

* the PR expert opens the explorer (each card shows its completeness), edits a service card,
  empties its summary and saves a draft: the editor shows the score and what is missing; the
  submission is refused until the summary is back, then it goes to the approvers. A translation
  of the card with half of its strings untranslated offers no submit in the translation editor
  and its submission is refused; once the translator has finished, it is submitted from there;
* the secretary finds both first on the dashboard ("Awaiting your review"), opens each and
  approves with the main button (the page editor's footer, the translation editor's first
  action), landing on a screen the secretary may see;
* the mayor does the same at the last step: both are live. The mayor's Pages menu opens the
  page tree, read-only.

Every screen is read as Chromium rendered it (JavaScript included) and checked by
tests/admin_english.py; besides, the English names of the workflow and its steps
(database records that `registry_setup` creates) must not show either.
"""

import pytest
from django.contrib.auth import get_user_model
from django.utils import translation as i18n
from django.utils.translation import gettext
from wagtail.models import Locale, Page
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringSegment, StringTranslation

from registry_pages.models import ServiceCardPage, ServiceIndexPage
from registry_pages.workflow.completeness import synced_translation
from registry_pages.workflow.content import checklist_for
from registry_pages.workflow.models import ACTION_LABELS
from registry_pages.workflow.setup import TASKS, WORKFLOW_NAME, get_task
from tests.admin_english import english_in

from .support.pages import in_language
from .test_admin_language import RENDERED_TEXTS
from .test_publication_path import log_in

LANGUAGES = ("bg", "pl", "uk")
ROLES = ("pr_expert", "secretary", "mayor")
# What registry_setup names in English; an editor must read them in the admin's language.
ENGLISH_NAMES = (WORKFLOW_NAME, TASKS["secretary"][0], TASKS["mayor"][0])
NO_PERMISSION = "Sorry, you do not have permission to access this area."


def _(language, message):
    """`message` (a msgid or a lazy string) as the admin shows it in `language`."""
    with i18n.override(language):
        return gettext(message) if isinstance(message, str) else str(message)


class Screens:
    """Reads each screen a role sees and keeps what is wrong with it, by screen."""

    def __init__(self, page, language):
        self.page, self.language = page, language
        self.english, self.names = {}, {}

    def check(self, name):
        page = self.page
        page.wait_for_load_state("networkidle")
        assert page.locator("#wagtail-sidebar").count() == 1, f"{name}: not an admin screen ({page.url})"
        texts = page.evaluate(RENDERED_TEXTS)
        denied = {NO_PERMISSION, _(self.language, NO_PERMISSION)} & set(texts)
        assert not denied, f"{name}: {denied} ({page.url})"
        found = english_in(texts, self.language)
        if found:
            self.english[name] = found
        names = sorted({text for text in texts for english in ENGLISH_NAMES if english in text})
        if names:
            self.names[name] = names

    def assert_no_english(self):
        assert self.english == {}, f"English on the screens in {self.language}: {self.english}"
        assert self.names == {}, f"English workflow/step names in {self.language}: {self.names}"


def _speaking(language):
    for user in get_user_model().objects.filter(username__in=ROLES):
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()


def _reload(page):
    return Page.objects.get(pk=page.pk).specific


def _untranslate_half(target):
    """Take back half of the strings of the synced translation `target` (the title stays),
    as if the translator had stopped half-way; returns them, to finish the job later."""
    translation = synced_translation(target)
    segments = StringSegment.objects.filter(source=translation.source).exclude(context__path="title").order_by("order")
    taken = [
        string
        for segment in list(segments)[::2]
        for string in StringTranslation.objects.filter(
            translation_of_id=segment.string_id, context_id=segment.context_id, locale=translation.target_locale
        )
    ]
    StringTranslation.objects.filter(pk__in=[string.pk for string in taken]).delete()
    total, translated = translation.get_progress()
    assert 0 < translated < total, "the translation is half-translated"
    return taken


def _footer_button(page, name):
    """A button of the editor's footer by its visible name, opening "More actions" when needed."""
    button = page.locator("footer").get_by_role("button", name=name, exact=True)
    if not button.is_visible():
        page.locator("footer .w-dropdown__toggle").first.click()
    return button


CHANGE_NOTES = {
    "bg": "Кратко описание, прегледано отново.",
    "pl": "Krótki opis sprawdzony ponownie.",
    "uk": "Короткий опис перевірено ще раз.",
}


def _submit_button(page):
    """The footer's "Submit to <workflow>" (named by the workflow: found by its form name)."""
    button = page.locator("footer button[name=action-submit]")
    if not button.is_visible():
        page.locator("footer .w-dropdown__toggle").first.click()
    return button


def _settled(page):
    """Let the editor's autosave (Wagtail saves a draft ~0.5 s after a change) finish before the
    next click: two requests at once would share the test database's one connection."""
    if not hasattr(page, "pending_requests"):
        pending = page.pending_requests = set()
        page.on("request", lambda request: pending.add(request))
        page.on("requestfinished", lambda request: pending.discard(request))
        page.on("requestfailed", lambda request: pending.discard(request))
    page.wait_for_timeout(1500)
    for _tick in range(200):
        if not page.pending_requests:
            return
        page.wait_for_timeout(100)


def _pages_menu(page, language):
    return page.locator("#wagtail-sidebar").get_by_role("button").filter(has_text=_(language, "Pages")).first


def _message(page, level):
    return page.locator(f".messages li.{level}")


# -- the PR expert ------------------------------------------------------------------------


def _pr_expert_edits_the_card(page, screens, language, catalogue, card):
    log_in(page, "pr_expert")
    screens.check("PR expert: dashboard")
    _pages_menu(page, language).click()
    screens.check("PR expert: pages menu")

    page.goto(f"/admin/pages/{catalogue.pk}/")
    row = page.locator("tr", has=page.locator(f"a[href='/admin/pages/{card.pk}/edit/']"))
    status = row.locator(".registry-completeness").first
    assert status.get_attribute("data-done") == status.get_attribute("data-total") == "6"
    screens.check("PR expert: explorer")

    row.locator(f"a[href='/admin/pages/{card.pk}/edit/']").first.click()
    page.wait_for_url(f"**/admin/pages/{card.pk}/edit/")
    screens.check("PR expert: card editor")
    summary = page.input_value("textarea[name=summary]")
    page.fill("textarea[name=summary]", "")
    _settled(page)
    _footer_button(page, _(language, "Save draft")).click()
    _message(page, "success").wait_for()
    page.goto(f"/admin/pages/{card.pk}/edit/")  # the editor as it opens on the saved draft
    panel = page.locator(".registry-completeness").first
    with i18n.override(language):
        expected = str(checklist_for(_reload(card).get_latest_revision_as_object()))
    assert panel.inner_text().strip().startswith(expected)  # "Completeness 4/5 — missing: summary"
    assert _(language, "summary") in expected and (panel.get_attribute("data-done"), panel.get_attribute("data-total")) == ("5", "6")
    screens.check("PR expert: card editor, summary missing")

    _submit_button(page).click()
    _message(page, "error").wait_for()
    assert not _reload(card).workflow_in_progress, "an incomplete card is not submitted"
    screens.check("PR expert: submission refused")

    page.fill("textarea[name=summary]", summary)
    # A page published before goes back for approval with a change note (its public history).
    page.fill("textarea[name=change_note]", CHANGE_NOTES[language])
    _settled(page)
    _submit_button(page).click()
    _message(page, "success").wait_for()
    assert _reload(card).workflow_in_progress
    screens.check("PR expert: card submitted")


def _pr_expert_submits_the_translation(page, screens, language, target, taken):
    editor_url = f"/admin/pages/{target.pk}/edit/"
    submit_url = f"/admin/publication-workflow/submit-translation/{target.pk}/"
    page.goto(editor_url)
    panel = page.locator("[data-translation-editor-actions]")
    panel.locator(".help-warning, .help-block").first.wait_for()
    assert panel.locator(f"a[href='{submit_url}']").count() == 0, "no submit while strings are missing"
    screens.check("PR expert: translation editor, half translated")

    page.goto(submit_url)
    submit = page.get_by_role("button", name=_(language, "Submit for approval"), exact=True)
    assert page.locator("main .help-warning").count() >= 1 and submit.count() == 0
    screens.check("PR expert: submit screen, half translated")
    token = next(c["value"] for c in page.context.cookies() if c["name"] == "csrftoken")
    refused = page.request.post(submit_url, form={"csrfmiddlewaretoken": token}, headers={"Referer": page.url})
    assert refused.ok and not _reload(target).workflow_in_progress, "a half translation is refused"

    StringTranslation.objects.bulk_create(taken)  # the translator translates the rest
    page.goto(editor_url)
    panel.locator(f"a[href='{submit_url}']").click()
    page.wait_for_url(f"**{submit_url}")
    screens.check("PR expert: submit screen, translated")
    with page.expect_navigation():
        submit.click()
    assert _reload(target).workflow_in_progress
    screens.check("PR expert: translation submitted")


# -- the reviewers ------------------------------------------------------------------------


def _review_queue(page, screens, role, objects):
    """The dashboard: "Awaiting your review" is its first panel, listing `objects`."""
    page.goto("/admin/")
    first_panel = page.locator("#main .w-panel").first
    assert first_panel.get_attribute("id").startswith("awaiting-review"), "Awaiting your review comes first"
    for obj in objects:
        assert first_panel.locator(f"a[href='/admin/pages/{obj.pk}/edit/']").count() >= 1  # title (and Edit)
    screens.check(f"{role}: dashboard")
    return first_panel


def _approves(page, screens, language, role, card, target):
    log_in(page, role)
    approve = _(language, ACTION_LABELS[("approve", False)])

    queue = _review_queue(page, screens, role, (card, target))
    queue.locator(f"a[href='/admin/pages/{card.pk}/edit/']").first.click()
    page.wait_for_url(f"**/admin/pages/{card.pk}/edit/")
    main_button = page.locator("footer").get_by_role("button", name=approve, exact=True)
    assert main_button.is_visible(), "Approve is the reviewer's main button"
    screens.check(f"{role}: card editor")
    with page.expect_navigation():
        main_button.click()
    screens.check(f"{role}: after approving the card")

    queue = _review_queue(page, screens, role, (target,))
    queue.locator(f"a[href='/admin/pages/{target.pk}/edit/']").first.click()
    page.wait_for_url(f"**/admin/pages/{target.pk}/edit/")
    actions = page.locator("[data-translation-editor-actions]")
    first_action = actions.locator("form button[type=submit]").first
    assert first_action.inner_text().strip() == approve, "Approve is the reviewer's first action"
    screens.check(f"{role}: translation editor")
    with page.expect_navigation():
        first_action.click()
    screens.check(f"{role}: after approving the translation")


def _mayors_pages_menu(page, screens, language, catalogue):
    _pages_menu(page, language).click()
    screens.check("mayor: pages menu")
    response = page.goto(f"/admin/pages/{catalogue.pk}/")
    assert response.status == 200
    assert page.locator("a[href*='/add_subpage/'], a[href*='/pages/add/']").count() == 0, "the mayor adds no pages"
    screens.check("mayor: explorer")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_roles_paths_have_no_english(page, language):
    catalogue = in_language(ServiceIndexPage, "bg")
    card = ServiceCardPage.objects.child_of(catalogue).live().order_by("path").first()
    # The card's translation the editor finishes: the admin's own language, English for bg.
    target = _reload(card.get_translation(Locale.objects.get(language_code="en" if language == "bg" else language)))
    _speaking(language)
    taken = _untranslate_half(target)
    screens = Screens(page, language)
    _settled(page)  # starts counting the requests in flight

    _pr_expert_edits_the_card(page, screens, language, catalogue, card)
    _pr_expert_submits_the_translation(page, screens, language, target, taken)

    _approves(page, screens, language, "secretary", card, target)
    mayor_step = get_task("mayor").pk
    assert _reload(card).current_workflow_task.pk == _reload(target).current_workflow_task.pk == mayor_step
    assert _reload(card).has_unpublished_changes, "the secretary's approval publishes nothing"

    _approves(page, screens, language, "mayor", card, target)
    assert not _reload(card).workflow_in_progress and not _reload(target).workflow_in_progress
    assert not _reload(card).has_unpublished_changes and not _reload(target).has_unpublished_changes
    _mayors_pages_menu(page, screens, language, catalogue)

    screens.assert_no_english()
