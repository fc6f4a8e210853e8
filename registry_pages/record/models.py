"""What the public record keeps besides Wagtail's own revisions and log.

`ChangeNote`: the editor's sentence on what a version changes, keyed by the revision
it was written with (the form field is in `core/change_notes.py`).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from registry_pages.core.change_notes import MAX_LENGTH

__all__ = ["ChangeNote"]


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
