"""“Also searched as”: the everyday words citizens type for a page, kept by editors.

A card titled “Tax on motor vehicles” is looked for as “car tax”. Editors list
such phrases on the page; they are indexed with the weight of the title
(`boost=2`, like `Page.search_fields`' title) and a search site can treat
them like the title when it ranks (the portal's `search` app does). They are
a plain text field, so wagtail-localize offers them to translators like the
rest of the page. They are not shown on the public page: they are the
editors' vocabulary for the search (colloquialisms, old names, misspellings).
"""

import re

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

__all__ = ["AlsoSearchedAsMixin", "split_phrases", "join_phrases"]

TITLE_BOOST = 2.0
_SEPARATORS = re.compile(r"[,;\n]+")


def split_phrases(text: str) -> list[str]:
    """The phrases of the field: separated by commas, semicolons or new lines, spaces folded, each once."""
    seen: dict[str, None] = {}
    for part in _SEPARATORS.split(text or ""):
        phrase = " ".join(part.split())
        if phrase and phrase.casefold() not in {p.casefold() for p in seen}:
            seen[phrase] = None
    return list(seen)


def join_phrases(phrases) -> str:
    return ", ".join(phrases)


class AlsoSearchedAsMixin(models.Model):
    """Adds the field, its editor panel and its search field; list `also_searched_search_fields` in
    the page's `search_fields` and `also_searched_panel` in its panels."""

    also_searched_as = models.TextField(
        _("also searched as"),
        blank=True,
        help_text=_(
            "Everyday words citizens type when they look for this page, separated by commas, "
            "e.g. “car tax, tax for my car”. The search weighs them like the title; "
            "they are not shown on the page."
        ),
    )

    also_searched_panel = FieldPanel("also_searched_as")
    also_searched_search_fields = [index.SearchField("also_searched_as", boost=TITLE_BOOST)]

    class Meta:
        abstract = True

    def also_searched_phrases(self) -> list[str]:
        return split_phrases(self.also_searched_as)

    def add_also_searched_phrase(self, phrase: str) -> bool:
        """Add a phrase unless the page already lists it; whether it was added."""
        phrases = self.also_searched_phrases()
        before = len(phrases)
        phrases = split_phrases(join_phrases([*phrases, phrase]))
        self.also_searched_as = join_phrases(phrases)
        return len(phrases) > before
