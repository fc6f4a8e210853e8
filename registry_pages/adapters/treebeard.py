"""django-treebeard's private API, in one place.

`MP_Node.get_parent()` returns the node's parent from the private attribute
`_cached_parent_obj` when it is set, without a query; Wagtail's own page
router sets it on the child it routes to. The add-on does the same when it
routes to a child read with its specific fields (`core/pages.py`), and an
action-plan item reads its plan from it (`action_plans/items.py`), and a new page
knows from it that its parent is known before it is in the tree (`core/page_slugs.py`).

`tests/registry_pages/adapters/test_treebeard_contract.py` checks it against
the installed version: when it fails after an upgrade, update this module.
"""

PARENT_CACHE = "_cached_parent_obj"  # read and set by treebeard.mp_tree.MP_Node.get_parent


def remember_parent(node, parent) -> None:
    """Let `node.get_parent()` return `parent` without a query."""
    setattr(node, PARENT_CACHE, parent)


def remembered_parent(node):
    """The parent `node.get_parent()` would return without a query, or None."""
    return getattr(node, PARENT_CACHE, None)
