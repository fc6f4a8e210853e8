"""Demo service cards (being written)."""

EDUCATION = []
