"""Lighthouse 12 (mobile) on the public pages of a running demo: prints the four scores.

    make demo PORT=8123 &            # in another shell (or any running portal with the demo content)
    .venv/bin/python bench/lighthouse.py --base http://127.0.0.1:8123 [--languages bg,pl] [--runs 1]

Runs `npx --yes lighthouse@12.2.3` (npm fetches it once) with Debian's Chromium
(CHROME_PATH=/usr/bin/chromium, headless, no sandbox, no GPU) on the home page, a
service card, search results, the action plan and the NGO register in each
language; the page addresses are read from the demo database (cms.settings.dev),
so run it from the checkout that serves the demo. Lighthouse's default is the
mobile profile (Moto G Power, slow 4G throttling simulated). With --runs N the
median of N runs is printed. Exits 1 when a page cannot be measured.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
LIGHTHOUSE = "lighthouse@12.2.3"
CHROMIUM = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
SEARCH_WORDS = {"bg": "раждане", "pl": "urodzenia", "uk": "народження", "en": "birth"}


def page_paths(languages) -> list[tuple[str, str, str]]:
    """(page, language, path) of each page measured, read from the demo database."""
    sys.path.insert(0, str(REPO))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
    import django

    django.setup()
    from registry_pages.models import ActionPlanPage, NGORegisterPage, ServiceCardPage

    def first(model, lang):
        page = model.objects.live().filter(locale__language_code=lang, alias_of__isnull=True).order_by("path").first()
        if page is None:
            raise SystemExit(f"no live {model.__name__} in {lang}: is the demo loaded (make demo)?")
        return page.url

    paths = []
    for lang in languages:
        paths += [
            ("home", lang, f"/{lang}/"),
            ("service card", lang, first(ServiceCardPage, lang)),
            ("search results", lang, f"/{lang}/search/?q={SEARCH_WORDS[lang]}"),
            ("action plan", lang, first(ActionPlanPage, lang)),
            ("NGO register", lang, first(NGORegisterPage, lang)),
        ]
    return paths


def lighthouse(url: str, attempts: int = 3) -> dict[str, int]:
    """Scores of one run; Lighthouse's occasional trace failures (NO_NAVSTART) are retried."""
    for attempt in range(attempts):
        try:
            return _lighthouse_once(url)
        except RuntimeError:
            if attempt == attempts - 1:
                raise
    raise AssertionError("unreachable")


def _lighthouse_once(url: str) -> dict[str, int]:
    command = ["npx", "--yes", LIGHTHOUSE, url, "--output=json", "--output-path=stdout", "--quiet",
               f"--chrome-flags={CHROME_FLAGS}", "--only-categories=" + ",".join(CATEGORIES)]
    done = subprocess.run(command, capture_output=True, text=True, env={**os.environ, "CHROME_PATH": CHROMIUM},
                          timeout=300)
    if done.returncode != 0:
        raise RuntimeError(f"lighthouse failed on {url}: {done.stderr.strip()[-500:]}")
    report = json.loads(done.stdout)
    return {name: round((report["categories"][name]["score"] or 0) * 100) for name in CATEGORIES}


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default="http://127.0.0.1:8000", help="address of the running demo")
    parser.add_argument("--languages", default="bg,pl")
    parser.add_argument("--runs", type=int, default=1, help="runs per page; the median is printed")
    args = parser.parse_args(argv)
    if not Path(CHROMIUM).exists():
        raise SystemExit(f"{CHROMIUM} is missing: run scripts/chromium.sh")
    rows, failed = [], False
    print(f"Lighthouse {LIGHTHOUSE.split('@')[1]}, mobile, {CHROMIUM}, {args.runs} run(s) a page, {args.base}")
    print(f"{'page':<16} {'lang':<4} {'perf':>5} {'a11y':>5} {'best':>5} {'seo':>5}")
    for name, lang, path in page_paths(args.languages.split(",")):
        try:
            runs = [lighthouse(args.base.rstrip("/") + path) for _ in range(args.runs)]
        except (RuntimeError, subprocess.TimeoutExpired, json.JSONDecodeError, KeyError) as error:
            print(f"{name:<16} {lang:<4} failed: {error}")
            failed = True
            continue
        scores = {c: int(statistics.median(run[c] for run in runs)) for c in CATEGORIES}
        rows.append(scores)
        print(f"{name:<16} {lang:<4} {scores['performance']:>5} {scores['accessibility']:>5} "
              f"{scores['best-practices']:>5} {scores['seo']:>5}", flush=True)
    if rows:
        lowest = {c: min(r[c] for r in rows) for c in CATEGORIES}
        print(f"{'lowest':<21} {lowest['performance']:>5} {lowest['accessibility']:>5} "
              f"{lowest['best-practices']:>5} {lowest['seo']:>5}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
