"""Ethics codes: sections of rules, numbered from their position or as the code numbers them.

Codes are written in two shapes: grouped sections with a list of rules each
("Relations with citizens: the employee …; …") and numbered principles
("2.1 Legality", "2.2 …", each a paragraph or two). A section therefore
chooses how its rules are shown — numbered principles or a bulleted list —
and the numbers ("2", "2.1") are never typed by the editor: they follow the
order of the blocks, so moving a section renumbers the code and its table of
contents, and anchors (`#section-2-1`) stay predictable for links from
decisions and complaints.

Adopted codes, though, carry their own numbering, and a decision cites it:
"Чл. 4, ал. 2", "Rozdział II, § 5 ust. 2 pkt 3", "Розділ I, стаття 3,
пункт 2". So each unit may keep its number *as written* (`label`), on up to
four levels — chapter or section → article (rule) → paragraph → point — and
then the page shows that number and the anchor is built from it
(`#par-5-ust-2`, `#chl-4-2`), so a citizen can link to "§ 5 ust. 2" and the
link survives an edit elsewhere in the code. Units without a label keep the
automatic numbers and anchors.
"""

import re
from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from registry_pages.core.slugs import ascii_slug

PRINCIPLES = "principles"
RULES = "rules"


UNIT_FEATURES = ["bold", "italic", "link"]


class EthicsPointBlock(blocks.StructBlock):
    """The fourth level: a point ("pkt 3", "1.", "a)", "а)")."""

    label = blocks.CharBlock(label=_("number as written"), required=False, default="", help_text=_("E.g. pkt 3, a)"))
    text = blocks.RichTextBlock(label=_("text"), features=UNIT_FEATURES)

    class Meta:
        icon = "list-ol"
        label = _("point")


class EthicsParagraphBlock(blocks.StructBlock):
    """The third level: a paragraph of an article ("ust. 2", "(2)", "ал. 2", "частина 2"), with its points."""

    label = blocks.CharBlock(label=_("number as written"), required=False, default="", help_text=_("E.g. ust. 2, (2)"))
    text = blocks.RichTextBlock(label=_("text"), features=UNIT_FEATURES, required=False)
    points = blocks.ListBlock(EthicsPointBlock(), label=_("points"), min_num=0, default=[])

    class Meta:
        icon = "pilcrow"
        label = _("paragraph")


class EthicsRuleBlock(blocks.StructBlock):
    """One rule, principle or article: its number as written ("§ 5", "Чл. 4"), an optional
    short title ("Legality"), its text and its numbered paragraphs."""

    label = blocks.CharBlock(
        label=_("number as written"),
        required=False,
        default="",
        help_text=_("Optional, e.g. § 5, Чл. 4, Стаття 3, 2.1. Leave empty to number automatically."),
    )
    title = blocks.CharBlock(
        label=_("short title"),
        required=False,
        default="",
        help_text=_("Optional, e.g. Legality. Shown after the number and in the table of contents."),
    )
    text = blocks.RichTextBlock(label=_("text"), features=["bold", "italic", "link", "ul", "ol"], required=False)
    paragraphs = blocks.ListBlock(EthicsParagraphBlock(), label=_("paragraphs"), min_num=0, default=[])

    class Meta:
        icon = "list-ul"
        label = _("rule")


class EthicsSectionBlock(blocks.StructBlock):
    """A numbered section of a code: title, optional introduction and its rules."""

    label = blocks.CharBlock(
        label=_("number as written"),
        required=False,
        default="",
        help_text=_("Optional, e.g. Rozdział II, Глава първа, Розділ I. Leave empty to number automatically."),
    )
    title = blocks.CharBlock(label=_("title"), required=False, default="")
    style = blocks.ChoiceBlock(
        label=_("how the rules are shown"),
        choices=[(PRINCIPLES, _("Numbered principles (2.1, 2.2 …)")), (RULES, _("List of rules (bullets)"))],
        default=RULES,
        help_text=_("Numbers are generated from the order of sections and rules."),
    )
    intro = blocks.RichTextBlock(
        label=_("introduction"),
        required=False,
        features=["bold", "italic", "link"],
        help_text=_("Optional, e.g. 'The employee:' before a list of rules."),
    )
    rules = blocks.ListBlock(EthicsRuleBlock(), label=_("rules"), min_num=0)

    class Meta:
        icon = "doc-full"
        label = _("section")


class EthicsSectionsBlock(blocks.StreamBlock):
    section = EthicsSectionBlock()


@dataclass
class NumberedUnit:
    """A paragraph or a point: its number as shown, its anchor, its text and (paragraphs) its points."""

    number: str
    anchor: str
    text: object
    points: list["NumberedUnit"] = field(default_factory=list)


@dataclass
class NumberedRule:
    number: str
    anchor: str
    title: str
    text: object
    labelled: bool = False
    paragraphs: list[NumberedUnit] = field(default_factory=list)


@dataclass
class NumberedSection:
    number: str
    anchor: str
    title: str
    style: str
    intro: object
    rules: list[NumberedRule] = field(default_factory=list)
    labelled: bool = False

    @property
    def numbered(self) -> bool:
        """Rules shown one by one with their numbers (principles, or articles numbered as written)."""
        return self.style == PRINCIPLES or any(rule.labelled or rule.paragraphs for rule in self.rules)

    @property
    def shown_number(self) -> str:
        """"Rozdział II" as written, or "2." when numbered automatically."""
        return self.number if self.labelled else f"{self.number}."


def anchor_for(*numbers) -> str:
    """`anchor_for(2, 1)` → "section-2-1"."""
    return "section-" + "-".join(str(n) for n in numbers)


def label_token(label: str, language: str = "bg") -> str:
    """The anchor part of a number as written: "§ 5" → "par-5", "Чл. 4" → "chl-4", "ust. 2" → "ust-2",
    "1.1." → "1-1", "а)" → "a", "Rozdział II" → "rozdzial-ii"."""
    text = re.sub(r"[.()\[\]/,:]", " ", (label or "").replace("§", " par "))
    return ascii_slug(text, language, max_length=40)


class _Anchors:
    """Anchors unique within one page: a clash gets its parent's anchor in front, then a counter."""

    def __init__(self):
        self.used: set[str] = set()

    def take(self, wanted: str, parent: str = "") -> str:
        candidates = [wanted, f"{parent}-{wanted}" if parent else wanted]
        for candidate in candidates:
            if candidate and candidate not in self.used:
                self.used.add(candidate)
                return candidate
        n = 2
        while f"{candidates[-1]}-{n}" in self.used:
            n += 1
        self.used.add(f"{candidates[-1]}-{n}")
        return f"{candidates[-1]}-{n}"


def _units(items, parent_anchor: str, anchors: _Anchors, language: str, child_key: str | None) -> list[NumberedUnit]:
    units = []
    for m, item in enumerate(items or [], start=1):
        label = (item.get("label") or "").strip()
        token = label_token(label, language) if label else str(m)
        anchor = anchors.take(f"{parent_anchor}-{token or m}")
        unit = NumberedUnit(number=label, anchor=anchor, text=item.get("text"))  # unnumbered in the code: none shown
        if child_key:
            unit.points = _units(item.get(child_key), anchor, anchors, language, None)
        units.append(unit)
    return units


def _rule_anchor(label: str, n: int, m: int, section_anchor: str, anchors: _Anchors, language: str) -> str:
    if not label:
        return anchors.take(anchor_for(n, m))
    token = label_token(label, language)
    if not token or token[0].isdigit():
        token = "art-" + (token or str(m))
    return anchors.take(token, section_anchor)


def number_sections(stream, language: str = "bg") -> list[NumberedSection]:
    """Numbers sections 1, 2, … and their rules N.1, N.2, … in stream order, unless
    a unit carries its own number as written (then that number and its anchor).

    Rules of a bulleted section are numbered too (for their anchors), even
    though the number is only shown for numbered principles and articles.
    """
    sections = []
    anchors = _Anchors()
    for block in stream or []:
        if block.block_type != "section":
            continue
        value = block.value
        n = len(sections) + 1
        label = (value.get("label") or "").strip()
        token = label_token(label, language) if label else ""
        section_anchor = anchors.take(token if token and not token[0].isdigit() else anchor_for(n))
        section = NumberedSection(
            number=label or str(n),
            anchor=section_anchor,
            title=value.get("title") or "",
            style=value.get("style") or RULES,
            intro=value.get("intro"),
            labelled=bool(label),
        )
        for m, rule in enumerate(value.get("rules") or [], start=1):
            rule_label = (rule.get("label") or "").strip()
            anchor = _rule_anchor(rule_label, n, m, section_anchor, anchors, language)
            section.rules.append(
                NumberedRule(
                    number=rule_label or f"{n}.{m}",
                    anchor=anchor,
                    title=rule.get("title") or "",
                    text=rule.get("text"),
                    labelled=bool(rule_label),
                    paragraphs=_units(rule.get("paragraphs"), anchor, anchors, language, "points"),
                )
            )
        sections.append(section)
    return sections


def count_units(sections: list[NumberedSection]) -> tuple[int, int]:
    """(numbered units at every level, how many levels are used) of a numbered code."""
    units, levels = 0, set()
    for section in sections:
        units += 1
        levels.add(1)
        for rule in section.rules:
            units += 1
            levels.add(2)
            for paragraph in rule.paragraphs:
                units += 1
                levels.add(3)
                units += len(paragraph.points)
                if paragraph.points:
                    levels.add(4)
    return units, len(levels)
