"""Demo service cards (being written)."""

SOCIAL = []
