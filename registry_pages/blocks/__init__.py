"""StreamField blocks, one module per family, re-exported here.

Blocks shared by several page types live in `legal.py` (and other shared
modules); blocks of one page family live in that family's module.
"""

from registry_pages.blocks.legal import LegalActBlock  # noqa: F401
from registry_pages.blocks.ethics import EthicsRuleBlock, EthicsSectionBlock, EthicsSectionsBlock  # noqa: F401
from registry_pages.blocks.service import FeeBlock, ProcessingTimeBlock, RequiredDocumentBlock  # noqa: F401
