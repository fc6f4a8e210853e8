"""Demo service catalogue: categories, cards and their translations.

The content is pure data in `portal_demo.content.data.services` (CATEGORIES,
SERVICES, INDEX; see that module); this loader turns it into pages. Cards
are created and published in Bulgarian, related services are linked once
every card exists, and then each card is translated into pl, uk and en
with wagtail-localize. Idempotent: what exists is found again by slug/name.
"""

import importlib
from datetime import date
from decimal import Decimal

from django.core.files.base import ContentFile
from wagtail.documents.models import Document
from wagtail.models import Locale

from portal_demo.content.data.also_searched import ALSO_SEARCHED
from portal_demo.content.directory import department, position
from portal_demo.content.text import SOURCE_LANGUAGE, TARGET_LANGUAGES, T, phrasebook
from portal_demo.content.translate import translate, translate_all
from registry_pages.models import (
    RelatedService,
    ServiceCardPage,
    ServiceCategory,
    ServiceIndexPage,
)

DATA_MODULE = "portal_demo.content.data.services"


def _data_module(data):
    if data is not None:
        return importlib.import_module(data) if isinstance(data, str) else data
    try:
        return importlib.import_module(DATA_MODULE)
    except ModuleNotFoundError as error:
        if error.name in (DATA_MODULE, DATA_MODULE.rsplit(".", 1)[0]):
            return None
        raise


def _source_locale():
    return Locale.objects.get(language_code=SOURCE_LANGUAGE)


def _missing_languages(instance):
    return [code for code in TARGET_LANGUAGES if not instance.has_translation(Locale.objects.get(language_code=code))]


def _translate_page(page, texts, languages):
    translate_all(page, texts, languages)


def _category(texts, sort_order: int) -> ServiceCategory:
    obj = ServiceCategory.objects.filter(locale=_source_locale(), name=texts["name"].bg).first()
    if obj is None:
        obj = ServiceCategory.objects.create(
            locale=_source_locale(), name=texts["name"].bg, description=texts["description"].bg,
            sort_order=sort_order,
        )
    for code in _missing_languages(obj):
        translate(obj, code, phrasebook([texts["name"], texts["description"]], code))
    return obj


def _index(home, spec) -> ServiceIndexPage:
    index = ServiceIndexPage.objects.child_of(home).filter(slug=spec["slug"]).first()
    if index is None:
        index = ServiceIndexPage(title=spec["title"].bg, slug=spec["slug"], intro=spec["intro"].bg, show_in_menus=True)
        home.add_child(instance=index)
        index.save_revision().publish()
    missing = _missing_languages(index)
    if missing:
        _translate_page(index, [spec["title"], spec["intro"]], missing)
    return index


def _form(name: T) -> Document:
    """A small downloadable form named after the document (a plain-text template)."""
    existing = Document.objects.filter(title=name.bg).first()
    if existing:
        return existing
    body = "\n".join(f"{name.in_language(code)}\n{'=' * len(name.in_language(code))}\n" for code in ("bg", "pl", "uk", "en"))
    document = Document(title=name.bg)
    document.file.save("form.txt", ContentFile(body.encode("utf-8")), save=False)
    document.file_size = document.file.size
    document.save()
    return document


def _optional(text) -> str:
    return text.bg if text else ""


def _also_searched(spec):
    """The card's everyday phrases (`data/also_searched.py`), a `T` or None."""
    return spec.get("also_searched") or ALSO_SEARCHED.get(spec["slug"])


def _card_texts(spec) -> list:
    """Every T of a card: the translations' phrasebook."""
    texts = [spec[key] for key in ("title", "summary", "who_may_apply", "in_person", "by_post", "result", "appeal")]
    texts.append(_also_searched(spec))
    for act in spec["legal_basis"]:
        texts += [act["title"], act.get("issuer")]
    for item in spec["documents"]:
        texts += [item["name"], item.get("note")]
    for item in spec["fees"] + spec["processing"]:
        texts += [item["variant"], item.get("note")]
    return [t for t in texts if t]


def _new_card(index, spec, category) -> ServiceCardPage:
    dept = department(spec["department"])
    card = ServiceCardPage(
        title=spec["title"].bg, slug=spec["slug"], summary=spec["summary"].bg, category=category,
        who_may_apply=_optional(spec["who_may_apply"]), no_documents_required=not spec["documents"],
        in_person_department=dept, in_person_note=_optional(spec["in_person"]),
        online_url=spec.get("online_url") or "", payment_url=spec.get("payment_url") or "",
        by_post=_optional(spec.get("by_post")), result=_optional(spec["result"]), appeal=_optional(spec["appeal"]),
        responsible_department=dept, contact_position=position(spec["contact"]), last_reviewed=date.today(),
        also_searched_as=_optional(_also_searched(spec)),
    )
    card.legal_basis = [
        ("act", {"title": act["title"].bg, "number": act.get("number") or "",
                 "date": date.fromisoformat(act["date"]) if act.get("date") else None,
                 "issuer": _optional(act.get("issuer")), "url": act.get("url") or ""})
        for act in spec["legal_basis"]
    ]
    card.required_documents = [
        ("document", {"name": item["name"].bg, "note": _optional(item.get("note")),
                      "form": _form(item["name"]) if item.get("form") else None})
        for item in spec["documents"]
    ]
    card.fees = [
        ("fee", {"variant": fee["variant"].bg, "amount": Decimal(str(fee["amount"])), "currency": fee["currency"],
                 "note": _optional(fee.get("note"))})
        for fee in spec["fees"]
    ]
    card.processing_times = [
        ("time", {"variant": item["variant"].bg, "days": int(item["days"]), "working_days": bool(item["working_days"]),
                  "note": _optional(item.get("note"))})
        for item in spec["processing"]
    ]
    index.add_child(instance=card)
    card.save_revision().publish()
    return card


def load(home, log=print, data=None) -> dict[str, int]:
    module = _data_module(data)
    if module is None:
        log("Services: no demo service content (portal_demo.content.data.services is missing).")
        return {}
    categories = {key: _category(texts, order) for order, (key, texts) in enumerate(module.CATEGORIES.items())}
    index = _index(home, module.INDEX)

    cards = {}
    for spec in module.SERVICES:
        card = ServiceCardPage.objects.child_of(index).filter(slug=spec["slug"]).first()
        cards[spec["slug"]] = card or _new_card(index, spec, categories[spec["category"]])

    for spec in module.SERVICES:
        card = cards[spec["slug"]]
        wanted = [cards[slug] for slug in spec.get("related", []) if slug in cards]
        if wanted and not card.related_services.exists():
            for order, other in enumerate(wanted):
                card.related_services.add(RelatedService(service=other, sort_order=order))
            card.save_revision().publish()

    for spec in module.SERVICES:
        card = ServiceCardPage.objects.get(pk=cards[spec["slug"]].pk)
        missing = _missing_languages(card)
        if missing:
            _translate_page(card, _card_texts(spec), missing)

    log(f"Services: {len(cards)} service cards in {len(categories)} categories.")
    return {
        "service categories": ServiceCategory.objects.filter(locale=_source_locale()).count(),
        "service cards": ServiceCardPage.objects.filter(alias_of__isnull=True).count(),
    }
