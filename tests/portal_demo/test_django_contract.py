"""Contract of Django's private ORM API, as `portal_demo/django_adapter.py` uses it."""

import inspect

import django
import pytest
from django.db.models.query import QuerySet
from wagtail.models import Page

from portal_demo.django_adapter import PRIVATE_API, insert_own_rows
from registry_pages.models import EthicsCodeIndexPage

ADAPTER = "portal_demo/django_adapter.py"


def _changed(what: str) -> str:
    return f"Django {django.get_version()} changed {what}: update {ADAPTER} (and this contract)"


@pytest.mark.parametrize("name, parameters", sorted(PRIVATE_API.items()))
def test_private_methods_take_what_the_adapter_passes(name, parameters):
    method = getattr(QuerySet, name, None)
    assert method is not None, _changed(f"QuerySet.{name} (gone)")
    accepted = inspect.signature(method).parameters
    assert all(p in accepted for p in parameters), _changed(f"the signature of QuerySet.{name}: {inspect.signature(method)}")


@pytest.mark.django_db
def test_insert_own_rows_writes_the_child_table_only(site_root):
    base = Page(title="Bulk", slug="bulk-contract", locale_id=site_root.locale_id)
    site_root.add_child(instance=base)
    page = EthicsCodeIndexPage(page_ptr_id=base.pk, pk=base.pk, id=base.pk, title="Bulk", slug="bulk-contract")
    fields = list(EthicsCodeIndexPage._meta.local_concrete_fields)
    pages_before = Page.objects.count()
    insert_own_rows(EthicsCodeIndexPage, [page], fields, "default")
    assert Page.objects.count() == pages_before, _changed("what _insert writes (it wrote a base row too)")
    assert EthicsCodeIndexPage.objects.get(pk=base.pk).title == "Bulk", _changed("what _insert writes")
