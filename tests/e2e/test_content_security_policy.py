"""The public pages work under their strict Content-Security-Policy: Chromium reports
no violation in the console, the search suggestions (a static script) still run."""

import pytest

from .support.csp import watch_csp_violations
from .support.pages import public_pages


@pytest.mark.e2e
@pytest.mark.parametrize("lang", ["bg", "en"])
def test_public_pages_report_no_csp_violation(page, lang):
    violations = watch_csp_violations(page)
    for name, url in public_pages(lang).items():
        response = page.goto(url)
        assert response.status == 200, f"{name}: {url} → {response.status}"
        assert "script-src 'self'" in response.headers["content-security-policy"]
        page.wait_for_load_state("load")
    assert violations == []


@pytest.mark.e2e
def test_admin_sign_in_page_reports_no_csp_violation(page):
    violations = watch_csp_violations(page)
    response = page.goto("/admin/login/")
    assert response.status == 200 and "'unsafe-inline'" in response.headers["content-security-policy"]
    page.wait_for_load_state("load")
    assert page.get_by_label("Username").is_visible() or page.locator("#id_username").is_visible()
    assert violations == []


@pytest.mark.e2e
def test_a_blocked_inline_script_would_be_reported(page):
    """The watcher itself works: an inline script injected into a public page is refused and reported."""
    violations = watch_csp_violations(page)
    page.goto("/en/")
    page.evaluate("""() => { const s = document.createElement('script'); s.textContent = 'window.__ran = 1';
                            document.body.appendChild(s); }""")
    page.wait_for_timeout(200)
    assert page.evaluate("() => window.__ran") is None
    assert violations and "script-src" in violations[0]
