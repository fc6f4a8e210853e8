"""Unpublished is not erased: a register page taken offline stays listed with its last public text.

On Wagtail's `page_unpublished` signal (the editor's "Unpublish", an expiry date,
the unpublishing of a section) and before a live page is deleted, its title,
address, language, the text of its last public version (record/diff.py reads it
field by field) and the date it ceased to apply are written to `WithdrawnPage`.
A page unpublished and then deleted keeps one row, marked deleted. The rows are
listed on the site's register of changes (record/register.py).
"""

from django.db.models.signals import pre_delete
from django.utils import timezone
from wagtail.models import Page
from wagtail.signals import page_unpublished

from registry_pages.core.pages import RegistryBasePage
from registry_pages.record.diff import compared_fields, field_text
from registry_pages.record.models import WithdrawnPage


def page_text(page) -> str:
    parts = []
    for model_field in compared_fields(page):
        text = field_text(page, model_field).strip()
        if text:
            parts.append(f"{model_field.verbose_name}: {text}")
    return "\n\n".join(parts)


def _record(page, reason) -> None:
    if not isinstance(page, RegistryBasePage):
        return
    existing = WithdrawnPage.objects.filter(page_id=page.pk, revision_id=page.live_revision_id).first()
    if existing is not None:
        if reason == WithdrawnPage.DELETED and existing.reason != reason:
            existing.reason = reason
            existing.save(update_fields=["reason"])
        return
    WithdrawnPage.objects.create(
        page_id=page.pk,
        revision_id=page.live_revision_id,
        title=page.title,
        url=page.get_url() or "",
        language=page.locale.language_code if page.locale_id else "",
        page_type=page._meta.label_lower,
        text=page_text(page),
        applied_from=page.last_published_at,
        ceased_at=timezone.now(),
        reason=reason,
    )


def on_unpublished(sender, instance, **kwargs):
    _record(instance.specific if type(instance) is Page else instance, WithdrawnPage.UNPUBLISHED)


def on_delete(sender, instance, **kwargs):
    if isinstance(instance, Page) and (instance.live or WithdrawnPage.objects.filter(page_id=instance.pk).exists()):
        _record(instance.specific if type(instance) is Page else instance, WithdrawnPage.DELETED)


def connect() -> None:
    page_unpublished.connect(on_unpublished, dispatch_uid="registry_pages.record.withdrawn.unpublished")
    pre_delete.connect(on_delete, dispatch_uid="registry_pages.record.withdrawn.deleted")
