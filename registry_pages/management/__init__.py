"""The add-on's management commands."""
