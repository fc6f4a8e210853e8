"""Importing a written action plan: the plan, its themes and items as drafts.

`import_action_plan(path, parent, year, language)` reads the file
(`action_plan_text.py`), checks everything — the parent, the language, every
line, that the plan may be created there — and only then writes, in one
transaction: the plan with its themes, each item with its owners and
deadline, all as drafts with a first revision, so they go through the
publication workflow. Owners are matched to the locale's `Position`
snippets by `owner_key` (so "Гл. Секретар" finds "Главен секретар") and
created when missing, once per distinct owner: public when run from the
command line, as a draft for an admin user who may not publish positions
(`directory/importing.py`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.models import Locale

from registry_pages.action_plans.deadlines.parser import parse_deadline
from registry_pages.action_plans.importer_text import (
    PlanDraft,
    PlanSyntaxError,
    read_plan,
)
from registry_pages.core.slugs import slug_for
from registry_pages.directory.importing import create_snippet
from registry_pages.directory.owners import display_name, owner_key
from registry_pages.importing.runner import ImportFailed, resolve_parent, unique_slug
from registry_pages.models import (
    ActionItemOwner,
    ActionItemPage,
    ActionPlanPage,
    ActionPlanTheme,
    Position,
)

TITLE_LENGTH = 120


@dataclass
class OwnerMatch:
    name: str
    position: Position | None  # None: a new position will be created
    items: list[str] = field(default_factory=list)
    created: bool = False


@dataclass
class PlanImport:
    draft: PlanDraft
    language: str
    year: int
    owners: dict[str, OwnerMatch]
    deadlines: dict[str, object]  # item number → ParsedDeadline
    plan: ActionPlanPage | None = None
    items: list[ActionItemPage] = field(default_factory=list)

    @property
    def unrecognised(self) -> list[str]:
        return [number for number, parsed in self.deadlines.items() if not parsed.recognised]


def item_title(task: str, limit: int = TITLE_LENGTH) -> str:
    """A short page title from the task: its first sentence, cut at a word."""
    text = task.strip()
    sentence = text.split(". ")[0].rstrip(".")
    if len(sentence) <= limit:
        return sentence
    return sentence[:limit].rsplit(" ", 1)[0].rstrip(" ,;") + "…"


def match_owners(draft: PlanDraft, locale: Locale, language: str) -> dict[str, OwnerMatch]:
    existing = {}
    for position in Position.objects.filter(locale=locale):
        existing.setdefault(owner_key(position.title), position)
    owners: dict[str, OwnerMatch] = {}
    for item in draft.items:
        for name in item.owners:
            key = owner_key(name)
            if key not in owners:
                owners[key] = OwnerMatch(display_name(name, language), existing.get(key))
            owners[key].items.append(item.number)
    return owners


def prepare(path, parent_reference: str, year: int, language: str) -> tuple[PlanImport, object]:
    """Read and check everything; nothing is written. Raises ImportFailed."""
    locale = Locale.objects.filter(language_code=language).first()
    if locale is None:
        raise ImportFailed([_("unknown language “%(language)s”") % {"language": language}])
    try:
        draft = read_plan(path)
    except PlanSyntaxError as error:
        raise ImportFailed([str(error)]) from None
    except (OSError, ValueError) as error:
        raise ImportFailed([_("the file cannot be read: %(error)s") % {"error": error}]) from None
    parent = resolve_parent(parent_reference, locale)
    if not ActionPlanPage.can_create_at(parent):
        raise ImportFailed(
            [_("an action plan cannot be created under “%(parent)s” (a %(parent_type)s)")
             % {"parent": parent.title, "parent_type": parent.specific_class._meta.verbose_name}]
        )
    deadlines = {item.number: parse_deadline(item.deadline or "", language, year) for item in draft.items}
    return PlanImport(draft, language, year, match_owners(draft, locale, language), deadlines), parent


def write(result: PlanImport, parent, user=None) -> PlanImport:
    draft, language = result.draft, result.language
    locale = parent.locale
    with transaction.atomic():
        for match in result.owners.values():
            if match.position is None:
                match.position = create_snippet(Position, user, title=match.name, locale=locale)
                match.created = True
        taken = set(parent.get_children().values_list("slug", flat=True))
        plan = ActionPlanPage(
            title=draft.title or _("Action plan %(year)s") % {"year": result.year},
            slug=unique_slug(slug_for(draft.title or "plan", language), taken),
            period_start=result.year, period_end=result.year, locale=locale, live=False,
            intro="".join(f"<p>{_escape(paragraph)}</p>" for paragraph in draft.intro),
        )
        plan.themes = [ActionPlanTheme(number=t.number, title=t.title, locale=locale) for t in draft.themes]
        parent.add_child(instance=plan)
        plan.save_revision(user=user, log_action=True)
        item_slugs: set[str] = set()
        for theme in draft.themes:
            for item in theme.items:
                title = item_title(item.task)
                page = ActionItemPage(
                    title=title, slug=unique_slug(slug_for(f"{item.number} {title}", language)[:60].strip("-"), item_slugs),
                    number=item.number, theme_number=theme.number, task=item.task,
                    deadline_text=item.deadline or "", locale=locale, live=False,
                )
                page._plan = plan
                seen = []
                for name in item.owners:
                    position = result.owners[owner_key(name)].position
                    if position.pk not in seen:
                        seen.append(position.pk)
                page.owners = [ActionItemOwner(position_id=pk, locale=locale) for pk in seen]
                plan.add_child(instance=page)
                page.save_revision(user=user, log_action=True)
                result.items.append(page)
        result.plan = plan
    return result


def _escape(text: str) -> str:
    from django.utils.html import escape

    return escape(text)


def import_action_plan(path, parent_reference: str, year: int, language: str = "bg", *, dry_run=False, user=None):
    result, parent = prepare(path, parent_reference, year, language)
    if dry_run:
        return result
    return write(result, parent, user=user)
