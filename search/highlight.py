"""Snippets with the matching words marked, built server-side and escape-safe.

Every piece of the page's text is escaped; only the `<mark>` tags we add are
markup. A word is marked when one of its forms (folded, lemma, stem) is one
of the query's forms, so "удостоверения" marks "удостоверение".
"""

import re

from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe

from .text import WORD, forms

SNIPPET_LENGTH = 240


def _window(text: str, first_match: int) -> tuple[int, int]:
    start = max(0, first_match - SNIPPET_LENGTH // 3)
    if start:
        space = text.rfind(" ", 0, start)
        start = space + 1 if space > 0 else start
    end = min(len(text), start + SNIPPET_LENGTH)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start else end
    return start, end


def highlight(text: str, query_forms: set[str], language: str):
    text = re.sub(r"\s+", " ", strip_tags(text or "")).strip()
    if not text:
        return ""
    matches, window = [], None
    for match in WORD.finditer(text):  # the words up to the end of the snippet's window, no further
        if window is not None and match.end() > window[1]:
            break
        if forms(match.group(), language) & query_forms:
            matches.append(match)
            window = window or _window(text, match.start())
    start, end = window or _window(text, 0)
    out, position = [], start
    for match in matches:
        if match.start() < start or match.end() > end:
            continue
        out.append(escape(text[position : match.start()]))
        out.append(f"<mark>{escape(match.group())}</mark>")
        position = match.end()
    out.append(escape(text[position:end]))
    prefix = "… " if start else ""
    suffix = " …" if end < len(text) else ""
    return mark_safe(prefix + "".join(out) + suffix)
