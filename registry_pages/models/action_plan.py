"""Filled in by its feature; kept so the package re-exports a stable list."""

__all__: list[str] = []
