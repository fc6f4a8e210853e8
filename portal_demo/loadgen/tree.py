"""Bulk creation of pages in the treebeard tree, without `add_child` per page.

`add_child` costs about ten queries a page (locking the parent, reading the
last child, the search index, revisions). For generated content the paths
are computed here instead (treebeard's own rules, through
`portal_demo.treebeard_adapter`): the base `Page` rows are written with
`bulk_create` and the specific rows of the page type with one INSERT per
batch, then the parent's `numchild` is raised once. The pages are live,
have no revisions (the editor's first save creates one), and are not in the
search index until `update_index` runs. Nothing signals, so the caller must
invalidate caches itself (`registry_pages.core.page_cache.invalidate`).
"""

from django.db import connections, router
from django.db.models import F
from django.utils import timezone
from wagtail.models import Page

from portal_demo.django_adapter import insert_own_rows
from portal_demo.treebeard_adapter import child_path, last_child_number

BATCH_SIZE = 500


def _check_model(model):
    parents = model._meta.get_parent_list()
    if list(parents) != [Page]:
        raise ValueError(f"{model.__name__}: bulk creation supports page types that inherit Page directly")


def bulk_add_children(parent: Page, pages: list, batch_size: int = BATCH_SIZE) -> list:
    """Append `pages` (unsaved instances of one page type) as live children of `parent`."""
    if not pages:
        return pages
    model = type(pages[0])
    _check_model(model)
    start = last_child_number(parent)
    now = timezone.now()
    for number, page in enumerate(pages, start=start + 1):
        page.path = child_path(parent, number)
        page.depth = parent.depth + 1
        page.numchild = 0
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.draft_title = page.title
        page.live = True
        page.has_unpublished_changes = False
        page.first_published_at = page.last_published_at = now
        if not page.locale_id:
            page.locale_id = parent.locale_id
    base_fields = [f for f in Page._meta.concrete_fields if not f.primary_key]
    rows = [Page(**{f.attname: getattr(page, f.attname) for f in base_fields}) for page in pages]
    Page.objects.bulk_create(rows, batch_size=batch_size)
    for page, row in zip(pages, rows):
        page.pk = page.id = page.page_ptr_id = row.pk
        page._state.adding = False
    _insert_specific(model, pages, batch_size)
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))
    parent.numchild += len(pages)
    return pages


def _insert_specific(model, pages, batch_size):
    db = router.db_for_write(model)
    fields = list(model._meta.local_concrete_fields)
    connection = connections[db]
    batch_size = min(batch_size, connection.ops.bulk_batch_size(fields, pages) or batch_size)
    for start in range(0, len(pages), batch_size):
        insert_own_rows(model, pages[start:start + batch_size], fields, db)
