"""Citizens' satisfaction feedback on service cards, and the page publishing it.

A `ServiceFeedback` row is one answer to "Was this helpful?" on one card:
yes or no, an optional short comment, the card's language and the time.
Nothing about the person is stored (no IP address, no account, no browser
data); the daily limit per client is kept in the cache as a salted hash
(`registry_pages.feedback.ratelimit`). A comment is public only once a
moderator approves it.

`FeedbackResultsPage` publishes the quarterly results per service as an SVG
bar chart and the same figures as a table, with the approved comments.
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Page

from registry_pages.core.page_slugs import AsciiSlugMixin
from registry_pages.core.page_views import BuiltContextMixin

__all__ = ["ServiceFeedback", "FeedbackResultsPage", "COMMENT_MAX_LENGTH"]

COMMENT_MAX_LENGTH = 500


class ServiceFeedback(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")

    page = models.ForeignKey(
        "registry_pages.ServiceCardPage",
        verbose_name=_("service card"),
        on_delete=models.CASCADE,
        related_name="feedback_answers",
    )
    helpful = models.BooleanField(_("helpful"))
    comment = models.TextField(_("comment"), max_length=COMMENT_MAX_LENGTH, blank=True)
    language = models.CharField(_("language"), max_length=10)
    created_at = models.DateTimeField(_("received at"), default=timezone.now, db_index=True)
    status = models.CharField(
        _("comment status"), max_length=10, choices=Status.choices, default=Status.PENDING, db_index=True,
        help_text=_("Only approved comments are published."),
    )
    moderated_at = models.DateTimeField(_("moderated at"), null=True, blank=True)

    class Meta:
        verbose_name = _("service feedback")
        verbose_name_plural = _("service feedback")
        ordering = ["-created_at"]

    def __str__(self):
        answer = _("helpful") if self.helpful else _("not helpful")
        return f"{self.page.title}: {answer}"

    def save(self, *args, **kwargs):
        if self.status != self.Status.PENDING and self.moderated_at is None:
            self.moderated_at = timezone.now()
        super().save(*args, **kwargs)

    @property
    def quarter_label(self) -> str:
        local = timezone.localtime(self.created_at)
        return f"{local.year}-Q{(local.month - 1) // 3 + 1}"


class FeedbackResultsPage(BuiltContextMixin, AsciiSlugMixin, Page):
    """Quarterly satisfaction results per service (chart, table, approved comments)."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link", "ul"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types: list[str] = []
    max_count_per_parent = 1
    api_fields = [APIField("intro")]

    template = "registry_pages/feedback_results_page.html"

    class Meta:
        verbose_name = _("feedback results")
        verbose_name_plural = _("feedback results pages")

