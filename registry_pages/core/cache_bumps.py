"""What a change bumps in the anonymous page cache (docs/performance.md, "Precise invalidation").

- Publishing or unpublishing a page: `page:<id>` of the page, of its translations
  (their language links and "may be behind" notice) and of every page that
  points at one of them (related services, Wagtail's `ReferenceIndex`: rich-text
  links, page choosers) together with those pages' translations; `pages` (every
  response that lists pages: catalogues, registers, plans, home, search, feeds);
  `layout:<locale>` when the page is a site's home or a menu section (the cached
  menu of its language).
- A tagged snippet (`cache_tags.DEFAULT_TAGGED_MODELS`) saved, deleted, published
  or unpublished: `model:<label>`, carried by every response that queried its table.
- Everything else the pages show — moves, slug changes and deletions of pages,
  settings, sites, locales, view restrictions, images, documents, position holders,
  translation syncs, `REGISTRY_PAGE_CACHE_MODELS` (the synonyms) — starts a new
  generation, as before: every cached page at once.

Every bump is made when the signal fires and again when the transaction commits.
"""

from django.db.models.signals import post_delete, post_save
from wagtail import hooks

from registry_pages.core import cache_tags, page_cache

# Page types whose render reads every page it shows as an object (so `page:` tags
# cover them) and no list of pages by query: their responses do not carry `pages`.
PRECISE_PAGE_TYPES = (
    "registry_pages.ServiceCardPage",
    "registry_pages.NGOEntryPage",
    "registry_pages.ActionItemPage",
    "registry_pages.EthicsCodePage",
)


def _family_ids(translation_keys) -> set:
    from wagtail.models import Page

    return set(Page.objects.filter(translation_key__in=list(translation_keys)).values_list("pk", flat=True))


# Rows by which a page shows another page: (model, field naming the page shown, field naming
# the page showing it). Read directly as well as through the reference index, which pages
# inserted in bulk (the load generator) may lack.
POINTER_MODELS = (("registry_pages.RelatedService", "service", "page"),)


def _referring_keys(ids) -> set:
    """Translation keys of the pages that point at any of the pages `ids`."""
    from django.apps import apps
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Page, ReferenceIndex

    keys = set()
    for label, shown, showing in POINTER_MODELS:
        model = apps.get_model(label)
        keys |= set(model.objects.filter(**{f"{shown}_id__in": ids}).values_list(f"{showing}__translation_key", flat=True))
    page_type = ContentType.objects.get_for_model(Page)
    referring = ReferenceIndex.objects.filter(
        to_content_type=page_type, to_object_id__in=[str(pk) for pk in ids], base_content_type=page_type
    ).values_list("object_id", flat=True)
    keys |= set(Page.objects.filter(pk__in=[int(pk) for pk in referring]).values_list("translation_key", flat=True))
    return keys


def _in_layout(page) -> bool:
    from wagtail.models import Site

    depths = Site.objects.values_list("root_page__depth", flat=True)
    return page.depth <= max(depths, default=2) + 1


def page_tags(page) -> set:
    """The tags a publication or unpublication of `page` bumps."""
    ids = _family_ids([page.translation_key]) | {page.pk}
    ids |= _family_ids(_referring_keys(ids))
    tags = {f"page:{pk}" for pk in ids} | {"pages"}
    if _in_layout(page):
        tags.add(f"layout:{page.locale_id}")
    return tags


def page_changed(sender=None, instance=None, **kwargs):
    """page_published / page_unpublished."""
    if instance is None or instance.pk is None:
        page_cache.invalidate()
        return
    page_cache.invalidate_tags(page_tags(instance))


def _tagged(model) -> bool:
    return model in cache_tags.tagged_models()


def snippet_changed(sender=None, instance=None, **kwargs):
    """published / unpublished of a model with drafts (pages send these too: `page_changed` has them)."""
    from wagtail.models import Page

    if isinstance(instance, Page):
        return
    model = type(instance) if instance is not None else sender
    if model is not None and _tagged(model):
        page_cache.invalidate_tags({cache_tags.model_tag(model)})
    else:
        page_cache.invalidate()


def _model_saved(sender, **kwargs):
    if _tagged(sender):
        page_cache.invalidate_tags({cache_tags.model_tag(sender)})
    elif sender in page_cache.watched_models():
        page_cache.invalidate()


def _model_deleted(sender, instance, **kwargs):
    from wagtail.models import Page

    if _tagged(sender):
        page_cache.invalidate_tags({cache_tags.model_tag(sender)})
    elif isinstance(instance, Page) or sender in page_cache.watched_models():
        page_cache.invalidate()


def _precise_types() -> tuple:
    from django.apps import apps

    found = []
    for label in PRECISE_PAGE_TYPES:
        try:
            found.append(apps.get_model(label))
        except LookupError:
            continue
    return tuple(found)


def _serving(page, request, args, kwargs):
    """before_serve_page: a precise page type on its own route (not a sub-route)."""
    main_route = not args or getattr(args[0], "__name__", "") == "index_route"
    cache_tags.mark_precise(main_route and type(page) in _precise_types())


def connect() -> None:
    from wagtail.signals import (
        page_published,
        page_slug_changed,
        page_unpublished,
        post_page_move,
        published,
        unpublished,
    )

    prefix = "registry_pages.core.page_cache."
    page_published.connect(page_changed, dispatch_uid=prefix + "published")
    page_unpublished.connect(page_changed, dispatch_uid=prefix + "unpublished")
    # Snippets with drafts (departments, positions, ...): the approved version
    # reaches the row when it is published, which is what citizens see.
    published.connect(snippet_changed, dispatch_uid=prefix + "snippet_published")
    unpublished.connect(snippet_changed, dispatch_uid=prefix + "snippet_unpublished")
    post_page_move.connect(page_cache.invalidate, dispatch_uid=prefix + "moved")
    page_slug_changed.connect(page_cache.invalidate, dispatch_uid=prefix + "slug_changed")
    post_save.connect(_model_saved, dispatch_uid=prefix + "saved")
    post_delete.connect(_model_deleted, dispatch_uid=prefix + "deleted")
    if _serving not in hooks.get_hooks("before_serve_page"):
        hooks.register("before_serve_page", _serving)
    cache_tags.connect_collectors()


def is_precise(page) -> bool:
    """Whether a page of this type reads every list it shows as page objects (its main route)."""
    return type(page) in _precise_types()
