"""List the catalogue entries still to translate: empty or fuzzy msgstr in bg, pl and uk.

    .venv/bin/python scripts/i18n_check.py          # from the project root

Exits with status 1 while anything remains, so it can gate a commit.
"""

import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
APPS = ("registry_pages", "home", "search", "cms", "portal_demo")
LANGUAGES = ("bg", "pl", "uk")
# Wagtail's and wagtail-localize's own strings we translate (docs/translations.md).
ADMIN_OVERRIDES = "registry_pages/admin_locale"


def pending(po):
    for entry in po:
        if entry.obsolete:
            continue
        if "fuzzy" in entry.flags:
            yield "fuzzy", entry
        elif not entry.translated():
            yield "empty", entry


def catalogues():
    for app in APPS:
        for language in LANGUAGES:
            yield app, language, ROOT / app / "locale" / language / "LC_MESSAGES" / "django.po"
    for language in LANGUAGES:
        for domain in ("django", "djangojs"):
            yield f"{ADMIN_OVERRIDES} ({domain})", language, ROOT / ADMIN_OVERRIDES / "locale" / language / "LC_MESSAGES" / f"{domain}.po"


def main():
    remaining = 0
    for app, language, path in catalogues():
        po = polib.pofile(str(path))
        todo = list(pending(po))
        remaining += len(todo)
        print(f"{app}/{language}: {len([e for e in po if not e.obsolete])} entries, {len(todo)} to do")
        for state, entry in todo:
            where = entry.occurrences[0][0] if entry.occurrences else "?"
            print(f"  [{state}] {where}: {entry.msgid!r}")
    return 1 if remaining else 0


if __name__ == "__main__":
    sys.exit(main())
