"""axe-core, vendored (tests/e2e/vendor/README.md), run inside the page."""

from pathlib import Path

AXE_JS = Path(__file__).resolve().parents[1] / "vendor" / "axe.min.js"
BLOCKING_IMPACTS = {"serious", "critical"}


def axe_violations(page) -> list[dict]:
    """Serious and critical violations on the page as shown, one dict per rule."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        # Evaluated through the DevTools protocol: a <script> tag with axe inline
        # would be refused by the public pages' Content-Security-Policy.
        page.evaluate(AXE_JS.read_text(encoding="utf-8"))
    result = page.evaluate("async () => await axe.run(document)")
    assert len(result["passes"]) > 20, f"axe checked too little on {page.url}: is the page empty?"
    return [
        {
            "url": page.url,
            "rule": v["id"],
            "impact": v["impact"],
            "help": v["help"],
            "nodes": [n["target"] for n in v["nodes"]][:5],
        }
        for v in result["violations"]
        if v["impact"] in BLOCKING_IMPACTS
    ]
