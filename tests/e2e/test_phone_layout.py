"""On a phone (390 × 844 CSS pixels) every public page type, in every language,
fits the screen's width (nothing scrolls sideways: wide tables are stacked as
labelled rows) and shows its title on the first screen (a compact header);
the menu opens and closes without JavaScript."""

import pytest

from registry_pages.models import (
    ActionItemPage,
    ActionPlanPage,
    EthicsCodePage,
    NGOEntryPage,
    NGORegisterPage,
    ReceptionDaysPage,
    ServiceIndexPage,
)

from .support.pages import LANGUAGES, SEARCH_WORDS, card_with_form, in_language

PHONE = {"width": 390, "height": 844}


def phone_pages(lang) -> dict[str, str]:
    card = card_with_form(lang)
    return {
        "home": f"/{lang}/",
        "service index": in_language(ServiceIndexPage, lang).url,
        "service card": card.url,
        "search results": f"/{lang}/search/?q={SEARCH_WORDS[lang]}",
        "action plan": in_language(ActionPlanPage, lang).url,
        "action item": in_language(ActionItemPage, lang).url,
        "ethics code": in_language(EthicsCodePage, lang).url,
        "reception days": in_language(ReceptionDaysPage, lang).url,
        "NGO register": in_language(NGORegisterPage, lang).url,
        "NGO entry": in_language(NGOEntryPage, lang).url,
        "history": card.url + "history/",
    }


@pytest.fixture
def phone(browser, portal):
    context = browser.new_context(base_url=portal.url, viewport=PHONE, device_scale_factor=1, is_mobile=True,
                                  has_touch=True, java_script_enabled=False)
    tab = context.new_page()
    yield tab
    context.close()


@pytest.mark.e2e
@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_page_type_fits_a_phone_and_shows_its_title_on_the_first_screen(phone, lang):
    problems = []
    for name, url in phone_pages(lang).items():
        response = phone.goto(url)
        assert response.status == 200, f"{name}: {url} → {response.status}"
        width = phone.evaluate("() => document.scrollingElement.scrollWidth")
        h1_top = phone.locator("h1").first.evaluate("el => el.getBoundingClientRect().top")
        if width > PHONE["width"]:
            wide = phone.evaluate("""() => [...document.querySelectorAll('main *')]
                .filter(e => e.getBoundingClientRect().right > 391).slice(0, 3)
                .map(e => e.tagName.toLowerCase() + '.' + e.className)""")
            problems.append(f"{name} ({url}) is {width}px wide: {wide}")
        if not 0 <= h1_top < PHONE["height"]:
            problems.append(f"{name} ({url}): the h1 starts at {h1_top}px")
    assert problems == [], "\n".join(problems)


@pytest.mark.e2e
def test_the_phone_menu_is_a_button_that_opens_the_sections_without_javascript(phone):
    phone.goto(in_language(ReceptionDaysPage, "pl").url)  # home has its own big search instead of the header's
    menu = phone.locator("summary.site-menu__button")
    nav = phone.locator("nav.site-nav")
    assert menu.is_visible() and nav.is_hidden()
    assert phone.locator("#site-search-q").is_visible()  # the search stays on the first screen
    menu.click()
    assert nav.is_visible()
    first_section = nav.locator("a").nth(1)
    assert first_section.is_visible()
    href = first_section.get_attribute("href")
    first_section.click()
    assert phone.url.endswith(href)
    assert phone.locator("nav.site-nav").is_hidden()  # a new page starts with the menu closed


@pytest.mark.e2e
def test_the_menu_bar_shows_on_a_wide_screen_without_a_button(page):
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto("/uk/")
    assert page.locator("summary.site-menu__button").is_hidden()
    assert page.locator("nav.site-nav a").nth(1).is_visible()
