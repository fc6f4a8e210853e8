"""The add-on's models, re-exported by name from the feature packages that define them.

Django loads `registry_pages.models`; each feature keeps its models in its own
package (`services/models.py`, `ngos/models.py` …), so this module only names them.
"""

from registry_pages.action_plans.items import (
    ActionItemOwner,
    ActionItemPage,
    ActionItemProgress,
    ActionItemStatus,
    DeadlineReminder,
)
from registry_pages.action_plans.models import ActionPlanPage, ActionPlanTheme
from registry_pages.compliance.models import Conformance, InformationPage
from registry_pages.core.pages import (
    NamedSerializer,
    RegistryBasePage,
    SingleTypeChildrenMixin,
    registry_edit_handler,
)
from registry_pages.core.site_settings import MunicipalityDetails, MunicipalitySettings
from registry_pages.directory.models import (
    ActivityField,
    Department,
    ModeratedSnippet,
    Position,
    PositionHolder,
    ServiceCategory,
)
from registry_pages.ethics.models import EthicsCodeIndexPage, EthicsCodePage
from registry_pages.feedback.models import (
    COMMENT_MAX_LENGTH,
    FeedbackResultsPage,
    ServiceFeedback,
)
from registry_pages.ngos.models import (
    NGOActivity,
    NGOActivityFieldLink,
    NGOEntryPage,
    NGORegisterPage,
)
from registry_pages.receptions.models import (
    ReceptionDaysPage,
    ReceptionGroup,
    ReceptionSlot,
)
from registry_pages.record.models import (
    ChangeNote,
    PageViewDay,
    SiteViewDay,
    WithdrawnPage,
)
from registry_pages.services.models import (
    CARD_PAGE_RELATED,
    RelatedService,
    ServiceCardPage,
    ServiceIndexPage,
)
from registry_pages.workflow.models import (
    SKIP_LOG_ACTION,
    PublicationApprovalTask,
    SpendingCoSignatureTask,
    specific_object,
)

__all__ = [
    "ActionItemOwner", "ActionItemPage", "ActionItemProgress", "ActionItemStatus", "DeadlineReminder",
    "ActionPlanPage", "ActionPlanTheme",
    "Conformance", "InformationPage",
    "NamedSerializer", "RegistryBasePage", "SingleTypeChildrenMixin", "registry_edit_handler",
    "MunicipalityDetails", "MunicipalitySettings",
    "ActivityField", "Department", "ModeratedSnippet", "Position", "PositionHolder", "ServiceCategory",
    "EthicsCodeIndexPage", "EthicsCodePage",
    "COMMENT_MAX_LENGTH", "FeedbackResultsPage", "ServiceFeedback",
    "NGOActivity", "NGOActivityFieldLink", "NGOEntryPage", "NGORegisterPage",
    "ReceptionDaysPage", "ReceptionGroup", "ReceptionSlot",
    "ChangeNote", "WithdrawnPage", "PageViewDay", "SiteViewDay",
    "CARD_PAGE_RELATED", "RelatedService", "ServiceCardPage", "ServiceIndexPage",
    "SKIP_LOG_ACTION", "PublicationApprovalTask", "SpendingCoSignatureTask", "specific_object",
]
