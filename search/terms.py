"""The index terms the portal adds to each page: folded forms, lemmas, stems, word families.

Configured as REGISTRY_SEARCH_TERMS_FUNCTION (cms/settings/base.py), so the
add-on's `RegistryBasePage.extra_search_terms` indexes, besides the page's own
words, the forms `search.text.forms` makes of them. The query is expanded
with the same forms (`search.query`), so "удостоверения" meets
"удостоверение" and "zaswiadczenie" meets "zaświadczenie" on SQLite,
PostgreSQL and Elasticsearch alike.
"""

from django.utils.encoding import force_str
from django.utils.html import strip_tags
from wagtail.search import index

from .families import family
from .text import index_forms, words

SKIPPED_FIELDS = {"extra_search_terms"}


def _field_texts(obj, fields):
    for field in fields:
        if isinstance(field, index.SearchField) and field.field_name not in SKIPPED_FIELDS:
            value = field.get_value(obj)
            if value:
                yield strip_tags(force_str(value))
        elif isinstance(field, index.RelatedFields):
            related = field.get_value(obj)
            if related is None:
                continue
            items = related.all() if hasattr(related, "all") else [related() if callable(related) else related]
            for item in items:
                yield from _field_texts(item, field.fields)


def text_terms(text: str, language: str) -> str:
    """The extra forms of the words of a text, space-separated, each once."""
    seen: dict[str, None] = {}
    for word in words(text):
        for form in sorted(index_forms(word, language)):
            seen.setdefault(form, None)
        root = family(word, language)
        if root and root != word.casefold():
            seen.setdefault(root, None)
    return " ".join(seen)


def page_search_terms(page) -> str:
    """REGISTRY_SEARCH_TERMS_FUNCTION: lemmas, stems and folded forms of a page's searchable text."""
    language = page.locale.language_code if page.locale_id else ""
    text = " ".join(_field_texts(page, page.get_search_fields()))
    return text_terms(text, language)
