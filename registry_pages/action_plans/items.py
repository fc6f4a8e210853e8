"""Action items: a numbered task of a plan, its owners, its deadline and its progress.

The deadline is kept as written ("м. март", "тримесечно", "do 31.03.2026")
*and* as the structure the parser reads from it (`deadlines/`), re-read on
every save in the page's language and the plan's year; the next due date is
derived from that structure, today and the country's working days, and is
never stored, so it cannot go stale. Overdue is derived the same way.
Owners are positions in the order the plan names them: the first organises
the work (Art. 28).
"""

import datetime

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.documents import get_document_model_string
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from registry_pages.action_plans.deadline_editing import (
    ActionItemForm,
    DeadlineReadingPanel,
)
from registry_pages.action_plans.deadlines.parser import parse_deadline
from registry_pages.action_plans.deadlines.reading import reading_adds
from registry_pages.action_plans.deadlines.schedule import is_overdue, next_due_date
from registry_pages.action_plans.deadlines.types import (
    DeadlineKind,
    ParsedDeadline,
    Recurrence,
    Season,
)
from registry_pages.action_plans.models import ActionPlanPage
from registry_pages.adapters.treebeard import remembered_parent
from registry_pages.core.page_views import BuiltContextMixin
from registry_pages.core.pages import RegistryBasePage, registry_edit_handler
from registry_pages.directory.models import Position

__all__ = ["ActionItemPage", "ActionItemOwner", "ActionItemProgress", "ActionItemStatus", "DeadlineReminder"]


class ActionItemStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    IN_PROGRESS = "in_progress", _("In progress")
    DONE = "done", _("Done")
    CANCELLED = "cancelled", _("Cancelled")


CLOSED_STATUSES = (ActionItemStatus.DONE, ActionItemStatus.CANCELLED)
# Not a stored status: shown instead of planned / in progress once the due date has passed.
OVERDUE = "overdue"


class ActionItemPage(BuiltContextMixin, RegistryBasePage):
    """One task of an action plan ("1.4 Open day at the town hall")."""

    number = models.CharField(_("number"), max_length=20, help_text=_("As the plan writes it, e.g. 1.4."))
    theme_number = models.CharField(
        _("theme"),
        max_length=20,
        blank=True,
        help_text=_("The number of the plan's theme (or goal, or task) the item belongs to; empty takes the item's "
                    "number without its last part (1.2.3 → 1.2); an item numbered 1, 2, 3 belongs to no theme."),
    )
    task = models.TextField(_("task"), help_text=_("What is to be done, as the plan writes it."))
    indicator = models.TextField(
        _("indicator"), blank=True, help_text=_("How the result is measured, as the plan writes it."))
    implementation_method = models.TextField(
        _("method of implementation"), blank=True, help_text=_("How the measure is carried out, as the plan writes it."))
    funding = models.TextField(
        _("funding"), blank=True, help_text=_("The source or amount of funding, as the plan writes it."))
    owners_to_assign = models.TextField(
        _("owners to be assigned"), blank=True,
        help_text=_("Owners the plan names that are not yet a position (one per line). While this is filled in, "
                    "or no owner is chosen, the item is marked “owner to be assigned”."))
    deadline_text = models.CharField(
        _("deadline as written"),
        max_length=255,
        blank=True,
        help_text=_("E.g. “м. март”, “тримесечно”, “постоянен”, “31.03.2026”. Empty: 7 working days (Art. 28)."),
    )
    assigned_on = models.DateField(
        _("assigned on"),
        null=True,
        blank=True,
        help_text=_("The day the task was set; deadlines in days count from the next working day. "
                    "Empty: the date of the act that adopted the plan."),
    )
    # What the parser read in deadline_text (filled on save, not edited by hand).
    deadline_kind = models.CharField(
        _("kind of deadline"), max_length=20, choices=[(k.value, k.value) for k in DeadlineKind], editable=False,
        default=DeadlineKind.UNRECOGNISED,
    )
    deadline_date = models.DateField(null=True, blank=True, editable=False)
    # For a season: the month it ends in (5, 8, 11, 2); deadline_year is then the year that names the
    # season (its start), so "winter 2026" is month 2 of year 2026 here and falls due in February 2027.
    deadline_month = models.PositiveSmallIntegerField(null=True, blank=True, editable=False)
    deadline_quarter = models.PositiveSmallIntegerField(null=True, blank=True, editable=False)
    deadline_year = models.PositiveSmallIntegerField(null=True, blank=True, editable=False)
    deadline_recurrence = models.CharField(
        max_length=20, blank=True, editable=False, choices=[(r.value, r.value) for r in Recurrence]
    )
    deadline_working_days = models.PositiveSmallIntegerField(null=True, blank=True, editable=False)
    status = models.CharField(_("status"), max_length=20, choices=ActionItemStatus.choices,
                              default=ActionItemStatus.PLANNED)
    completed_on = models.DateField(_("completed on"), null=True, blank=True)

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("number"), FieldPanel("theme_number")]),
        FieldPanel("task"),
        InlinePanel("owners", heading=_("Owners (the first named organises the work)"), label=_("owner"), min_num=0),
        FieldPanel("owners_to_assign"),
        MultiFieldPanel(
            [FieldPanel("deadline_text"), DeadlineReadingPanel(), FieldPanel("assigned_on")], heading=_("Deadline")
        ),
        MultiFieldPanel(
            [FieldPanel("indicator"), FieldPanel("implementation_method"), FieldPanel("funding")],
            heading=_("Indicator, method and funding"),
        ),
        FieldRowPanel([FieldPanel("status"), FieldPanel("completed_on")], heading=_("Status")),
        InlinePanel("progress_reports", heading=_("Progress reports"), label=_("progress report")),
    ]
    edit_handler = registry_edit_handler(content_panels)
    base_form_class = ActionItemForm
    search_fields = RegistryBasePage.search_fields + [
        index.SearchField("task", boost=1.5),
        index.SearchField("indicator"),
        index.SearchField("number"),
        index.SearchField("deadline_text"),
        index.FilterField("status"),
        index.FilterField("number"),
        index.RelatedFields("owners", [index.RelatedFields("position", [index.SearchField("public_title")])]),
        index.RelatedFields("progress_reports", [index.SearchField("text")]),
    ]
    api_fields = RegistryBasePage.api_fields + [
        APIField("number"), APIField("theme_number"), APIField("task"), APIField("owners"),
        APIField("deadline_text"), APIField("deadline_kind"), APIField("status"), APIField("completed_on"),
        APIField("progress_reports"), APIField("indicator"), APIField("implementation_method"), APIField("funding"),
        APIField("owners_to_assign"), APIField("owner_to_be_assigned"),
    ]
    override_translatable_fields = [
        SynchronizedField("number"), SynchronizedField("theme_number"), SynchronizedField("assigned_on"),
    ]
    parent_page_types = ["registry_pages.ActionPlanPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("action item")
        verbose_name_plural = _("action items")

    def __str__(self):
        return f"{self.number} {self.title}"

    # --- deadline -------------------------------------------------------------

    def plan(self):
        """The parent plan (cached; listings set `_plan` to avoid a query per item)."""
        if getattr(self, "_plan", None) is None:
            parent = remembered_parent(self)  # set by the plan when it routes to the item
            if isinstance(parent, ActionPlanPage):
                self._plan = parent
            elif self.path and self.depth:
                self._plan = ActionPlanPage.objects.filter(path=self.path[: -ActionPlanPage.steplen]).first()
        return getattr(self, "_plan", None)

    def reparse_deadline(self, language=None, year=None) -> ParsedDeadline:
        """Read `deadline_text` again into the structured fields."""
        if year is None and (plan := self.plan()) is not None:
            year = plan.period_start
        language = language or (self.locale.language_code if self.locale_id else settings.LANGUAGE_CODE)
        parsed = parse_deadline(self.deadline_text, language, year)
        for name, value in self.deadline_columns(parsed).items():
            setattr(self, name, value)
        return parsed

    @staticmethod
    def deadline_columns(parsed: ParsedDeadline) -> dict:
        """The stored fields of a parsed deadline (the inverse of `deadline`)."""
        return {
            "deadline_kind": parsed.kind.value,
            "deadline_date": parsed.date,
            "deadline_month": (
                parsed.season.last_month if parsed.season else parsed.half * 6 if parsed.half else parsed.month
            ),
            "deadline_quarter": parsed.quarter,
            "deadline_year": parsed.year,
            "deadline_recurrence": parsed.recurrence.value if parsed.recurrence else "",
            "deadline_working_days": parsed.working_days,
        }

    @staticmethod
    def theme_of(number: str) -> str:
        """The theme an item numbered `number` belongs to: 1.4 → 1, 1.2.3 → 1.2, 3 → none."""
        parts = [part for part in number.strip().strip(".").split(".") if part.strip()]
        return ".".join(part.strip() for part in parts[:-1])

    def full_clean(self, *args, **kwargs):
        if not self.theme_number and self.number:
            self.theme_number = self.theme_of(self.number)
        super().full_clean(*args, **kwargs)

    def save(self, *args, **kwargs):
        if not self.theme_number and self.number:
            self.theme_number = self.theme_of(self.number)
        self.reparse_deadline()
        return super().save(*args, **kwargs)

    @property
    def deadline(self) -> ParsedDeadline:
        return ParsedDeadline(
            text=self.deadline_text,
            kind=DeadlineKind(self.deadline_kind),
            date=self.deadline_date,
            month=self.deadline_month if self.deadline_kind == DeadlineKind.MONTH else None,
            season=Season.ending_in(self.deadline_month) if self.deadline_kind == DeadlineKind.SEASON else None,
            half=self.deadline_month // 6 if self.deadline_kind == DeadlineKind.HALF_YEAR and self.deadline_month else None,
            quarter=self.deadline_quarter,
            year=self.deadline_year,
            recurrence=Recurrence(self.deadline_recurrence) if self.deadline_recurrence else None,
            working_days=self.deadline_working_days,
            defaulted=not self.deadline_text.strip(),
        )

    @property
    def deadline_reading(self) -> str:
        """The kind of a deadline without a date, in brackets after the words only when it adds to them."""
        if self.deadline_kind in (DeadlineKind.WORKING_DAYS, DeadlineKind.RECURRING, DeadlineKind.UNRECOGNISED):
            return ""
        label = str(self.deadline.label).lower()
        return label if reading_adds(self.deadline_text, label) else ""

    @property
    def is_closed(self) -> bool:
        return self.status in CLOSED_STATUSES

    def start_date(self) -> datetime.date | None:
        if self.assigned_on:
            return self.assigned_on
        plan = self.plan()
        return plan.adopted_on if plan else None

    def next_due(self, today: datetime.date, calendar) -> datetime.date | None:
        """The next date the task is due (None for permanent, ongoing … and unread deadlines)."""
        plan = self.plan()
        return next_due_date(
            self.deadline, today=today, calendar=calendar, start=self.start_date(),
            plan_year=plan.period_start if plan else None,
        )

    def is_overdue(self, today: datetime.date, calendar) -> bool:
        return is_overdue(self.next_due(today, calendar), today, self.is_closed)

    def shown_status(self, today: datetime.date, calendar) -> str:
        """The status a reader sees: the stored one, or "overdue" (derived, never stored)."""
        return OVERDUE if self.is_overdue(today, calendar) else self.status

    @property
    def unassigned_owner_names(self) -> list[str]:
        return [line.strip() for line in self.owners_to_assign.splitlines() if line.strip()]

    @property
    def owner_to_be_assigned(self) -> bool:
        """No owner chosen yet, or the plan names owners not yet matched to a position (flagged everywhere)."""
        if self.unassigned_owner_names:
            return True
        rows = getattr(self, "owner_list", None)  # set by listings and tracking (no query)
        return not (rows if rows is not None else self.owners.all())

    def owner_rows(self):
        return list(self.owners.select_related("position__department").order_by("sort_order", "pk"))


class ActionItemOwner(TranslatableMixin, Orderable):
    """A position responsible for the item; the first row organises the work."""

    item = ParentalKey(ActionItemPage, on_delete=models.CASCADE, related_name="owners")
    position = models.ForeignKey(Position, verbose_name=_("position"), on_delete=models.PROTECT,
                                 related_name="action_items")

    panels = [FieldPanel("position")]
    api_fields = [APIField("position")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order"]
        verbose_name = _("owner")
        verbose_name_plural = _("owners")

    def __str__(self):
        return str(self.position)


class ActionItemProgress(TranslatableMixin, Orderable):
    """What was done and when, with the evidence (a document or a link)."""

    item = ParentalKey(ActionItemPage, on_delete=models.CASCADE, related_name="progress_reports")
    date = models.DateField(_("date"))
    text = models.TextField(_("what was done"))
    document = models.ForeignKey(
        get_document_model_string(), verbose_name=_("document"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    link = models.URLField(_("link"), blank=True)

    panels = [FieldPanel("date"), FieldPanel("text"), FieldRowPanel([FieldPanel("document"), FieldPanel("link")])]
    api_fields = [APIField("date"), APIField("text"), APIField("document"), APIField("link")]
    override_translatable_fields = [SynchronizedField("date")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order"]
        verbose_name = _("progress report")
        verbose_name_plural = _("progress reports")

    def __str__(self):
        return f"{self.date}: {self.text[:60]}"


class DeadlineReminder(models.Model):
    """A reminder already sent, so `send_deadline_reminders` sends each one once."""

    KIND_DUE = "due"
    KIND_OVERDUE = "overdue"
    KINDS = [(KIND_DUE, _("due soon")), (KIND_OVERDUE, _("overdue"))]

    item = models.ForeignKey(ActionItemPage, on_delete=models.CASCADE, related_name="reminders")
    due_date = models.DateField(_("due date"))
    kind = models.CharField(_("kind"), max_length=10, choices=KINDS)
    recipients = models.TextField(_("recipients"), blank=True)
    sent_at = models.DateTimeField(_("sent at"), auto_now_add=True)

    class Meta:
        verbose_name = _("deadline reminder")
        verbose_name_plural = _("deadline reminders")
        constraints = [
            models.UniqueConstraint(fields=["item", "due_date", "kind"], name="unique_deadline_reminder")
        ]

    def __str__(self):
        return f"{self.item_id} {self.kind} {self.due_date}"
