"""Legally required pages per country (information pages, the accessibility statement) and the compliance checklist."""
