"""Whether a field has anything a reader would see: the one test before a heading is printed.

An editor who opens a rich-text field and leaves it leaves "<p></p>" behind;
a StreamField row can be added and left blank; a text field can hold spaces.
None of that is content, and a public page prints no heading over it
(templates use the `filled` filter of `portal_tags`).
"""

import datetime
import html
import re
from collections.abc import Iterable, Mapping
from decimal import Decimal

from django.utils.html import strip_tags

__all__ = ["has_content"]

# Markup that shows something without any text: images, embeds, media.
_VISIBLE_WITHOUT_TEXT = re.compile(r"<(img|embed|iframe|video|audio|object|svg)\b", re.IGNORECASE)


def _text_has_content(text: str) -> bool:
    if _VISIBLE_WITHOUT_TEXT.search(text):
        return True
    return bool(html.unescape(strip_tags(text)).replace("\xa0", " ").strip())


def has_content(value) -> bool:
    """True when `value` (text, rich text, a StreamField, a block's value, a list …) shows something."""
    if value is None or value is False:
        return False
    if isinstance(value, (bool, int, float, Decimal, datetime.date, datetime.time)):
        return True  # a number (a fee of 0 reads "Free"), a date, a ticked box
    if isinstance(value, str):
        return _text_has_content(value)
    source = getattr(value, "source", None)  # wagtail.rich_text.RichText
    if isinstance(source, str):
        return _text_has_content(source)
    if isinstance(value, Mapping):  # a StructBlock's value
        return any(has_content(item) for item in value.values())
    block_value = getattr(value, "value", None)  # a StreamField's child
    if block_value is not None and hasattr(value, "block_type"):
        return has_content(block_value)
    if isinstance(value, Iterable):  # a StreamField, a ListBlock, a list
        return any(has_content(item) for item in value)
    return True  # a related object (a department, a document) is there
