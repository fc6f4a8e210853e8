"""Models of the add-on, one module per family, re-exported here."""

from .action_plan import *  # noqa: F401,F403
from .base import *  # noqa: F401,F403
from .ethics_code import *  # noqa: F401,F403
from .ngo_register import *  # noqa: F401,F403
from .reception_days import *  # noqa: F401,F403
from .service_card import *  # noqa: F401,F403
from .site_settings import *  # noqa: F401,F403
from .snippets import *  # noqa: F401,F403
from .workflow import *  # noqa: F401,F403
from .feedback import *  # noqa: F401,F403
