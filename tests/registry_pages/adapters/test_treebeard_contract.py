"""The treebeard private name `registry_pages/adapters/treebeard.py` relies on still works:
a remembered parent is what `get_parent()` returns, without a query.

A failure names the adapter module and the installed django-treebeard version.
"""

import inspect

import pytest
from treebeard.mp_tree import MP_Node
from wagtail.models import Page

from registry_pages.adapters import treebeard
from tests.registry_pages.adapters.support import Contract, used_outside

contract = Contract("registry_pages/adapters/treebeard.py", "django-treebeard", "wagtail")


def test_get_parent_still_reads_the_parent_cache():
    contract.check(
        treebeard.PARENT_CACHE in inspect.getsource(MP_Node.get_parent),
        f"MP_Node.get_parent no longer reads `{treebeard.PARENT_CACHE}`",
    )


@pytest.mark.django_db
def test_a_remembered_parent_is_returned_without_a_query(site_root, django_assert_num_queries):
    child = site_root.add_child(instance=Page(title="Contract child", slug="t-contract-child"))
    fresh = Page.objects.get(pk=child.pk)
    contract.check(treebeard.remembered_parent(fresh) is None, "a freshly read page already remembers a parent")
    treebeard.remember_parent(fresh, site_root)
    with django_assert_num_queries(0):
        parent = fresh.get_parent()
    contract.check(parent is site_root, "get_parent() ignores the remembered parent")
    again = Page.objects.get(pk=child.pk)
    read = again.get_parent()
    contract.check(treebeard.remembered_parent(again) is read, "get_parent() no longer remembers what it read")


def test_only_the_adapter_uses_the_parent_cache():
    assert used_outside(contract.adapter, [treebeard.PARENT_CACHE]) == [], f"use {contract.adapter} instead"
