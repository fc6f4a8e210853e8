"""Models of the add-on, one module per family, re-exported here."""

from registry_pages.models.action_plan import *  # noqa: F401,F403
from registry_pages.models.base import *  # noqa: F401,F403
from registry_pages.models.ethics_code import *  # noqa: F401,F403
from registry_pages.models.ngo_register import *  # noqa: F401,F403
from registry_pages.models.reception_days import *  # noqa: F401,F403
from registry_pages.models.service_card import *  # noqa: F401,F403
from registry_pages.models.site_settings import *  # noqa: F401,F403
from registry_pages.models.snippets import *  # noqa: F401,F403
from registry_pages.models.workflow import *  # noqa: F401,F403
from registry_pages.models.feedback import *  # noqa: F401,F403
