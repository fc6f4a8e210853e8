"""The demo registers (services, ethics, NGOs, receptions, plans, feedback, workflow), loaded by `load_demo`.

Each step takes the home page of the source language and returns counts of
what exists afterwards; every step is idempotent.
"""

from portal_demo.content import (
    action_plans,
    ethics,
    feedback,
    information,
    ngos,
    receptions,
    services,
    workflow,
)

STEPS = [services.load, ethics.load, ngos.load, receptions.load, action_plans.load, feedback.load, workflow.load,
         information.load]


def load_all(home, log=print) -> dict[str, int]:
    counts: dict[str, int] = {}
    for step in STEPS:
        counts.update(step(home, log=log))
    return counts
