"""axe-core finds no serious or critical violation on any public page type, in any language;
the skip link works from the keyboard and focus is visible; a card prints on A4."""

import pytest

from .support.axe import axe_violations
from .support.pages import LANGUAGES, card_with_form, public_pages


@pytest.mark.e2e
@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_serious_or_critical_axe_violations(page, lang):
    violations = []
    checked = []
    for name, url in public_pages(lang).items():
        response = page.goto(url)
        assert response.status == 200, f"{name}: {url} → {response.status}"
        assert page.locator("html").get_attribute("lang") == lang
        violations += [dict(v, page=name) for v in axe_violations(page)]
        checked.append(name)
    assert len(checked) == len(public_pages(lang)) == 8
    assert violations == [], "\n".join(f"{v['page']} {v['url']}: {v['rule']} ({v['impact']}) {v['help']} {v['nodes']}" for v in violations)


@pytest.mark.e2e
def test_skip_link_moves_focus_to_the_content_and_focus_is_visible(page):
    page.goto(card_with_form("en").url)
    page.keyboard.press("Tab")
    skip = page.locator(".skip-link")
    assert page.evaluate("() => document.activeElement.className") == "skip-link"
    box = skip.bounding_box()
    assert box and box["x"] >= 0 and box["y"] >= 0 and box["width"] > 0, "the focused skip link is on screen"
    outline = skip.evaluate("el => getComputedStyle(el).outlineStyle + ' ' + getComputedStyle(el).outlineWidth")
    assert not outline.startswith("none") and not outline.endswith(" 0px"), outline
    page.keyboard.press("Enter")
    # following a same-page link is asynchronous: wait (up to 5 s) for the fragment and the focus
    page.wait_for_function("() => location.hash === '#main' && document.activeElement.id === 'main'", timeout=5000)
    assert page.url.endswith("#main")
    # the next Tab lands inside the content, not back in the header
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.closest('main') !== null")
    # every link and button in the page shows a visible focus indicator
    page.keyboard.press("Tab")
    style = page.evaluate("() => { const s = getComputedStyle(document.activeElement); return [s.outlineStyle, s.outlineWidth]; }")
    assert style[0] != "none" and style[1] != "0px", style


@pytest.mark.e2e
def test_service_card_prints_on_a4_with_its_url_and_without_navigation(page):
    card = card_with_form("en")
    page.goto(card.url)
    page.emulate_media(media="print")
    assert page.locator(".site-nav").is_hidden()
    assert page.locator(".site-search").is_hidden()
    assert page.locator(".language-switcher").is_hidden()
    assert page.locator("#feedback").is_hidden()
    printed_url = page.locator(".print-url")
    assert printed_url.is_visible()
    assert page.url.split("#")[0] in printed_url.inner_text()
    assert page.locator("h1").inner_text() == card.title
    pdf = page.pdf(format="A4", print_background=False)
    assert pdf.startswith(b"%PDF")
    # A4 is 595 × 842 points
    assert b"/MediaBox [0 0 594.95996 841.91998]" in pdf or b"/MediaBox [0 0 595" in pdf
