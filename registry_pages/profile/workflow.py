"""Install the publication workflow (filled in by the workflow feature)."""


def ensure_workflow() -> list[str]:
    return []
