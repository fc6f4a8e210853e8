"""Demo service cards (being written)."""

ENVIRONMENT = []
