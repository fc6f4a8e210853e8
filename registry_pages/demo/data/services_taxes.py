"""Demo service cards (being written)."""

TAXES = []
