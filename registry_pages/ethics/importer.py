"""`import_registry --type ethics`: an ethics code written as prose (.docx, .html, .txt) into a draft code page.

The code's own numbering is kept (`parsing.parse_code` finds the units by
their markers on up to four levels); the title is the first heading that
names a code (else the first heading). Numbering that jumps ("§ 4" then
"§ 6") is imported as written, with a warning naming the line, because the
adopted text is what it is and the editor should check it against the act.
"""

from __future__ import annotations

import json
import re

from django.core.exceptions import ValidationError
from django.utils.html import escape
from django.utils.translation import gettext as _

from registry_pages.core.slugs import slug_for
from registry_pages.ethics.blocks import PRINCIPLES
from registry_pages.ethics.models import EthicsCodePage
from registry_pages.ethics.parsing import ParsedCode, Unit, parse_code
from registry_pages.importing.document import Document
from registry_pages.importing.importer import DocumentImporter
from registry_pages.importing.runner import unique_slug, validation_messages

COUNCILLORS = re.compile(r"съветни|radn|депутат|councillor", re.I)
TITLE_MAX = 255


def _html(texts: list[str]) -> str:
    return "".join(f"<p>{escape(text)}</p>" for text in texts)


def _label(unit: Unit) -> str:
    """"Чл. 1." → "Чл. 1", "§ 5." → "§ 5"; bare numbers keep their dots as written ("1.", "1.1.")."""
    if re.search(r"[^\W\d_]|§", unit.label):
        return unit.label.rstrip(".")
    return unit.label


def document_lines(document: Document) -> list[tuple[str, str, bool]]:
    lines = []
    for block in document.blocks:
        if block.kind == "table":
            for where, row in zip(block.row_where, block.rows):
                lines.append((where, " ".join(cell.replace("\n", " ") for cell in row if cell), False))
        else:
            lines.append((block.where, block.text, block.kind == "heading"))
    return lines


def sections_of(code: ParsedCode) -> list[dict]:
    """The code's units as the page's sections stream (chapter → rule → paragraph → point)."""
    stream = []
    for chapter in code.chapters:
        rules = []
        for article in chapter.children:
            paragraphs = [
                {
                    "label": _label(paragraph),
                    "text": _html(paragraph.texts),
                    "points": [{"label": _label(point), "text": _html(point.texts or ["–"])} for point in paragraph.children],
                }
                for paragraph in article.children
            ]
            rules.append({"label": _label(article), "title": article.title, "text": _html(article.texts), "paragraphs": paragraphs})
        stream.append({"type": "section", "value": {
            "label": _label(chapter), "title": chapter.title, "style": PRINCIPLES, "intro": _html(chapter.texts), "rules": rules,
        }})
    return stream


def preview_rows(code: ParsedCode) -> list[dict]:
    rows = []

    def walk(units, path):
        for unit in units:
            number = " › ".join(p for p in [*path, unit.label] if p)
            if unit.label or unit.title:
                rows.append({"number": number, "text": (unit.title or " ".join(unit.texts))[:120], "where": unit.where})
            walk(unit.children, [*path, unit.label])
    walk(code.chapters, [])
    return rows


class EthicsCodeImporter(DocumentImporter):
    type_name = "ethics"
    page_model = EthicsCodePage

    def read(self, document: Document) -> None:
        report, language = self.report, self.locale.language_code
        code = parse_code(document_lines(document))
        title = (code.title or "").strip()
        if title.isupper():
            title = title[:1] + title[1:].lower()
        if not title:
            report.error("", _("no title was found: the code's title should be its first heading"))
        elif len(title) > TITLE_MAX:
            report.error("", _("the title is longer than %(max)d characters: “%(start)s…”") % {"max": TITLE_MAX, "start": title[:60]})
        units, levels = code.counts()
        if not units:
            report.error("", _("no numbered units were found (chapters, articles such as “Чл. 1”, “§ 1”, “Стаття 1”, "
                               "or numbers such as “1.”, “1.1.”): is this an ethics code?"))
        warnings = [
            _("%(where)s: the numbering jumps from %(previous)s to %(found)s; imported as written, check it against the adopted text")
            % {"where": where, "previous": previous, "found": found}
            for where, previous, found, _kind in code.warnings
        ]
        report.add_page(title or document.name, self.type_name, fields={"units": units, "levels": levels},
                        warnings=warnings, preview=preview_rows(code))
        if not report.ok:
            return
        councillors = bool(COUNCILLORS.search(title))
        taken = set(self.parent.get_children().values_list("slug", flat=True))
        page = EthicsCodePage(
            title=title, slug=unique_slug(slug_for(title, language), taken), locale=self.locale, live=False,
            binds_employees=not councillors, binds_councillors=councillors, preamble=_html(code.preamble),
            sections=json.dumps(sections_of(code)),
        )
        try:
            page.clean_fields(exclude=[f.name for f in EthicsCodePage._meta.fields if f.name not in ("title", "slug", "sections")])
        except ValidationError as error:
            for name, message in validation_messages(error):
                report.error(name, message)
            return
        self.page = page

    def write(self, user=None) -> list:
        self.parent.add_child(instance=self.page)
        self.page.save_revision(user=user, log_action=True)
        return [self.page]
