"""What the NGO register and an NGO entry show, in a fixed number of queries.

The register filters by field of activity (`?field=<id or slug>`) and legal
form (`?form=`), searches within itself (`?q=`, Wagtail search limited to
this register's children in its language), sorts A–Z in the language's own
alphabet or by newest registration (`?sort=name|newest|relevance`) and
paginates (`?page=`). Everything is a GET form or a plain link, so it works
without JavaScript.

Queries do not grow with the number of entries: every entry of the register
is read with the fields of activity it names in ONE query of the listed
columns only (no page objects), sorted A–Z in the language's alphabet in
Python (SQL cannot sort Ukrainian or Polish letters in their alphabet
order) and kept in the cache with the page cache's tags (`page_cache.cached_part`:
every publication, unpublication, move or delete and every change of a field of
activity renews them); so
filter, sort and page combinations, which the page cache keeps one by one,
all read the same rows. Filtering and paging happen in Python; a search adds
one query. The query bound is asserted by the tests; timings are in
bench/README.md.
"""

from dataclasses import dataclass
from dataclasses import field as dc_field
from datetime import date
from typing import NamedTuple
from urllib.parse import quote_plus

from django.core.paginator import Paginator
from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import gettext as _

from registry_pages.core import page_cache
from registry_pages.core.alphabet import sort_key
from registry_pages.core.calendar import site_country
from registry_pages.core.json_ld import json_ld_script
from registry_pages.core.layout import layout_for
from registry_pages.core.page_views import builds
from registry_pages.core.params import int_param
from registry_pages.core.slugs import slug_for
from registry_pages.core.user_query import clean_query, search_query
from registry_pages.directory.responsibility import load_responsibility
from registry_pages.models import ActivityField, NGOEntryPage, NGORegisterPage
from registry_pages.ngos.legal_forms import LegalForm, forms_for_country

PER_PAGE = 20
ROWS_TIMEOUT = 3600
SORTS = ("name", "newest", "relevance")
UNCLASSIFIED = "unclassified"  # `?field=unclassified`: the entries without a field of activity


def field_slug(field: ActivityField, language: str) -> str:
    """A Latin slug of a field's name (Cyrillic transliterated), for readable filter links."""
    return slug_for(field.name, language)


def _selected_field(fields, value: str):
    value = (value or "").strip()
    if not value:
        return None
    number = int_param(value)
    if number is not None:
        found = next((f for f in fields if f.pk == number), None)
        if found is None:  # an id of the same field in another language
            key = ActivityField.objects.filter(pk=number).values_list("translation_key", flat=True).first()
            found = next((f for f in fields if key and f.translation_key == key), None)
        return found
    return next((f for f in fields if f.slug == slugify(value)), None)


@dataclass
class ListedEntry:
    """What the register shows of one entry, read without loading the page object."""

    pk: int
    title: str
    slug: str
    short_name: str
    legal_form: str
    seat_address: str
    date_registered: date | None
    url: str = ""
    field_keys: list = dc_field(default_factory=list)
    fields: list = dc_field(default_factory=list)

    def get_legal_form_display(self):
        return LegalForm(self.legal_form).label if self.legal_form in LegalForm.values else self.legal_form


_LISTED = ("pk", "title", "slug", "short_name", "legal_form", "seat_address", "date_registered")
_FIELD = ("pk", "translation_key", "name", "locale_id", "sort_order", "live")
_FIELD_COLUMNS = tuple(f"activity_field_links__activity_field__{name}" for name in _FIELD)


def listed_entries(entries) -> tuple[list[ListedEntry], dict]:
    """Every entry with the fields of activity it names, in ONE query.

    Returns the entries and the fields they use (translation key → field,
    built from the same rows; not saved objects, for display only).
    """
    rows = entries.order_by("pk", "activity_field_links__sort_order").values_list(*_LISTED, *_FIELD_COLUMNS)
    listed: dict[int, ListedEntry] = {}
    fields: dict = {}
    for row in rows:
        values, field_values = row[: len(_LISTED)], dict(zip(_FIELD, row[len(_LISTED):]))
        item = listed.get(values[0])
        if item is None:
            item = listed[values[0]] = ListedEntry(*values)
        key = field_values["translation_key"]
        # A field of activity not approved yet (live=False) is not shown or filtered by.
        if key is not None and field_values["live"] and key not in item.field_keys:
            item.field_keys.append(key)
            fields.setdefault(key, ActivityField(**field_values))
    return list(listed.values()), fields


class EntryRow(NamedTuple):
    """One entry as the register filters and sorts it: a tuple of plain values, which the garbage
    collector stops tracking, so thousands of them per request cost no collector pauses."""

    pk: int
    title: str
    slug: str
    short_name: str
    legal_form: str
    seat_address: str
    date_registered: date | None
    field_keys: tuple  # translation keys of the fields, as text: no objects for the collector

    def listed(self) -> ListedEntry:
        return ListedEntry(*self[:7], field_keys=list(self.field_keys))


def register_rows(register: NGORegisterPage, language: str) -> tuple[list[EntryRow], dict]:
    """`listed_entries` of the register's language, A–Z in `language`, cached (`page_cache.cached_part`).

    The cache hands out copies (it pickles), so callers may change what they get."""
    def compute():
        items, used = listed_entries(register.entries().filter(locale_id=register.locale_id))
        items.sort(key=lambda item: sort_key(item.title, language))
        entry_rows = [EntryRow(*(getattr(item, name) for name in _LISTED), tuple(str(key) for key in item.field_keys)) for item in items]
        return (entry_rows, used)

    # Its entries are read as values, not pages: any publication ("pages") renews them.
    key = f"registry_pages:ngo-rows:{register.pk}:{language}"
    return page_cache.cached_part(key, compute, tags=("pages",), part_timeout=ROWS_TIMEOUT)


def _fields_in(locale_id, used: dict) -> list:
    """The used fields in the register's language, ordered as editors set them.

    Links normally point at fields in the entry's language (wagtail-localize
    translates them); any that still point at another language are looked
    up by translation key (one query, only then).
    """
    foreign = [key for key, f in used.items() if f.locale_id != locale_id]
    if foreign:
        used.update({f.translation_key: f for f in ActivityField.objects.filter(locale_id=locale_id, translation_key__in=foreign, live=True)})
    return sorted(used.values(), key=lambda f: (f.sort_order, f.name))


@builds(NGORegisterPage, "context")
def register_context(register: NGORegisterPage, request) -> dict:
    language = translation.get_language() or register.locale.language_code
    params = request.GET
    items, used = register_rows(register, language)  # A–Z in the language
    fields = _fields_in(register.locale_id, used)
    counts = {str(f.translation_key): 0 for f in fields}
    for item in items:
        for key in item.field_keys:
            if key in counts:
                counts[key] += 1
    for f in fields:
        f.slug, f.entry_count = field_slug(f, language), counts[str(f.translation_key)]

    unclassified_count = sum(1 for item in items if not item.field_keys)
    used_forms = {item.legal_form for item in items}
    unclassified = (params.get("field") or "").strip() == UNCLASSIFIED
    selected = None if unclassified else _selected_field(fields, params.get("field"))
    legal_form = params.get("form") if params.get("form") in LegalForm.values else ""
    query = clean_query(params.get("q"))
    if selected is not None:
        items = [item for item in items if str(selected.translation_key) in item.field_keys]
    if unclassified:
        items = [item for item in items if not item.field_keys]
    if legal_form:
        items = [item for item in items if item.legal_form == legal_form]

    sort = params.get("sort") if params.get("sort") in SORTS else ("relevance" if query else "name")
    if sort == "relevance" and not query:
        sort = "name"
    if query:
        # Search the register's live children in its language (restrictions were applied to `items`).
        searchable = NGOEntryPage.objects.child_of(register).live().filter(locale_id=register.locale_id)
        rank = {page.pk: position for position, page in enumerate(_search(searchable, query, language))}
        items = [item for item in items if item.pk in rank]
    if sort == "newest":
        items.sort(key=lambda item: item.date_registered.toordinal() if item.date_registered else 0, reverse=True)
    elif sort == "relevance":
        items.sort(key=lambda item: rank[item.pk])

    paginator = Paginator(items, PER_PAGE)
    page_obj = paginator.get_page(params.get("page"))
    register_url = register.get_url(request=request) or ""
    by_key = {str(f.translation_key): f for f in fields}
    entries = [row.listed() for row in page_obj.object_list]
    for item in entries:
        item.url = f"{register_url}{item.slug}/"
        item.fields = [by_key[key] for key in item.field_keys if key in by_key]

    kept = {"q": query, "field": selected.pk if selected else (UNCLASSIFIED if unclassified else ""),
            "form": legal_form, "sort": sort}
    return {
        "fields": fields,
        "selected_field": selected,
        "unclassified_count": unclassified_count,
        "unclassified_selected": unclassified,
        "legal_forms": _legal_forms(register, request, used_forms),
        "selected_form": legal_form,
        "search_query": query,
        "sort": sort,
        "sorts": [(key, label) for key, label in _sort_labels() if key != "relevance" or query],
        "filtered": bool(query or selected or legal_form or unclassified),
        "result_count": paginator.count,
        "page_obj": page_obj,
        "entries": entries,
        "paging_query": "&".join(f"{k}={v}" for k, v in _urlencoded(kept).items() if v),
        "export_csv_url": register_url + "export.csv" if register_url else "",
        "export_json_url": register_url + "export.json" if register_url else "",
    }


def _legal_forms(register, request, used) -> list[tuple[str, str]]:
    """The legal forms of the site's country, and any other form an entry of the register has."""
    forms = forms_for_country(site_country(register, request))
    offered = {code for code, _label in forms}
    extra = [(code, label) for code, label in LegalForm.choices if code in used and code not in offered]
    return forms[:-1] + extra + forms[-1:] if forms and forms[-1][0] == LegalForm.OTHER else forms + extra


def _search(pages, query: str, language: str):
    """The register's pages matching every word of the query in any of its forms (lemmas, no
    diacritics, typos: REGISTRY_QUERY_WORDS_FUNCTION); no full-text syntax reaches the backend."""
    backend_query = search_query(query, language)
    return pages.search(backend_query, order_by_relevance=True) if backend_query is not None else []


def _urlencoded(values: dict) -> dict:
    return {key: quote_plus(str(value)) for key, value in values.items()}


def _sort_labels():
    return [("name", _("name, A to Z")), ("newest", _("newest registered first")), ("relevance", _("best match"))]


# -- one entry -------------------------------------------------------------------------------------


def json_ld(entry: NGOEntryPage, fields, request, municipality_name: str = "") -> str:
    """A schema.org `NGO`, without the head's name or phone unless the organisation consented."""
    data = {
        "@context": "https://schema.org",
        "@type": "NGO",
        "name": entry.title,
        "url": entry.get_full_url(request=request),
    }
    if entry.short_name:
        data["alternateName"] = entry.short_name
    if entry.registration_number:
        data["identifier"] = entry.registration_number
    if entry.seat_address:
        data["address"] = {"@type": "PostalAddress", "streetAddress": entry.seat_address}
    if entry.email:
        data["email"] = entry.email
    if entry.website:
        data["sameAs"] = entry.website
    if entry.public_phone:
        data["telephone"] = entry.public_phone
    if entry.public_head_name:
        person = {"@type": "Person", "name": entry.public_head_name}
        if entry.head_title:
            person["jobTitle"] = entry.head_title
        data["employee"] = person
    if fields:
        data["knowsAbout"] = [f.name for f in fields]
    if municipality_name:
        data["areaServed"] = {"@type": "AdministrativeArea", "name": municipality_name}
    return json_ld_script(data)


@builds(NGOEntryPage, "context")
def entry_context(entry: NGOEntryPage, request) -> dict:
    layout = layout_for(request, entry)
    details = layout.get("details")
    load_responsibility(entry)
    fields = entry.fields_of_activity()
    parent = entry.get_parent()  # cached by the register's routing: no query
    return {
        "register_url": (parent.get_url(request=request) or "") if parent else "",
        "fields": fields,
        "activities": list(entry.activities.all()),
        "json_ld": json_ld(entry, fields, request, details.name if details else ""),
    }


__all__ = ["register_context", "entry_context", "json_ld", "PER_PAGE", "UNCLASSIFIED"]
