"""In Chromium, the PR expert's path through the Bulgarian admin shows no English:
dashboard → explorer → editor (with its menus and JavaScript-rendered texts) → submit for
approval → the message after submitting. The texts are read from the rendered DOM, so
strings Wagtail's JavaScript draws from its `djangojs` catalogue count too
(tests/admin_english.py decides what is English)."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.users.models import UserProfile

from registry_pages.models import ServiceCardPage, ServiceIndexPage
from tests.admin_english import english_in

from .support.pages import in_language
from .test_publication_path import footer_action, log_in

# Every text node and read attribute in the document, as the browser holds it
# (textContent: before CSS text-transform, like the catalogues spell it).
RENDERED_TEXTS = """() => {
  const texts = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    const parent = node.parentElement;
    if (parent && !["SCRIPT", "STYLE", "NOSCRIPT"].includes(parent.tagName) && node.textContent.trim()) {
      texts.push(node.textContent.trim());
    }
  }
  for (const element of document.body.querySelectorAll("[title], [placeholder], [aria-label]")) {
    for (const name of ["title", "placeholder", "aria-label"]) {
      const value = element.getAttribute(name);
      if (value && value.trim()) texts.push(value.trim());
    }
  }
  return texts;
}"""


def english_on(page, language="bg"):
    page.wait_for_load_state("networkidle")
    return english_in(page.evaluate(RENDERED_TEXTS), language)


@pytest.mark.e2e
def test_the_pr_experts_path_in_bulgarian_has_no_english(page):
    user = get_user_model().objects.get(username="pr_expert")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "bg"
    profile.save()
    catalogue = in_language(ServiceIndexPage, "bg")
    card = ServiceCardPage.objects.child_of(catalogue).live().order_by("path").first()
    seen = {}

    log_in(page, "pr_expert")
    seen["dashboard"] = english_on(page)
    page.locator("#wagtail-sidebar").get_by_role("button").filter(has_text="Страници").first.click()
    seen["pages menu"] = english_on(page)

    page.goto(f"/admin/pages/{catalogue.pk}/")
    seen["explorer"] = english_on(page)

    page.goto(f"/admin/pages/{card.pk}/edit/")
    seen["editor"] = english_on(page)
    page.get_by_role("tab").nth(-1).click()  # Promote: slug, title tag, show in menus
    seen["promote tab"] = english_on(page)
    # The workflow's default name, in the reader's language (docs/workflow.md).
    page.get_by_role("tab").first.click()  # back to Content: a published card goes back with a change note
    page.fill("textarea[name=change_note]", "Кратко описание, прегледано отново.")
    footer_action(page, "Изпращане за „Одобрение за публикуване“")  # opens "More actions" first
    page.locator(".messages").wait_for()
    seen["after submitting"] = english_on(page)

    assert {screen: found for screen, found in seen.items() if found} == {}
    assert ServiceCardPage.objects.get(pk=card.pk).workflow_in_progress
