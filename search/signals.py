"""Forget cached synonyms and title indexes when content changes."""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished

from .vocabulary import content_changed


def _page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        content_changed()


def connect() -> None:
    from .models import SynonymSet

    page_published.connect(content_changed, dispatch_uid="search_page_published")
    page_unpublished.connect(content_changed, dispatch_uid="search_page_unpublished")
    post_delete.connect(_page_deleted, dispatch_uid="search_page_deleted")
    post_save.connect(content_changed, sender=SynonymSet, dispatch_uid="search_synonyms_saved")
    post_delete.connect(content_changed, sender=SynonymSet, dispatch_uid="search_synonyms_deleted")
