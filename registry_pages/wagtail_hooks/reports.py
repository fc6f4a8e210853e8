"""Admin hooks of this feature (filled in by the feature)."""
