"""What a service card must say before it goes to the approvers (issue 16).

A citizen cannot use a card without: a summary of what the service gives, a
category (where the catalogue lists it),
the documents to bring — or the explicit "no documents required" —, the fee —
a free service has a fee row with amount 0, which the page shows as "Free" —,
the processing time, and a place to apply (a department receiving
applications in person, a place that accepts applications, an e-service link, or an
address for post). A card may be imported without a summary (as a draft); the
workflow's gate refuses submission, approval and publication while one is
missing and shows the editor what is (`workflow/content.py`).
"""

from django.utils.translation import gettext_lazy as _

from registry_pages.services.card_blocks import COLLECT
from registry_pages.services.models import ServiceCardPage
from registry_pages.workflow.content import Item, blocks_in, register_checklist


def _has_documents_or_none(card) -> bool:
    return card.no_documents_required or blocks_in(card, "required_documents")


def _has_place_to_apply(card) -> bool:
    if card.in_person_department_id or card.online_url.strip() or card.by_post.strip():
        return True
    # the listing annotates the length of `places`: a card without any is not loaded
    return blocks_in(card, "places") and any(block.value.get("purpose") != COLLECT for block in card.places)


CARD_ITEMS = [
    Item("summary", _("summary"), lambda card: bool(card.summary.strip()), field="summary"),
    Item("category", _("category"), lambda card: bool(card.category_id), field="category"),
    Item(
        "documents", _("documents (or “no documents required”)"), _has_documents_or_none,
        field="required_documents",
    ),
    Item("fee", _("fee (0 when free)"), lambda card: blocks_in(card, "fees"), field="fees"),
    Item("processing_time", _("processing time"), lambda card: blocks_in(card, "processing_times"),
         field="processing_times"),
    Item("place_to_apply", _("place to apply"), _has_place_to_apply, field="in_person_department",
         text_fields=("in_person_department", "in_person_room", "in_person_hours", "in_person_note", "by_post", "places")),
]

register_checklist(ServiceCardPage, CARD_ITEMS, streamfields=("required_documents", "fees", "processing_times", "places"))
