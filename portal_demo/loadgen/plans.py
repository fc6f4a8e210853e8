"""Action plans (`--plans N --items-per-plan M`): N plans under each language's home
page, each with 6 numbered themes and M numbered items ("1.1", "1.2", … "6.7"),
translated into every other language (shared translation keys for pages and rows).

An item gets a measure and its task, 1–3 owners (generated `Position` snippets,
the first organises the work), a deadline written as plans in that language
write it (`plan_words.deadline_text`) and parsed by the real parser into the
structured fields (`save()` does this for editors; bulk creation bypasses it),
a status (done, cancelled, in progress, planned; items of plans that started
in 2025 with a past deadline show as overdue) and, for some, progress reports.
"""

import json
import uuid
from datetime import date, timedelta

from portal_demo.loadgen import plan_words as words
from portal_demo.loadgen.base import Generator
from portal_demo.loadgen.tree import bulk_add_children

SLUG = "action-plan-generated"
N_THEMES = 6
TODAY = date(2026, 11, 30)
# (kind, weight): how often each way of writing a deadline comes up in real plans.
DEADLINE_KINDS = [("month", 6), ("quarter", 3), ("date", 4), ("permanent", 3), ("ongoing", 2), ("quarterly", 2),
                  ("monthly", 1), ("yearly", 1), ("working_days", 1), ("per_schedule", 1)]


class ActionPlanGenerator(Generator):
    name = "Action plans"
    options = ("plans", "items_per_plan")
    required_models = ("registry_pages.ActionPlanPage", "registry_pages.ActionItemPage")

    def wanted(self, counts: dict) -> bool:
        return bool(counts.get("plans"))

    def generate(self, ctx, counts):
        from registry_pages.models import ActionPlanPage

        self.ctx = ctx
        n_plans, n_items = counts["plans"], counts.get("items_per_plan") or 0
        departments, positions = ctx.directory()
        home = ctx.home(ctx.source_language)
        offset = ActionPlanPage.objects.child_of(home).filter(slug__startswith=SLUG).count()
        progress = ctx.progress(n_plans * (n_items + 1) * len(ctx.languages), "action plans and items")
        totals = {"owners": 0, "reports": 0}
        for p in range(n_plans):
            spec = self._plan_spec(ctx.rng, offset + p, len(departments), len(positions))
            plans = ctx.translated_bulk_page(lambda code: self._plan(spec, code, departments, positions))
            self._themes(spec, plans)
            items = [self._item_spec(ctx.rng, spec, m, n_items, len(positions)) for m in range(n_items)]
            for code in ctx.languages:
                pages = bulk_add_children(plans[code], [self._item(spec, item, code) for item in items])
                self._item_rows(items, pages, code, positions, totals)
                progress.advance(len(pages) + 1)
        progress.close()
        return {
            "action plans": n_plans * len(ctx.languages),
            "action items": n_plans * n_items * len(ctx.languages),
            "action item owners": totals["owners"],
            "progress reports": totals["reports"],
        }

    # -- a plan and its themes ---------------------------------------------------------------

    def _plan_spec(self, rng, n, n_departments, n_positions) -> dict:
        start = rng.choice([2025, 2026, 2026])
        department = rng.randrange(n_departments)
        per_department = n_positions // n_departments  # `ctx.directory()` lists positions by department
        return {
            "n": n, "start": start, "end": start + rng.choice([0, 0, 1]),
            "title": n % len(words.PLAN_TITLES), "body": rng.randrange(len(words.OWNING_BODIES)),
            "adopted": date(start, 1, 1) + timedelta(days=rng.randrange(10, 60)),
            # the contact works in the responsible department (one query for both on the page)
            "department": department, "position": department * per_department + rng.randrange(per_department),
            "theme_keys": [uuid.uuid4() for _ in range(N_THEMES)],
        }

    def _plan(self, spec, code, departments, positions):
        from registry_pages.models import ActionPlanPage

        title = f"{words.PLAN_TITLES[spec['title']].in_language(code)} {spec['start']}"
        if spec["end"] != spec["start"]:
            title += f"–{spec['end']}"
        act = [{"type": "act", "id": str(uuid.uuid4()), "value": {
            "title": words.ACT_TITLE.in_language(code), "number": f"РД-09-{spec['n'] + 100}",
            "date": spec["adopted"].isoformat(), "issuer": words.ACT_ISSUER.in_language(code), "url": ""}}]
        return ActionPlanPage(
            title=f"{title} ({spec['n'] + 1})", slug=f"{SLUG}-{spec['n'] + 1}",
            period_start=spec["start"], period_end=spec["end"], adopting_act=json.dumps(act),
            owning_body=words.OWNING_BODIES[spec["body"]].in_language(code),
            intro="",
            responsible_department=departments[spec["department"]][code],
            contact_position=positions[spec["position"]][code],
            last_reviewed=TODAY - timedelta(days=spec["n"] % 90),
        )

    def _themes(self, spec, plans):
        from registry_pages.models import ActionPlanTheme

        ActionPlanTheme.objects.bulk_create([
            ActionPlanTheme(plan=plan, number=str(t + 1), title=words.THEMES[t].in_language(code), sort_order=t,
                            locale_id=plan.locale_id, translation_key=spec["theme_keys"][t])
            for code, plan in plans.items() for t in range(N_THEMES)
        ])

    # -- items -------------------------------------------------------------------------------

    def _item_spec(self, rng, plan, m, n_items, n_positions) -> dict:
        theme = m * N_THEMES // max(n_items, 1)
        first_in_theme = -(-theme * n_items // N_THEMES)  # ceil: the first m of this theme
        kind = rng.choices([k for k, _ in DEADLINE_KINDS], [w for _, w in DEADLINE_KINDS])[0]
        value = None
        if kind == "month":
            value = rng.randrange(1, 13)
        elif kind == "quarter":
            value = rng.randrange(1, 5)
        elif kind == "date":
            value = date(plan["start"], rng.randrange(1, 13), 1) + timedelta(days=rng.choice([14, 27, 30]))
        elif kind == "working_days":
            value = rng.choice([7, 14, 30])
        roll = rng.random()
        status = "done" if roll < 0.25 else "cancelled" if roll < 0.28 else "in_progress" if roll < 0.63 else "planned"
        reports = []
        if status != "planned" and rng.random() < 0.5:
            reports = [(plan["adopted"] + timedelta(days=rng.randrange(30, 300)), rng.randrange(len(words.PROGRESS)))
                       for _ in range(rng.choice([1, 1, 2]))]
        return {
            "theme": theme + 1, "number": f"{theme + 1}.{m - first_in_theme + 1}",
            "measure": rng.randrange(len(words.MEASURES)), "kind": kind, "value": value, "status": status,
            "completed": min(plan["adopted"] + timedelta(days=rng.randrange(20, 330)), TODAY) if status == "done" else None,
            "owners": rng.sample(range(n_positions), rng.choice([1, 1, 2, 2, 3])),
            "owner_keys": [uuid.uuid4() for _ in range(3)],
            "reports": sorted(reports), "report_keys": [uuid.uuid4() for _ in range(2)],
            "key": uuid.uuid4(),
        }

    def _item(self, plan, spec, code):
        from registry_pages.action_plans.deadlines.parser import parse_deadline
        from registry_pages.models import ActionItemPage

        measure_title, task = words.MEASURES[spec["measure"]]
        text = words.deadline_text(spec["kind"], spec["value"], code)
        parsed = parse_deadline(text, code, plan["start"])
        if not parsed.recognised:
            raise ValueError(f"generated deadline not recognised ({code}): {text!r}")
        return ActionItemPage(
            title=measure_title.in_language(code), slug=f"zadacha-{spec['number'].replace('.', '-')}",
            locale_id=self.ctx.locales[code].pk, translation_key=spec["key"],
            number=spec["number"], theme_number=str(spec["theme"]), task=task.in_language(code),
            deadline_text=text, assigned_on=plan["adopted"], **ActionItemPage.deadline_columns(parsed),
            status=spec["status"], completed_on=spec["completed"],
        )

    def _item_rows(self, items, pages, code, positions, totals):
        from registry_pages.models import ActionItemOwner, ActionItemProgress

        locale = self.ctx.locales[code]
        owners = [
            ActionItemOwner(item=page, position=positions[p][code], sort_order=order, locale=locale,
                            translation_key=spec["owner_keys"][order])
            for spec, page in zip(items, pages) for order, p in enumerate(spec["owners"])
        ]
        reports = [
            ActionItemProgress(item=page, date=day, text=words.PROGRESS[t].in_language(code), sort_order=order,
                               locale=locale, translation_key=spec["report_keys"][order])
            for spec, page in zip(items, pages) for order, (day, t) in enumerate(spec["reports"])
        ]
        ActionItemOwner.objects.bulk_create(owners, batch_size=500)
        ActionItemProgress.objects.bulk_create(reports, batch_size=500)
        totals["owners"] += len(owners)
        totals["reports"] += len(reports)
