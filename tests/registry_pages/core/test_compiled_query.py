"""A queryset compiled once and run again (registry_pages/core/compiled_query.py): the same
objects, related objects and annotations as the queryset, rows read afresh on every run, and
Django's compiler set up only the first time."""

import pytest
from django.db.models import Exists, OuterRef
from django.db.models.sql.compiler import SQLCompiler
from wagtail.models import PageViewRestriction

from registry_pages.core.compiled_query import CompiledQuery
from registry_pages.models import Department, ServiceCardPage
from tests.registry_pages.services.support import card, catalogue, category
from tests.registry_pages.services.support import department as department_row

pytestmark = pytest.mark.django_db


@pytest.fixture
def cards(site_root):
    index = catalogue(site_root, slug="t-compiled")
    topic = category("Категория за компилиране")
    department = department_row()
    Department.objects.filter(pk=department.pk).update(name="Отдел за компилиране")
    pages = [card(index, f"Карта {n}", topic) for n in range(3)]
    ServiceCardPage.objects.filter(pk=pages[0].pk).update(responsible_department=department)
    return ServiceCardPage.objects.filter(pk__in=[page.pk for page in pages])


def _queryset(cards):
    restricted = Exists(PageViewRestriction.objects.filter(page_id=OuterRef("pk")))
    return cards.select_related("category", "responsible_department").annotate(restricted=restricted).order_by("pk")


def _shown(pages):
    return [(page.pk, page.title, page.category.name, getattr(page.responsible_department, "name", None),
             page.restricted) for page in pages]


def test_it_gives_what_the_queryset_gives(cards, django_assert_num_queries):
    compiled = CompiledQuery(_queryset(cards))
    expected = _shown(_queryset(cards))
    for _ in range(3):
        with django_assert_num_queries(1):  # related rows and the annotation come with the row
            assert _shown(compiled.run()) == expected
    assert expected[0][3] == "Отдел за компилиране" and expected[0][4] is False


def test_it_is_compiled_once_and_rows_are_read_afresh(cards, monkeypatch):
    compiled = CompiledQuery(_queryset(cards))
    compiled.run()
    first = cards.order_by("pk").first()
    ServiceCardPage.objects.filter(pk=first.pk).update(title="Нова карта")
    PageViewRestriction.objects.create(page=first, restriction_type=PageViewRestriction.LOGIN)
    setups = []
    real = SQLCompiler.setup_query
    monkeypatch.setattr(SQLCompiler, "setup_query", lambda self, *a, **k: setups.append(1) or real(self, *a, **k))
    again = compiled.run()
    assert (again[0].title, again[0].restricted) == ("Нова карта", True)
    assert setups == []  # not compiled again
    _queryset(cards).first()
    assert setups  # an ordinary queryset is


def test_a_query_with_no_sql_finds_nothing_every_time(cards):
    compiled = CompiledQuery(cards.filter(pk__in=[]))
    assert compiled.run() == [] and compiled.run() == []


def test_the_callers_queryset_is_left_as_it_was(cards):
    queryset = _queryset(cards)
    CompiledQuery(queryset).run()
    assert "get_compiler" not in vars(queryset.query)
