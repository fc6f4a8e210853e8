"""Demo service cards (being written)."""

PLANNING = []
