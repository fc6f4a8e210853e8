"""Forget cached synonyms, title indexes, promoted queries and view restrictions when they change."""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from .vocabulary import content_changed


def _page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        content_changed()


def connect() -> None:
    from wagtail.contrib.search_promotions.models import SearchPromotion
    from wagtail.models import Locale, PageViewRestriction

    from registry_pages.models import ServiceCategory

    from . import known
    from .models import SynonymSet

    page_published.connect(content_changed, dispatch_uid="search_page_published")
    page_unpublished.connect(content_changed, dispatch_uid="search_page_unpublished")
    post_delete.connect(_page_deleted, dispatch_uid="search_page_deleted")
    post_save.connect(content_changed, sender=SynonymSet, dispatch_uid="search_synonyms_saved")
    post_delete.connect(content_changed, sender=SynonymSet, dispatch_uid="search_synonyms_deleted")
    post_page_move.connect(content_changed, dispatch_uid="search_page_moved")  # a restricted section's path
    # Kept with the vocabulary too: the promoted queries and the view restrictions (search.vocabulary).
    # … and the locales and the pages found (search.known).
    watched = ((SearchPromotion, "promotion"), (PageViewRestriction, "restriction"), (Locale, "locale"),
               (ServiceCategory, "category"))  # a result shows its card's category (search.results)
    for model, name in watched:
        post_save.connect(content_changed, sender=model, dispatch_uid=f"search_{name}_saved")
        post_delete.connect(content_changed, sender=model, dispatch_uid=f"search_{name}_deleted")
    known.connect()
