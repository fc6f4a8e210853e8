"""E-mail reminders of action-item deadlines, each sent once.

Owners hear about their open items due within N days; the secretary (the
Secretaries group, Art. 31(3)) about items whose due date has passed. A
position's reminders go to its e-mail address, or else to the admin users
who hold it. Every reminder sent is recorded as (item, due date, kind), so
running the command again — from cron every morning — sends nothing twice,
while a recurring deadline's next due date gets a reminder of its own.
Messages are written in the site's language (settings.LANGUAGE_CODE).
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from registry_pages.action_plans import listing
from registry_pages.action_plans.items import DeadlineReminder
from registry_pages.action_plans.tracking import (
    SECRETARIES_GROUP,
    annotate,
    tracked_items,
)
from registry_pages.core.dates import format_day


@dataclass
class ReminderRun:
    sent: dict[str, list] = field(default_factory=lambda: defaultdict(list))  # recipient → [(kind, item)]
    without_recipient: list = field(default_factory=list)
    already_sent: int = 0

    @property
    def reminders(self) -> int:
        return len({(kind, item.pk) for entries in self.sent.values() for kind, item in entries})


def position_recipients(position) -> list[str]:
    if position.email:
        return [position.email]
    return sorted({h.user.email for h in position.holders.select_related("user") if h.user.email and h.user.is_active})


def secretary_recipients() -> list[str]:
    users = get_user_model().objects.filter(groups__name=SECRETARIES_GROUP, is_active=True).exclude(email="")
    return sorted(set(users.values_list("email", flat=True)))


def _due_and_overdue(today: datetime.date, days: int):
    items = [i for i in annotate(tracked_items(), today) if not i.is_closed and i.due is not None]
    horizon = today + datetime.timedelta(days=days)
    due = [i for i in items if today <= i.due <= horizon]
    overdue = [i for i in items if i.due < today]
    return due, overdue


def _line(item) -> str:
    url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("wagtailadmin_pages:edit", args=[item.pk])
    return _("%(number)s %(title)s (%(plan)s)\n  deadline: %(deadline)s, due %(due)s\n  owners: %(owners)s\n  %(url)s") % {
        "number": item.number, "title": item.title, "plan": item.plan_title, "deadline": item.deadline_text or "—",
        "due": format_day(item.due, "long"), "owners": item.owner_titles or "—", "url": url,
    }


def _message(entries, days: int) -> tuple[str, str]:
    due = [item for kind, item in entries if kind == DeadlineReminder.KIND_DUE]
    overdue = [item for kind, item in entries if kind == DeadlineReminder.KIND_OVERDUE]
    parts = []
    if overdue:
        parts.append(_("These action items are overdue:") + "\n\n" + "\n\n".join(_line(i) for i in overdue))
    if due:
        parts.append(_("These action items are due within %(days)d days:") % {"days": days} + "\n\n"
                     + "\n\n".join(_line(i) for i in due))
    if overdue:
        subject = _("Overdue action items: %(count)d") % {"count": len(overdue)}
    else:
        subject = _("Action items due within %(days)d days: %(count)d") % {"days": days, "count": len(due)}
    body = "\n\n".join(parts) + "\n\n" + _("Update the status or add a progress report in the admin.") + "\n"
    return subject, body


def send_reminders(today: datetime.date | None = None, days: int = 7, dry_run: bool = False) -> ReminderRun:
    today = today or listing.today()
    run = ReminderRun()
    with translation.override(settings.LANGUAGE_CODE), transaction.atomic():
        due, overdue = _due_and_overdue(today, days)
        secretaries = secretary_recipients()
        plan = [(DeadlineReminder.KIND_DUE, item) for item in due] + [(DeadlineReminder.KIND_OVERDUE, i) for i in overdue]
        sent_before = set(DeadlineReminder.objects.filter(item__in=[i for _k, i in plan]).values_list(
            "item_id", "due_date", "kind"))
        for kind, item in plan:
            if (item.pk, item.due, kind) in sent_before:
                run.already_sent += 1
                continue
            if kind == DeadlineReminder.KIND_DUE:
                recipients = sorted({email for p in item.positions for email in position_recipients(p)})
            else:
                recipients = secretaries
            if not recipients:
                run.without_recipient.append((kind, item))
                continue
            for email in recipients:
                run.sent[email].append((kind, item))
            if not dry_run:
                DeadlineReminder.objects.create(item=item, due_date=item.due, kind=kind, recipients=", ".join(recipients))
        if not dry_run:
            for email, entries in run.sent.items():
                subject, body = _message(entries, days)
                send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [email])
    return run
