"""Contract of django-treebeard's private API, as `portal_demo/treebeard_adapter.py` uses it.

The load generator writes pages in bulk with paths computed by the adapter. If
an installed treebeard renamed, re-signed or changed these class methods, the
generated tree would be silently corrupt; these tests fail first, and say where
to look.
"""

import inspect
from types import SimpleNamespace

import pytest
from treebeard.mp_tree import MP_Node
from wagtail.models import Page

from portal_demo import treebeard_adapter
from portal_demo.treebeard_adapter import (
    PRIVATE_API,
    child_path,
    last_child_number,
    step_number,
)

ADAPTER = "portal_demo/treebeard_adapter.py"


def _changed(what: str) -> str:
    return f"the installed treebeard changed {what}: update {ADAPTER} (and this contract) before using it"


@pytest.mark.parametrize("name", sorted(PRIVATE_API))
def test_private_class_methods_exist(name):
    static = next((vars(cls)[name] for cls in Page.__mro__ if name in vars(cls)), None)
    assert static is not None, _changed(f"MP_Node.{name} (gone)")
    assert isinstance(static, classmethod), _changed(f"MP_Node.{name} (no longer a class method)")


@pytest.mark.parametrize("name, parameters", sorted(PRIVATE_API.items()))
def test_private_signatures(name, parameters):
    method = getattr(MP_Node, name, None)
    assert method is not None, _changed(f"MP_Node.{name} (gone)")
    assert tuple(inspect.signature(method).parameters) == parameters, _changed(
        f"the signature of MP_Node.{name}: {inspect.signature(method)}"
    )


def test_documented_attributes_the_adapter_reads():
    assert isinstance(Page.steplen, int) and Page.steplen > 0, _changed("MP_Node.steplen")
    assert isinstance(Page.alphabet, str) and len(Page.alphabet) > 1, _changed("MP_Node.alphabet")


@pytest.mark.parametrize("number", [1, 2, 9, 10, 35, 36, 37, 1295, 1296])
def test_step_number_reads_back_the_path_it_builds(number):
    # A plain stand-in: a Page instance asks the database for its default locale (PostgreSQL run).
    parent = SimpleNamespace(path=Page.alphabet[0] * (Page.steplen - 1) + Page.alphabet[1], depth=1)
    path = child_path(parent, number)
    assert path.startswith(parent.path) and len(path) == 2 * Page.steplen, _changed(f"the path of child {number}")
    assert step_number(path) == number, _changed(f"the step number of {path!r}")


@pytest.mark.django_db
def test_child_paths_equal_what_add_child_gives(site_root):
    parent = site_root.add_child(instance=Page(title="Treebeard contract", slug="treebeard-contract"))
    assert last_child_number(parent) == 0, _changed("the last child of a leaf")
    for number in (1, 2, 3):
        parent.refresh_from_db()
        expected = child_path(parent, number)
        child = parent.add_child(instance=Page(title=f"Child {number}", slug=f"child-{number}"))
        assert child.path == expected, _changed(f"the path add_child gives child {number}: {child.path!r}, adapter {expected!r}")
        assert step_number(child.path) == number, _changed(f"the step number of {child.path!r}")
        parent.refresh_from_db()
        assert last_child_number(parent) == number, _changed(f"the last child number after child {number}")


def test_adapter_is_the_only_user_of_the_private_api():
    """Every private treebeard call of the demo app goes through the adapter."""
    from pathlib import Path

    package = Path(treebeard_adapter.__file__).resolve().parent
    users = sorted(
        str(path.relative_to(package.parent))
        for path in package.rglob("*.py")
        if path.name != "treebeard_adapter.py" and any(f".{name}(" in path.read_text() for name in PRIVATE_API)
    )
    assert users == [], f"treebeard's private API used outside {ADAPTER}: {users}"
