"""Ethics codes: sections of rules, numbered from their position.

Codes are written in two shapes: grouped sections with a list of rules each
("Relations with citizens: the employee …; …") and numbered principles
("2.1 Legality", "2.2 …", each a paragraph or two). A section therefore
chooses how its rules are shown — numbered principles or a bulleted list —
and the numbers ("2", "2.1") are never typed by the editor: they follow the
order of the blocks, so moving a section renumbers the code and its table of
contents, and anchors (`#section-2-1`) stay predictable for links from
decisions and complaints.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

PRINCIPLES = "principles"
RULES = "rules"


class EthicsRuleBlock(blocks.StructBlock):
    """One rule or principle: an optional short title ("Legality") and its text."""

    title = blocks.CharBlock(
        label=_("short title"),
        required=False,
        default="",
        help_text=_("Optional, e.g. Legality. Shown after the number and in the table of contents."),
    )
    text = blocks.RichTextBlock(label=_("text"), features=["bold", "italic", "link", "ul", "ol"])

    class Meta:
        icon = "list-ul"
        label = _("rule")


class EthicsSectionBlock(blocks.StructBlock):
    """A numbered section of a code: title, optional introduction and its rules."""

    title = blocks.CharBlock(label=_("title"))
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
class NumberedRule:
    number: str
    anchor: str
    title: str
    text: object


@dataclass
class NumberedSection:
    number: str
    anchor: str
    title: str
    style: str
    intro: object
    rules: list[NumberedRule] = field(default_factory=list)

    @property
    def numbered(self) -> bool:
        return self.style == PRINCIPLES


def anchor_for(*numbers) -> str:
    """`anchor_for(2, 1)` → "section-2-1"."""
    return "section-" + "-".join(str(n) for n in numbers)


def number_sections(stream) -> list[NumberedSection]:
    """Numbers sections 1, 2, … and their rules N.1, N.2, … in stream order.

    Rules of a bulleted section are numbered too (for their anchors), even
    though the number is only shown for numbered principles.
    """
    sections = []
    for block in stream or []:
        if block.block_type != "section":
            continue
        value = block.value
        n = len(sections) + 1
        section = NumberedSection(
            number=str(n),
            anchor=anchor_for(n),
            title=value.get("title") or "",
            style=value.get("style") or RULES,
            intro=value.get("intro"),
        )
        for m, rule in enumerate(value.get("rules") or [], start=1):
            section.rules.append(
                NumberedRule(number=f"{n}.{m}", anchor=anchor_for(n, m), title=rule.get("title") or "", text=rule.get("text"))
            )
        sections.append(section)
    return sections
