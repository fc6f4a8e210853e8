"""Signal receivers of the add-on. Each feature module connects its own
receivers in a submodule imported here, so app loading stays in one place."""

from registry_pages import cache
from registry_pages.workflow import notifications

notifications.connect()
cache.connect()
