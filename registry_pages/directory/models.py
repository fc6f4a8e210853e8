"""Reusable, translatable snippets: who is responsible, and how things are grouped.

Departments and positions are shared by service cards, action items and
reception days; service categories and fields of activity group the service
catalogue and the NGO register. They are snippets (not pages) because they are
referred to from many pages and have no page of their own.

Citizens read their text on every card, so they are moderated like pages
(docs/workflow.md, "Directory snippets"): the row holds the approved (live)
version, edits are saved as revisions and go through the publication
workflow, and the final approval publishes them. A snippet that was never
approved has `live=False` and is shown nowhere on the public side
(`directory.public`, `live=True` in listings).
"""

from django.conf import settings
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Orderable,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail.search import index

__all__ = [
    "Department",
    "Position",
    "PositionHolder",
    "ServiceCategory",
    "ActivityField",
    "ModeratedSnippet",
]


class ModeratedSnippet(WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, models.Model):
    """Drafts, revisions, locking and the publication workflow for a directory snippet.

    `live` defaults to True, so rows created in code (demo loader, command
    line, tests) are live; the admin creates new snippets as drafts.
    """

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if kwargs.get("update_fields") is None and self.pk and not self.live and self._takes_public_row_offline():
            # wagtail-localize, translating a page, re-saves the translations of the
            # snippets the page names as drafts (`live = False; save()`), which would
            # take an approved translation offline and put unapproved text in its row.
            # Only unpublishing (an administrator) takes a live snippet offline.
            message = _("“%(name)s” is public: it changes only when a new version is approved.") % {"name": self}
            raise ValidationError({NON_FIELD_ERRORS: [message]})
        return super().save(*args, **kwargs)

    def _takes_public_row_offline(self) -> bool:
        unpublishing = self.live_revision_id is None and self.has_unpublished_changes  # Wagtail's UnpublishAction
        return not unpublishing and type(self)._default_manager.filter(pk=self.pk, live=True).exists()



class Department(ModeratedSnippet, TranslatableMixin, index.Indexed, models.Model):
    """An administrative unit: where citizens go and how to reach it."""

    name = models.CharField(_("name"), max_length=255)
    address = models.CharField(_("address"), max_length=255, blank=True)
    room = models.CharField(_("room"), max_length=50, blank=True)
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    email = models.EmailField(_("email"), blank=True)
    working_hours = models.CharField(
        _("working hours"),
        max_length=255,
        blank=True,
        help_text=_("As citizens should read them, e.g. Monday to Friday, 8:30 to 17:00."),
    )

    panels = [
        FieldPanel("name"),
        MultiFieldPanel(
            [FieldPanel("address"), FieldPanel("room"), FieldPanel("phone"), FieldPanel("email")],
            heading=_("Contact"),
        ),
        FieldPanel("working_hours"),
    ]
    search_fields = [
        index.SearchField("name", boost=2),
        index.AutocompleteField("name"),
        index.FilterField("locale"),
        index.FilterField("live"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("department")
        verbose_name_plural = _("departments")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Position(ModeratedSnippet, TranslatableMixin, index.Indexed, ClusterableModel):
    """A post in the administration ("Mayor", "Chief secretary", "PR expert").

    Tasks are owned by positions, not people: people change, the position
    stays. Admin users who hold the position are linked as holders so their
    dashboard shows what the position owns.
    """

    title = models.CharField(_("title"), max_length=255)
    holder_name = models.CharField(
        _("holder's name"),
        max_length=255,
        blank=True,
        help_text=_("Optional: the name of the official who holds the position now."),
    )
    department = models.ForeignKey(
        Department,
        verbose_name=_("department"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="positions",
    )
    email = models.EmailField(
        _("email"), blank=True, help_text=_("Where reminders for this position are sent.")
    )

    panels = [
        FieldPanel("title"),
        FieldPanel("holder_name"),
        FieldPanel("department"),
        FieldPanel("email"),
        InlinePanel("holders", heading=_("Admin users holding this position"), label=_("holder")),
    ]
    search_fields = [
        index.SearchField("title", boost=2),
        index.SearchField("holder_name"),
        index.AutocompleteField("title"),
        index.FilterField("locale"),
        index.FilterField("live"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("position")
        verbose_name_plural = _("positions")
        ordering = ["title"]

    def __str__(self):
        return f"{self.title} ({self.holder_name})" if self.holder_name else self.title

    @property
    def public_title(self) -> str:
        """The title as pages index it for search: empty until the position is approved."""
        return self.title if self.live else ""


class PositionHolder(Orderable):
    """Links an admin user to a position (synced to every translation)."""

    position = ParentalKey(Position, on_delete=models.CASCADE, related_name="holders")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="held_positions",
    )

    panels = [FieldPanel("user")]

    class Meta(Orderable.Meta):
        verbose_name = _("position holder")
        verbose_name_plural = _("position holders")


class _NamedCategory(ModeratedSnippet, TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=255)
    description = models.TextField(_("description"), blank=True)
    sort_order = models.PositiveIntegerField(
        _("order"), default=0, help_text=_("Lower numbers are listed first.")
    )

    panels = [FieldPanel("name"), FieldPanel("description"), FieldPanel("sort_order")]
    search_fields = [
        index.SearchField("name", boost=2),
        index.SearchField("description"),
        index.AutocompleteField("name"),
        index.FilterField("locale"),
        index.FilterField("live"),
    ]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name

    @property
    def public_name(self) -> str:
        """The name as pages index it for search: empty until the category is approved."""
        return self.name if self.live else ""


class ServiceCategory(_NamedCategory):
    """Groups service cards in the catalogue (e.g. civil status, local taxes)."""

    class Meta(_NamedCategory.Meta):
        verbose_name = _("service category")
        verbose_name_plural = _("service categories")


class ActivityField(_NamedCategory):
    """A field of activity of NGOs (e.g. social care, culture, environment)."""

    class Meta(_NamedCategory.Meta):
        verbose_name = _("field of activity")
        verbose_name_plural = _("fields of activity")
