"""The one place that uses django-treebeard's private API (materialised-path trees).

The load generator (`loadgen/tree.py`) and the search benchmark write pages in
bulk, without `add_child` per page, so they must compute the paths treebeard
would give. treebeard has no public call for that; it is done here with its
private class methods, and `tests/portal_demo/test_treebeard_contract.py`
fails, naming this module, when an installed treebeard changes them.

Used (all class methods of `treebeard.mp_tree.MP_Node`):
    _get_path(path, depth, newstep)  the path of child number `newstep`
    _str2int(num)                    the number of one path step
`steplen` and `alphabet` are documented attributes of MP_Node, not private.
"""

from wagtail.models import Page

# name -> the parameters the adapter passes (checked by the contract tests).
PRIVATE_API = {
    "_get_path": ("path", "depth", "newstep"),
    "_str2int": ("num",),
}


def child_path(parent, number: int, model=Page) -> str:
    """The path treebeard gives the parent's child number `number` (1 for the first)."""
    return model._get_path(parent.path, parent.depth + 1, number)


def step_number(path: str, model=Page) -> int:
    """The number of a node's own (last) step in its path: 1 for a first child."""
    return model._str2int(path[-model.steplen:])


def last_child_number(parent, model=Page) -> int:
    """The step number of the parent's last child by path, 0 when it has none."""
    last = (
        Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1)
        .order_by("-path")
        .values_list("path", flat=True)
        .first()
    )
    return step_number(last, model) if last else 0
