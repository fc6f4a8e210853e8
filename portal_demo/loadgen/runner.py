"""Generated load for a portal the size of a real city (`generate_portal_load`).

One module per content family, each with a `Generator` (see `base.py`);
`GENERATORS` lists them in creation order. A family whose page types are not
installed yet is skipped with a printed note.
"""

from portal_demo.loadgen.base import LoadContext, atomic_run
from portal_demo.loadgen.ngos import NGOGenerator
from portal_demo.loadgen.plans import ActionPlanGenerator
from portal_demo.loadgen.services import ServiceGenerator

GENERATORS = [ServiceGenerator(), NGOGenerator(), ActionPlanGenerator()]


def run(counts: dict, languages, log=print, show_progress=False, seed=2026, index=None,
        stream=None) -> dict[str, int]:
    """Create the generated content; returns counts of what was created."""
    from registry_pages.core.page_cache import invalidate

    ctx = LoadContext(languages=list(languages), log=log, seed=seed, show_progress=show_progress, index=index,
                      stream=stream)
    created = atomic_run(GENERATORS, counts, ctx)
    invalidate()  # bulk writes send no signals
    return created


__all__ = ["GENERATORS", "run"]
