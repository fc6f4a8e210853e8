"""What the service catalogue and a service card show, computed in few queries.

The catalogue filters by category (`?category=<id>`) and first letter
(`?letter=`) with plain links, so it works without JavaScript. It stays fast
and within a fixed number of SQL queries however many cards: the letter index,
counts and A–Z order come from light rows (pk, title, category) of all
cards; only the cards on screen are loaded as pages (the first few of each
category, or one page of a category or letter, `?page=`). The same module
feeds the open-data export (CSV and JSON, current language, every live card).
"""


from collections import Counter
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db.models import OuterRef, Subquery
from django.utils import translation

from registry_pages.core.alphabet import first_letter, letter_index, sort_key_for
from registry_pages.core.json_ld import json_ld_script
from registry_pages.core.layout import layout_for
from registry_pages.core.page_views import builds
from registry_pages.core.params import int_param
from registry_pages.core.restricted import exclude_restricted
from registry_pages.directory.public import public_or_none
from registry_pages.directory.responsibility import hide_unpublished_snippets
from registry_pages.feedback.submit import feedback_context
from registry_pages.models import RelatedService, ServiceCardPage, ServiceCategory
from registry_pages.opendata.responses import (
    csv_response,
    export_filename,
    json_response,
)
from registry_pages.services.display import fee_text, time_text
from registry_pages.services.glance import at_a_glance
from registry_pages.services.models import ServiceIndexPage

LISTING_DEFERRED = ("legal_basis", "required_documents", "fees", "processing_times")
GROUP_SIZE = 8  # cards per category in the all-services view
PER_PAGE = 50  # cards per page of a category or a letter


def live_cards(index):
    """Live, public cards of one catalogue (translations and aliases in its tree)."""
    return exclude_restricted(ServiceCardPage.objects.child_of(index).live())


def _card_rows(index, language):
    """(pk, title, category_id, letter) of every live public card, in the language's A–Z order.

    One query of three columns: no page objects. Sorting and letters are done in
    Python (titles starting with quotes are filed under the letter after them,
    and SQLite can neither fold Cyrillic case nor sort in a language's alphabet).
    """
    rows = live_cards(index).order_by("path").values_list("pk", "title", "category_id")
    key = sort_key_for(language)
    return sorted(((pk, title, cat, first_letter(title)) for pk, title, cat in rows), key=lambda row: key(row[1]))


def _load_cards(pks) -> list:
    """The cards on screen, with the fields the listing shows, in the order of `pks`."""
    by_pk = {card.pk: card for card in ServiceCardPage.objects.filter(pk__in=pks).defer(*LISTING_DEFERRED)}
    return [by_pk[pk] for pk in pks if pk in by_pk]


def _categories(index, counts) -> list:
    """The categories that have cards here, in their own order, each with `card_count`.

    A category not approved yet (`live=False`) is not listed; its cards are
    counted under "Other services" (`catalogue_context` moves them).
    """
    categories = list(ServiceCategory.objects.filter(pk__in=[pk for pk in counts if pk is not None], live=True))
    categories.sort(key=lambda c: (c.locale_id != index.locale_id, c.sort_order, c.name))
    for category in categories:
        category.card_count = counts[category.pk]
    return categories


@builds(ServiceIndexPage, "context")
def catalogue_context(index, request) -> dict:
    """The catalogue in a fixed number of queries, however many cards it holds.

    The all-services view shows each category with its first `GROUP_SIZE`
    cards and a link to the rest; a category or a letter is paginated
    (`?page=`, `PER_PAGE` cards). Only the cards on screen are loaded as pages.
    """
    language = translation.get_language() or "bg"
    rows = _card_rows(index, language)
    categories = _categories(index, Counter(row[2] for row in rows))
    public = {c.pk for c in categories}
    rows = [row if row[2] in public else (row[0], row[1], None, row[3]) for row in rows]
    counts = Counter(row[2] for row in rows)
    for c in categories:
        c.card_count = counts[c.pk]
    category = next((c for c in categories if c.pk == int_param(request.GET.get("category"), minimum=1)), None)
    if category is not None:
        rows = [row for row in rows if row[2] == category.pk]
    present = {row[3] for row in rows}
    letter = (request.GET.get("letter") or "").strip()[:1].upper()
    if letter not in present:
        letter = ""
    if letter:
        rows = [row for row in rows if row[3] == letter]

    groups, page_obj, cards = [], None, []
    if not letter and category is None:
        firsts = {}
        for row in rows:
            shown = firsts.setdefault(row[2], [])
            if len(shown) < GROUP_SIZE:
                shown.append(row[0])
        loaded = {card.pk: card for card in _load_cards([pk for pks in firsts.values() for pk in pks])}
        ordered = [(c.pk, c) for c in categories] + ([(None, None)] if None in firsts else [])
        for pk, group_category in ordered:
            groups.append({
                "category": group_category,
                "cards": [loaded[card_pk] for card_pk in firsts.get(pk, []) if card_pk in loaded],
                "count": counts[pk],
                "more": counts[pk] > GROUP_SIZE and group_category is not None,
            })
        groups = [group for group in groups if group["cards"]]
    else:
        paginator = Paginator(rows, PER_PAGE)
        page_obj = paginator.get_page(request.GET.get("page"))
        cards = _load_cards([row[0] for row in page_obj.object_list])
        page_obj.page_links = list(paginator.get_elided_page_range(page_obj.number, on_each_side=2, on_ends=1))

    index_url = index.get_url(request=request)
    kept = {"category": category.pk if category else "", "letter": letter}
    return {
        "categories": categories,
        "selected_category": category,
        "letters": letter_index(present, language),
        "selected_letter": letter,
        "cards": cards,
        "groups": groups,
        "page_obj": page_obj,
        "paging_query": urlencode({key: value for key, value in kept.items() if value}),
        "export_csv_url": index_url + index.reverse_subpage("export_csv").rstrip("/") if index_url else "",
        "export_json_url": index_url + index.reverse_subpage("export_json").rstrip("/") if index_url else "",
    }


def localized_related(card) -> list:
    """The related services in the card's language (a service not translated yet is left out).

    Related services are synced to translations pointing at the source
    pages; they are matched to this language by translation key.
    """
    links = RelatedService.objects.filter(page_id=card.pk)
    order = links.filter(service__translation_key=OuterRef("translation_key")).values("sort_order")[:1]
    return list(
        exclude_restricted(ServiceCardPage.objects.live())
        .filter(locale_id=card.locale_id, translation_key__in=links.values("service__translation_key"))
        .annotate(related_order=Subquery(order))
        .defer(*LISTING_DEFERRED)
        .order_by("related_order")
    )


def _fee_cell(fee) -> str:
    if fee["per_unit_amount"] is None and fee["amount"] is not None:
        return f"{fee['variant']} {fee['amount']} {fee['currency']}"
    return f"{fee['variant']} {fee_text(fee)}"


def _time_text(item) -> str:
    return f"{item['variant']}: {time_text(item)}"


def json_ld(card, request, municipality_name: str = "") -> str:
    """A schema.org `GovernmentService` description, safe inside a <script> tag."""
    url = card.get_full_url(request=request)
    data = {
        "@context": "https://schema.org",
        "@type": "GovernmentService",
        "name": card.title,
        "description": card.summary,
        "url": url,
    }
    if card.category_id and card.category.live:
        data["serviceType"] = card.category.name
    if municipality_name:
        data["provider"] = {"@type": "GovernmentOrganization", "name": municipality_name}
        data["areaServed"] = {"@type": "AdministrativeArea", "name": municipality_name}
    offers = [
        {"@type": "Offer", "name": b.value["variant"], "price": str(b.value["amount"]), "priceCurrency": b.value["currency"]}
        for b in card.fees
        if b.value.get("per_unit_amount") is None
        if b.value.get("amount") is not None
    ]
    if offers:
        data["offers"] = offers
    if card.online_url:
        data["availableChannel"] = {"@type": "ServiceChannel", "serviceUrl": card.online_url}
    return json_ld_script(data)


@builds(ServiceCardPage, "context")
def card_context(card, request) -> dict:
    hide_unpublished_snippets(card)
    layout = layout_for(request, card)
    details = layout.get("details")
    page_url = card.get_url(request=request) or ""
    return {
        **feedback_context(request),
        "feedback_url": page_url + card.reverse_subpage("feedback") if page_url else "",
        "catalogue_url": page_url[: -len(card.slug) - 1] if page_url.endswith(f"/{card.slug}/") else "",
        "related": localized_related(card),
        "glance": at_a_glance(card),
        "json_ld": json_ld(card, request, details.name if details else ""),
        "apply_room": card.in_person_room or (card.in_person_department.room if card.in_person_department else ""),
        "apply_hours": card.in_person_hours
        or (card.in_person_department.working_hours if card.in_person_department else ""),
    }


# -- open data ---------------------------------------------------------------------------------

EXPORT_COLUMNS = ["title", "url", "category", "summary", "fees", "processing_times", "department", "last_reviewed"]


def _export_cards(index):
    return (
        live_cards(index)
        .filter(locale_id=index.locale_id, alias_of__isnull=True)
        .select_related("category", "responsible_department")
        .defer("legal_basis", "required_documents")
        .order_by("path")
    )


def _row(card, request) -> dict:
    return {
        "title": card.title,
        "url": card.get_full_url(request=request),
        "category": card.category.name if public_or_none(card.category) else "",
        "summary": card.summary,
        "fees": [
            {"variant": b.value["variant"], "amount": b.value["amount"], "currency": b.value["currency"],
             "note": b.value.get("note") or "", "per_unit_amount": b.value.get("per_unit_amount"),
             "unit": b.value.get("unit") or "", "formula": b.value.get("formula") or ""}
            for b in card.fees
        ],
        "processing_times": [
            {"variant": b.value["variant"], "kind": b.value["kind"], "minimum": b.value.get("minimum"),
             "maximum": b.value.get("maximum"), "unit": b.value.get("unit") or "",
             "as_written": b.value.get("as_written") or "", "note": b.value.get("note") or ""}
            for b in card.processing_times
        ],
        "department": card.responsible_department.name if public_or_none(card.responsible_department) else "",
        "last_reviewed": card.last_reviewed.isoformat() if card.last_reviewed else "",
    }


@builds(ServiceIndexPage, "export_csv")
def export_csv(index, request):
    rows = []
    for card in _export_cards(index):
        row = _row(card, request)
        row["fees"] = "; ".join(_fee_cell(f) for f in row["fees"])
        row["processing_times"] = "; ".join(_time_text(t) for t in row["processing_times"])
        rows.append([row[column] for column in EXPORT_COLUMNS])
    return csv_response(EXPORT_COLUMNS, rows, export_filename(index, "csv"))


@builds(ServiceIndexPage, "export_json")
def export_json(index, request):
    items = [_row(card, request) for card in _export_cards(index)]
    return json_response(index, items, export_filename(index, "json"), request=request)


__all__ = ["catalogue_context", "card_context", "export_csv", "export_json", "json_ld", "live_cards"]
