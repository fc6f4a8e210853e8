"""Add Wagtail's or wagtail-localize's English strings to the add-on's admin override
catalogues (registry_pages/admin_locale/locale), ready to translate.

    .venv/bin/python scripts/admin_locale.py "Collapse all" "%(count)s item"   # from the project root

Each msgid is looked up in the English catalogues Wagtail and wagtail-localize ship
(`locale/en/LC_MESSAGES/{django,djangojs}.po`, which list every source string with its
context and plural); the entry goes to the same domain of our bg, pl and uk catalogues
with an empty msgstr (a plural msgid may be given by its singular). Then translate the
empty entries (`scripts/i18n_check.py` lists them) and compile in registry_pages/admin_locale:
`../../.venv/bin/python ../../manage.py compilemessages`.
"""

import sys
from datetime import datetime, timezone
from pathlib import Path

import polib
import wagtail
import wagtail_localize

ROOT = Path(__file__).resolve().parent.parent
OVERRIDES = ROOT / "registry_pages" / "admin_locale" / "locale"
LANGUAGES = ("bg", "pl", "uk")
DOMAINS = ("django", "djangojs")
UPSTREAM = (Path(wagtail.__file__).parent, Path(wagtail_localize.__file__).parent)


def override_path(language, domain):
    return OVERRIDES / language / "LC_MESSAGES" / f"{domain}.po"


def upstream_plural_forms(language, domain):
    """Wagtail's own Plural-Forms: the JavaScript catalogue shares one `pluralidx` with Wagtail's."""
    po = polib.pofile(str(Path(wagtail.__file__).parent / "admin" / "locale" / language / "LC_MESSAGES" / f"{domain}.po"))
    return po.metadata["Plural-Forms"]


def open_override(language, domain):
    path = override_path(language, domain)
    if path.exists():
        return polib.pofile(str(path), wrapwidth=79)
    path.parent.mkdir(parents=True, exist_ok=True)
    po = polib.POFile(wrapwidth=79)
    po.metadata = {
        "Project-Id-Version": "registry_pages admin_locale",
        "POT-Creation-Date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M+0000"),
        "Last-Translator": "Portal team",
        "Language": language,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": upstream_plural_forms(language, domain),
    }
    po.save(str(path))
    return po


def upstream_entries(msgid):
    for package in UPSTREAM:
        for path in sorted(package.rglob("locale/en/LC_MESSAGES/*.po")):
            for entry in polib.pofile(str(path)):
                if msgid in (entry.msgid, entry.msgid_plural):
                    yield path.stem, entry


def add(msgid):
    found = {(domain, entry.msgctxt, entry.msgid): entry for domain, entry in upstream_entries(msgid)}
    if not found:
        raise SystemExit(f"not one of Wagtail's or wagtail-localize's English strings: {msgid!r}")
    for (domain, context, source), entry in found.items():
        for language in LANGUAGES:
            po = open_override(language, domain)
            if po.find(source, msgctxt=context) is None:
                nplurals = int(po.metadata["Plural-Forms"].split("nplurals=")[1].split(";")[0])
                po.append(polib.POEntry(
                    msgctxt=context, msgid=source, msgid_plural=entry.msgid_plural, msgstr="",
                    msgstr_plural={i: "" for i in range(nplurals)} if entry.msgid_plural else {},
                ))
                po.save()
        print(f"{domain}: {source!r}" + (f" (context {context!r})" if context else ""))


if __name__ == "__main__":
    for argument in sys.argv[1:]:
        add(argument)
