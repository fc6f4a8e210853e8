"""Generated load for a portal the size of a real city (`generate_portal_load`, `runner.run`)."""
