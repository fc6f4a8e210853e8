"""Screenshots of the design system's components (docs/design.md) from a running demo.

    make demo PORT=8123 &
    .venv/bin/python scripts/design_screenshots.py --base http://127.0.0.1:8123 [--out docs/design]

Debian's Chromium through Playwright; one PNG per component at 390 px (phone) and
1280 px (desktop). The images in docs/design/ are committed so that docs/design.md shows
each component; run the script again after changing a component (or the demo) and commit them.
"""

import argparse
from pathlib import Path

from playwright.sync_api import sync_playwright

CHROMIUM = "/usr/bin/chromium"
# component → (address in the demo, the element to photograph)
COMPONENTS = {
    "header": ("/bg/", ".site-header"),
    "at-a-glance": ("/bg/services/heirs-certificate/", ".glance"),
    "home-sections": ("/bg/", ".card-grid"),
    "home-top-tasks": ("/pl/", "main"),
    "breadcrumbs": ("/bg/priemni-dni/", ".breadcrumbs"),
    "filters": ("/bg/registar-na-npo/", ".filters"),
    "chips": ("/pl/search/?q=urodzenia", ".search-facets"),
    "progress-by-theme": ("/bg/plan-za-deystvie-2026/", ".action-progress"),
    "status-tags": ("/bg/plan-za-deystvie-2026/", ".action-theme"),
    "stacked-table": ("/bg/priemni-dni/", ".reception-days"),
    "nothing-found": ("/en/search/?q=qwxzvbnm", ".search-none"),
}
WIDTHS = {"phone": 390, "desktop": 1280}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default="http://127.0.0.1:8000")
    parser.add_argument("--out", default="docs/design")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--headless", "--no-sandbox", "--disable-gpu"])
        for device, width in WIDTHS.items():
            tab = browser.new_page(viewport={"width": width, "height": 900})
            for name, (path, selector) in COMPONENTS.items():
                tab.goto(args.base.rstrip("/") + path)
                element = tab.locator(selector).first
                if element.count():
                    element.screenshot(path=str(out / f"{name}-{device}.png"))
                    print(out / f"{name}-{device}.png")
                else:
                    print(f"{name}: {selector} not found on {path}")
            tab.close()
        browser.close()


if __name__ == "__main__":
    main()
