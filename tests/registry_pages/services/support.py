"""Builders shared by the service card, catalogue, feedback, snippet and importer tests."""

from decimal import Decimal

from django.core.files.base import ContentFile
from wagtail.documents.models import Document

from registry_pages.models import (
    Department,
    ServiceCardPage,
    ServiceCategory,
    ServiceIndexPage,
)
from tests.registry_pages.support import bg


def category(name, sort_order=0):
    return ServiceCategory.objects.create(locale=bg(), name=name, description=f"Описание: {name}", sort_order=sort_order)


def department():
    return Department.objects.create(
        locale=bg(), name="Тестов отдел „Гражданско състояние“", room="12", phone="+359 1 234", email="t@example.org",
        working_hours="понеделник – петък, 9:00 – 17:00",
    )


def catalogue(parent, slug="t-services"):
    index = ServiceIndexPage(title="Тестов каталог на услугите", slug=slug, intro="<p>Всички услуги.</p>")
    parent.add_child(instance=index)
    index.save_revision().publish()
    return index


def form_document(name="Заявление"):
    doc = Document(title=name)
    doc.file.save("zayavlenie.txt", ContentFile(("Образец: " + name).encode("utf-8")), save=False)
    doc.file_size = doc.file.size
    doc.save()
    return doc


def card(index, title, cat, *, live=True, fees=None, documents=None, **extra):
    page = ServiceCardPage(
        title=title,
        live=live,
        summary=extra.pop("summary", f"Кратко описание на {title}."),
        category=cat,
        who_may_apply=extra.pop("who_may_apply", "Всеки гражданин."),
        no_documents_required=documents == [],
        result=extra.pop("result", "Удостоверение на хартия."),
        appeal=extra.pop("appeal", "Пред административния съд в 14-дневен срок."),
        **extra,
    )
    page.required_documents = (
        [("document", {"name": "Лична карта", "note": "оригинал", "form": None})] if documents is None else documents
    )
    page.fees = fees if fees is not None else [
        ("fee", {"variant": "обикновена", "amount": Decimal("5.00"), "currency": "BGN", "note": ""}),
        ("fee", {"variant": "експресна", "amount": Decimal("0"), "currency": "BGN", "note": "за хора с увреждания"}),
    ]
    page.processing_times = [
        ("time", {"variant": "обикновена", "days": 7, "working_days": True, "note": ""}),
        ("time", {"variant": "експресна", "days": 1, "working_days": False, "note": ""}),
    ]
    page.legal_basis = [
        ("act", {"title": "Закон за гражданската регистрация", "number": "67", "date": None, "issuer": "Народно събрание",
                 "url": "https://example.org/zgr"}),
    ]
    index.add_child(instance=page)
    revision = page.save_revision()
    if live:
        revision.publish()
    return page



def catalogue_query_bound() -> int:
    """What a catalogue page may cost: 8 queries with its route remembered (core/routing.py), 10 in a
    site that does not install the route cache's middleware (the add-on alone) and walks the tree."""
    from django.conf import settings

    return 8 if "registry_pages.core.routing.RouteCacheMiddleware" in settings.MIDDLEWARE else 10
