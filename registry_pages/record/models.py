"""What the public record keeps besides Wagtail's own revisions and log.

`ChangeNote`: the editor's sentence on what a version changes, keyed by the revision
it was written with (the form field is in `core/change_notes.py`).
`WithdrawnPage`: the last public version of a register page that was unpublished or
deleted, with the date it ceased to apply (record/withdrawn.py): legal records do not
vanish silently.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from registry_pages.core.change_notes import MAX_LENGTH

__all__ = ["ChangeNote", "WithdrawnPage", "PageViewDay", "SiteViewDay"]


class ChangeNote(models.Model):
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    revision = models.OneToOneField("wagtailcore.Revision", on_delete=models.CASCADE, related_name="+")
    text = models.CharField(_("change note"), max_length=MAX_LENGTH)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("change note")
        verbose_name_plural = _("change notes")

    def __str__(self):
        return self.text


class WithdrawnPage(models.Model):
    UNPUBLISHED = "unpublished"
    DELETED = "deleted"
    REASONS = [(UNPUBLISHED, _("unpublished")), (DELETED, _("deleted"))]

    page_id = models.IntegerField(db_index=True)  # no foreign key: the page may be gone
    revision_id = models.IntegerField(null=True, blank=True)
    title = models.CharField(_("title"), max_length=255)
    url = models.CharField(_("address"), max_length=2000, blank=True)
    language = models.CharField(_("language"), max_length=20, db_index=True)
    page_type = models.CharField(_("page type"), max_length=100, blank=True, db_index=True)  # "app_label.model"
    text = models.TextField(_("text of the last public version"), blank=True)
    applied_from = models.DateTimeField(_("applied from"), null=True, blank=True)
    ceased_at = models.DateTimeField(_("ceased to apply"), db_index=True)
    reason = models.CharField(_("reason"), max_length=20, choices=REASONS)

    class Meta:
        verbose_name = _("withdrawn page")
        verbose_name_plural = _("withdrawn pages")
        ordering = ["-ceased_at", "-pk"]

    def __str__(self):
        return self.title


class PageViewDay(models.Model):
    """Views of one page on one day (record/visits.py): a number, nothing about who viewed it."""

    page_id = models.IntegerField()  # no foreign key: the count outlives a deleted page, like the register
    day = models.DateField()
    count = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("page views on a day")
        verbose_name_plural = _("page views by day")
        constraints = [models.UniqueConstraint(fields=["page_id", "day"], name="registry_pageviewday_unique")]


class SiteViewDay(models.Model):
    """Views of every page of one site on one day: the site's total."""

    site_id = models.IntegerField()
    day = models.DateField()
    count = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("site views on a day")
        verbose_name_plural = _("site views by day")
        constraints = [models.UniqueConstraint(fields=["site_id", "day"], name="registry_siteviewday_unique")]
