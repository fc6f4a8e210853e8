"""Content completeness: what a page must say before it can go to the approvers.

The second kind of reason the publication gate refuses (the first is a
half-translated page, `workflow/completeness.py`). A feature registers, for its
page type, the items a citizen cannot do without (`register_checklist`); the
workflow asks `checklist_for(page)` and knows no page type itself. Each
translation is its own page and is evaluated on its own content.

An item is a question about the page (`done(page)`) with a label naming it in
the editor's language, and the form field where the editor fills it in. The
explorer listing reads pages with their StreamFields deferred: an item that
needs a StreamField says so (`blocks_in`), and the listing annotates the number
of characters of that field for all its rows in its one query (`listing_annotations`),
so no row asks the database again.
"""

from dataclasses import dataclass, field
from typing import Callable

from django.db.models import F, TextField
from django.db.models.functions import Cast, Length
from django.utils.translation import gettext as _

ANNOTATION_PREFIX = "completeness_len_"
EMPTY_STREAM = len("[]")  # a StreamField without blocks is stored as an empty JSON list


@dataclass(frozen=True)
class Item:
    key: str
    label: str  # lazy: "processing time"
    done: Callable
    field: str = ""  # the form field the editor fills in; "" for none
    text_fields: tuple = ()  # the fields whose strings a translation must translate (default: `field`)

    @property
    def translated_in(self) -> tuple:
        return self.text_fields or ((self.field,) if self.field else ())


@dataclass(frozen=True)
class Checklist:
    done: tuple
    missing: tuple

    @property
    def total(self) -> int:
        return len(self.done) + len(self.missing)

    @property
    def complete(self) -> bool:
        return not self.missing

    def missing_labels(self) -> str:
        return ", ".join(str(item.label) for item in self.missing)

    def __str__(self):
        if self.complete:
            return _("Completeness %(done)d/%(total)d") % {"done": len(self.done), "total": self.total}
        return _("Completeness %(done)d/%(total)d — missing: %(missing)s") % {
            "done": len(self.done), "total": self.total, "missing": self.missing_labels(),
        }


@dataclass
class _Registration:
    items: list
    streamfields: set = field(default_factory=set)


_REGISTRY: dict = {}


def register_checklist(model, items, streamfields=()):
    """Register the items a page of `model` must have; `streamfields`: the StreamFields
    the items read with `blocks_in` (annotated in listings)."""
    _REGISTRY[model] = _Registration(list(items), set(streamfields))


def _registration(obj):
    for model in type(obj).__mro__:
        if model in _REGISTRY:
            return _REGISTRY[model]
    return None


def checklist_for(obj):
    """The `Checklist` of `obj` (a page), or None if its type has none."""
    registration = _registration(obj)
    specific_class = getattr(obj, "specific_class", None)
    if registration is None and specific_class not in (None, type(obj)) and has_checklist(specific_class):
        obj = obj.specific  # a page read as a plain `Page`
        registration = _registration(obj)
    if registration is None:
        return None
    done, missing = [], []
    for item in registration.items:
        (done if item.done(obj) else missing).append(item)
    return Checklist(done=tuple(done), missing=tuple(missing))


def listing_checklist(obj):
    """`checklist_for(obj)` if every StreamField it reads is loaded or annotated, else None
    (a listing row never asks the database for its own fields)."""
    registration = _registration(obj)
    if registration is None:
        return None
    for name in registration.streamfields:
        if name not in obj.__dict__ and obj.__dict__.get(ANNOTATION_PREFIX + name) is None:
            return None
    return checklist_for(obj)


def blocks_in(obj, name) -> bool:
    """Whether the StreamField `name` of `obj` has a block, without loading a deferred field
    when the listing annotated its length."""
    if name not in obj.__dict__:
        length = obj.__dict__.get(ANNOTATION_PREFIX + name)
        if length is not None:
            return length > EMPTY_STREAM
    return len(getattr(obj, name)) > 0


def listing_annotations(page_models) -> dict:
    """Annotations for a queryset of `Page` rows that lets `blocks_in` answer for rows of
    the registered types among `page_models` without a query per row."""
    annotations = {}
    for model, registration in _REGISTRY.items():
        if model not in page_models:
            continue
        link = model._meta.model_name
        for name in registration.streamfields:
            annotations[ANNOTATION_PREFIX + name] = Length(Cast(F(f"{link}__{name}"), output_field=TextField()))
    return annotations


def has_checklist(model) -> bool:
    return any(issubclass(model, registered) for registered in _REGISTRY)


# -- what the editor and the reviewer read ----------------------------------------------------

def field_error(item) -> str:
    return _("Fill in before submitting for approval or publishing: %(item)s.") % {"item": item.label}


def cannot_submit_message(checklist) -> str:
    return _(
        "This page cannot be submitted for approval or published yet: %(missing)s missing "
        "(%(done)d of %(total)d filled in). Fill in what is missing and submit again."
    ) % {"missing": checklist.missing_labels(), "done": len(checklist.done), "total": checklist.total}


def cannot_approve_message(checklist) -> str:
    return _(
        "This page is incomplete (missing: %(missing)s), so it cannot be approved or published. "
        "Request changes, so that the author completes it."
    ) % {"missing": checklist.missing_labels()}
