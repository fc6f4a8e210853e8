"""Action plan load (`--plans N --items-per-plan M`): TODO once `ActionPlanPage`/`ActionItemPage` are merged.

Skipped with a note while those models are missing. To implement after the
merge (following `services.py`): one plan index per language if the type
needs one, then per plan `ctx.translated_page(...)` for the `ActionPlanPage`
and `bulk_add_children(plan, [ActionItemPage(...) for m in range(items)])` per
language (shared `translation_key` per item): measures, responsible
positions (`ctx` positions), deadlines spread over the plan's years, budget
amounts in EUR, statuses; return {"action plans": …, "action items": …} and
set `implemented = True`.
"""

from .base import Generator


class ActionPlanGenerator(Generator):
    name = "Action plans"
    options = ("plans", "items_per_plan")
    required_models = ("registry_pages.ActionPlanPage", "registry_pages.ActionItemPage")
    implemented = False  # TODO after merging the action plans branch (see the module docstring)

    def wanted(self, counts: dict) -> bool:
        return bool(counts.get("plans"))
