"""Find English on an admin screen: text that is one of Wagtail's or wagtail-localize's
English strings, left untranslated in the language being checked.

No allow-list of "known English words": the source strings are Wagtail's own English
catalogues (`<package>/locale/en/LC_MESSAGES/*.po`, which list every msgid). A text of the
screen is English when it matches such a msgid as a whole (placeholders match anything) and
that msgid has no translation in the language's merged catalogue (Wagtail's + ours), so a
Polish "Status" that is the translation of "Status" is fine. Page titles and other content
never match, being whole texts of the content languages.

Used by tests/cms/test_admin_language.py (Django's test client) and the browser test
tests/e2e/test_admin_language.py (text as Chromium renders it, JavaScript included).
"""

from __future__ import annotations

import functools
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import polib
import wagtail
import wagtail_localize
from django.utils import translation

PACKAGES = (Path(wagtail.__file__).parent, Path(wagtail_localize.__file__).parent)
PLACEHOLDER = re.compile(r"%\(\w+\)[-#0 +]*\d*(?:\.\d+)?[a-zA-Z]|%[-#0 +]*\d*(?:\.\d+)?[sdifx]|\{\w*\}")
WORD = re.compile(r"[A-Za-z]{2,}")
# Admin attributes people read: tooltips, field hints and what screen readers say.
READ_ATTRIBUTES = ("title", "placeholder", "aria-label", "aria-description", "alt")


def _normal(text: str) -> str:
    """Whitespace collapsed, the first letter in lower case (Wagtail capitalises verbose names)."""
    text = " ".join(text.replace("\u2026", "...").replace("\u2019", "'").split())
    return text[:1].lower() + text[1:]


@functools.cache
def english_messages() -> dict[str, list[tuple[re.Pattern, str, str]]]:
    """{first word: [(whole-text pattern, msgid, domain)]} for every English msgid worth checking:
    one with at least one word of two Latin letters outside its placeholders."""
    index: dict[str, list] = {}
    for package in PACKAGES:
        for po_path in sorted(package.rglob("locale/en/LC_MESSAGES/*.po")):
            domain = po_path.stem
            for entry in polib.pofile(str(po_path)):
                for msgid in filter(None, (entry.msgid, entry.msgid_plural)):
                    literal = PLACEHOLDER.split(_normal(msgid.replace("%%", "%")))
                    words = WORD.findall(" ".join(literal))
                    if not words:
                        continue
                    pattern = re.compile(".+?".join(re.escape(part) for part in literal) + r"\s*[.:]?")
                    key = (entry.msgctxt, entry.msgid)
                    index.setdefault(words[0], []).append((pattern, key, domain))
    return index


@functools.cache
def _catalogue(language: str, domain: str) -> dict:
    if domain == "djangojs":
        from django.views.i18n import JavaScriptCatalog

        catalogue: dict = {}
        for packages in (["wagtail.admin"], ["wagtail_localize"], ["registry_pages.admin_locale"]):
            view = JavaScriptCatalog()
            view.translation = translation.trans_real.DjangoTranslation(
                language, domain="djangojs", localedirs=view.get_paths(packages)
            )
            catalogue.update(view.get_catalog())
        return catalogue
    return translation.trans_real.translation(language)._catalog


def translated(language: str, key: tuple, domain: str) -> bool:
    context, msgid = key
    lookup = f"{context}\x04{msgid}" if context else msgid
    catalogue = _catalogue(language, domain)
    if domain == "djangojs":
        return bool(catalogue.get(lookup))
    return bool(catalogue.get(lookup) or catalogue.get((lookup, 0)))


def english_in(texts, language: str) -> list[str]:
    """The texts that are untranslated Wagtail/wagtail-localize strings in `language`.
    Wagtail composes some texts from a message and a name ("Exploring: <page title>", the
    explorer's heading and <title>): the part before the colon is checked on its own too."""
    found = []
    for text in texts:
        normal = _normal(text)
        candidates = (normal, normal.split(": ", 1)[0]) if ": " in normal else (normal,)
        key = next(filter(None, (_untranslated(candidate, language) for candidate in candidates)), None)
        if key:
            found.append(f"{text!r} (msgid {key[1]!r}, {key[2]})")
    return found


def _untranslated(normal: str, language: str):
    """(context, msgid, domain) of the English message `normal` is, when `language` leaves it untranslated."""
    words = WORD.findall(normal)
    for pattern, key, domain in english_messages().get(words[0], ()) if words else ():
        if pattern.fullmatch(normal) and not translated(language, key, domain):
            return (*key, domain)
    return None


class _VisibleText(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.texts: list[str] = []
        self._skip = 0
        self._json = False
        self._buffer: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for name in READ_ATTRIBUTES:
            if attrs.get(name):
                self.texts.append(attrs[name])
        if tag in ("script", "style", "noscript"):  # noscript: shown only without JavaScript
            self._skip += 1
            self._json = tag == "script" and attrs.get("type") == "application/json"
            self._buffer = []

    def handle_endtag(self, tag):
        if tag in ("script", "style", "noscript") and self._skip:
            self._skip -= 1
            if self._json:
                self.texts += _json_labels(json.loads("".join(self._buffer) or "null"))
            self._json = False

    def handle_data(self, data):
        if self._skip:
            self._buffer.append(data)
        elif data.strip():
            self.texts.append(data.strip())


def _json_labels(value):
    """The labels inside JSON props (the sidebar menu is rendered from them by JavaScript):
    strings that start with a capital letter (names and URLs do not)."""
    if isinstance(value, str):
        if value[:1].isupper():
            yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _json_labels(item)
    elif isinstance(value, list):
        for item in value:
            yield from _json_labels(item)


def visible_texts(html: str) -> list[str]:
    parser = _VisibleText()
    parser.feed(html)
    return parser.texts
