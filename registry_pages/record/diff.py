"""A readable comparison of two versions of a page: what was deleted, what was inserted.

The text compared is what the page says — the title and each of its own content
fields (plain and rich text, the values inside StreamField blocks, dates,
amounts, ticks) — read from the two revisions, sentence by sentence
(`difflib`); within a sentence that changed, word by word. Deleted text is in
`<del>`, inserted text in `<ins>`, each starting with a visually hidden word
("deleted:", "inserted:"): screen readers do not announce the elements
themselves. Related rows (chosen departments, inline lists) are not compared.
A page type with `public_record_text(field_name)` gives the text of a field
itself (None: the default reading), e.g. the service card's contact persons
without a name published without consent.
"""

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from django.db import models
from django.utils.html import strip_tags
from django.utils.text import capfirst
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

SENTENCE_END = re.compile(r"(?<=[.!?;:])\s+|\n+")
PAGE_FIELDS = {f.name for f in Page._meta.get_fields()} - {"title"}
COMPARED_TYPES = (models.CharField, models.TextField, models.DateField, models.DecimalField,
                  models.IntegerField, models.BooleanField, models.URLField)


@dataclass
class Piece:
    kind: str  # "equal", "delete", "insert"
    text: str


@dataclass
class FieldDiff:
    label: str
    pieces: list[Piece]


def _flatten(value) -> list[str]:
    if isinstance(value, dict):
        if "type" in value and "value" in value:  # a stream child: its value only
            return _flatten(value["value"])
        return [text for key, item in value.items() if key != "id" for text in _flatten(item)]
    if isinstance(value, (list, tuple)):
        return [text for item in value for text in _flatten(item)]
    if value is None or value == "":
        return []
    return [strip_tags(str(value))]


def field_text(page, model_field) -> str:
    # A page type may say what the public may read of a field (a contact's name only with consent).
    public = getattr(page, "public_record_text", None)
    text = public(model_field.name) if public is not None else None
    if text is not None:
        return text
    value = model_field.value_from_object(page)
    if isinstance(model_field, StreamField):
        return "\n".join(_flatten(model_field.get_prep_value(value)))
    if isinstance(model_field, RichTextField):
        text = re.sub(r"</(p|li|h\d|div)>|<br\s*/?>", "\n", str(value or ""))
        return strip_tags(text)
    if isinstance(model_field, models.BooleanField):
        return capfirst(model_field.verbose_name) if value else ""
    return "" if value is None else str(value)


def compared_fields(page) -> list:
    return [
        f for f in type(page)._meta.concrete_fields
        if (f.name == "title" or f.name not in PAGE_FIELDS)
        and isinstance(f, (StreamField, RichTextField) + COMPARED_TYPES)
        and not f.name.startswith("_")
    ]


def sentences(text: str) -> list[str]:
    return [s.strip() for s in SENTENCE_END.split(text or "") if s and s.strip()]


def _words(old: str, new: str) -> list[Piece]:
    a, b = old.split(), new.split()
    pieces = []
    for op, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            pieces.append(Piece("equal", " ".join(a[i1:i2])))
            continue
        if i2 > i1:
            pieces.append(Piece("delete", " ".join(a[i1:i2])))
        if j2 > j1:
            pieces.append(Piece("insert", " ".join(b[j1:j2])))
    return pieces


def diff_text(old: str, new: str) -> list[Piece]:
    a, b = sentences(old), sentences(new)
    pieces: list[Piece] = []
    for op, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            pieces.extend(Piece("equal", s) for s in a[i1:i2])
        elif op == "replace" and i2 - i1 == j2 - j1:
            for x, y in zip(a[i1:i2], b[j1:j2]):
                pieces.extend(_words(x, y))
        else:
            pieces.extend(Piece("delete", s) for s in a[i1:i2])
            pieces.extend(Piece("insert", s) for s in b[j1:j2])
    return pieces


def diff_pages(old, new) -> list[FieldDiff]:
    """The fields whose text differs between two versions of a page, in the model's order."""
    changes = []
    for model_field in compared_fields(old):
        before, after = field_text(old, model_field), field_text(new, model_field)
        if before != after:
            changes.append(FieldDiff(capfirst(model_field.verbose_name), diff_text(before, after)))
    return changes
