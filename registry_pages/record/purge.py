"""Purging a withdrawn page from the register: only a mayor, and never silently.

The entry is written to Wagtail's log (`wagtail.delete`, with what it held and who
purged it: *Reports → Site history*) before it is deleted, in one transaction, and
every cached page is invalidated (the register of changes lists it).
"""

from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from registry_pages.core import page_cache
from registry_pages.record.models import WithdrawnPage
from registry_pages.setup.roles import MAYORS


class PurgeRefused(Exception):
    pass


def may_purge(user) -> bool:
    return bool(user and user.is_active and user.groups.filter(name=MAYORS).exists())


def purge(entry: WithdrawnPage, user) -> None:
    if not may_purge(user):
        raise PurgeRefused(_("Only a mayor can purge a withdrawn page from the register of changes."))
    with transaction.atomic():
        log(instance=entry, action="wagtail.delete", user=user, data={
            "title": entry.title, "url": entry.url, "language": entry.language, "reason": entry.reason,
            "ceased_at": entry.ceased_at.isoformat(), "page_id": entry.page_id,
        })
        entry.delete()
        page_cache.invalidate()
