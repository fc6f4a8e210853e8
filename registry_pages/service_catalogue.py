"""What the service catalogue and a service card show, computed in few queries.

The catalogue filters by category (`?category=<id>`) and first letter
(`?letter=`) with plain links, so it works without JavaScript; the number of
SQL queries does not grow with the number of cards. The same functions feed
the open-data export (CSV and JSON, current language, live cards only).
"""


from django.db.models import Count, Exists, OuterRef, Q, Subquery
from django.db.models.functions import Length, Substr
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.models import PageViewRestriction

from .alphabet import first_letter, letter_index, sort_key
from .models import RelatedService, ServiceCardPage, ServiceCategory
from .structured_data import json_ld_script
from .opendata import csv_response, export_filename, json_response

LISTING_DEFERRED = ("legal_basis", "required_documents", "fees", "processing_times")


def exclude_restricted(queryset):
    """Like `PageQuerySet.public()` but as a subquery, so it costs no extra query."""
    restrictions = PageViewRestriction.objects.filter(page__path=Substr(OuterRef("path"), 1, Length("page__path")))
    return queryset.exclude(Exists(restrictions))


def live_cards(index):
    """Live, public cards of one catalogue (translations and aliases in its tree)."""
    return exclude_restricted(ServiceCardPage.objects.child_of(index).live())


def _int_or_none(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def catalogue_context(index, request) -> dict:
    language = translation.get_language() or "bg"
    cards_in_tree = Q(service_cards__live=True, service_cards__path__startswith=index.path)
    categories = list(
        ServiceCategory.objects.filter(locale_id=index.locale_id)
        .annotate(card_count=Count("service_cards", filter=cards_in_tree))
        .filter(card_count__gt=0)
    )
    category = next((c for c in categories if c.pk == _int_or_none(request.GET.get("category"))), None)
    # One query for all cards; category and letter are matched in Python:
    # titles starting with quotes are filed under the letter after them, and
    # SQLite cannot fold Cyrillic case.
    cards = sorted(live_cards(index).defer(*LISTING_DEFERRED), key=lambda card: sort_key(card.title, language))
    if category is not None:
        cards = [card for card in cards if card.category_id == category.pk]
    titles = [card.title for card in cards]
    letter = (request.GET.get("letter") or "").strip()[:1].upper()
    if letter not in {first_letter(t) for t in titles}:
        letter = ""
    if letter:
        cards = [card for card in cards if first_letter(card.title) == letter]

    index_url = index.get_url(request=request)
    groups = []
    if not letter and category is None:
        by_category = {c.pk: {"category": c, "cards": []} for c in categories}
        for card in cards:
            by_category.setdefault(card.category_id, {"category": card.category, "cards": []})["cards"].append(card)
        groups = [group for group in by_category.values() if group["cards"]]
    return {
        "categories": categories,
        "selected_category": category,
        "letters": letter_index(titles, language),
        "selected_letter": letter,
        "cards": cards,
        "groups": groups,
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


def _time_text(item) -> str:
    unit = _("working days") if item["working_days"] else _("calendar days")
    return f"{item['variant']}: {item['days']} {unit}"


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
    if card.category_id:
        data["serviceType"] = card.category.name
    if municipality_name:
        data["provider"] = {"@type": "GovernmentOrganization", "name": municipality_name}
        data["areaServed"] = {"@type": "AdministrativeArea", "name": municipality_name}
    offers = [
        {"@type": "Offer", "name": b.value["variant"], "price": str(b.value["amount"]), "priceCurrency": b.value["currency"]}
        for b in card.fees
        if b.value.get("amount") is not None
    ]
    if offers:
        data["offers"] = offers
    if card.online_url:
        data["availableChannel"] = {"@type": "ServiceChannel", "serviceUrl": card.online_url}
    return json_ld_script(data)


def card_context(card, request) -> dict:
    from .templatetags.portal_tags import portal_layout

    layout = portal_layout({"request": request}, card)
    details = layout.get("details")
    page_url = card.get_url(request=request) or ""
    from .feedback.submit import feedback_context

    return {
        **feedback_context(request),
        "feedback_url": page_url + card.reverse_subpage("feedback") if page_url else "",
        "catalogue_url": page_url[: -len(card.slug) - 1] if page_url.endswith(f"/{card.slug}/") else "",
        "related": localized_related(card),
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
        .select_related("responsible_department")
        .order_by("path")
    )


def _row(card, request) -> dict:
    return {
        "title": card.title,
        "url": card.get_full_url(request=request),
        "category": card.category.name if card.category_id else "",
        "summary": card.summary,
        "fees": [
            {"variant": b.value["variant"], "amount": b.value["amount"], "currency": b.value["currency"],
             "note": b.value.get("note") or ""}
            for b in card.fees
        ],
        "processing_times": [
            {"variant": b.value["variant"], "days": b.value["days"], "working_days": bool(b.value["working_days"]),
             "note": b.value.get("note") or ""}
            for b in card.processing_times
        ],
        "department": card.responsible_department.name if card.responsible_department_id else "",
        "last_reviewed": card.last_reviewed.isoformat() if card.last_reviewed else "",
    }


def export_csv(index, request):
    rows = []
    for card in _export_cards(index):
        row = _row(card, request)
        row["fees"] = "; ".join(f"{f['variant']} {f['amount']} {f['currency']}" for f in row["fees"])
        row["processing_times"] = "; ".join(_time_text(t) for t in row["processing_times"])
        rows.append([row[column] for column in EXPORT_COLUMNS])
    return csv_response(EXPORT_COLUMNS, rows, export_filename(index, "csv"))


def export_json(index, request):
    items = [_row(card, request) for card in _export_cards(index)]
    return json_response(index, items, export_filename(index, "json"), request=request)


__all__ = ["catalogue_context", "card_context", "export_csv", "export_json", "json_ld", "live_cards"]
