"""Demo text written once in each content language."""

import re
from dataclasses import dataclass

SOURCE_LANGUAGE = "bg"
TARGET_LANGUAGES = ("pl", "uk", "en")


@dataclass(frozen=True)
class T:
    """One piece of text in the four content languages."""

    bg: str
    pl: str
    uk: str
    en: str

    def __str__(self):
        return self.bg

    def in_language(self, code: str) -> str:
        return getattr(self, code)


_BLOCK = re.compile(r"<(p|li|h[2-6])>(.*?)</\1>", re.S)


def phrasebook(texts, language: str) -> dict[str, str]:
    """Map each source (bg) text to its translation, for the translation PO.

    wagtail-localize splits rich text into one segment per paragraph, list
    item or heading, so those are mapped one by one as well.
    """
    book = {}
    for t in texts:
        target = t.in_language(language)
        book[t.bg] = target
        source_blocks = [m.group(2).strip() for m in _BLOCK.finditer(t.bg)]
        target_blocks = [m.group(2).strip() for m in _BLOCK.finditer(target)]
        if len(source_blocks) == len(target_blocks):
            book.update(zip(source_blocks, target_blocks))
    return book
