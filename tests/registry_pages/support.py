"""Helpers shared by the add-on's tests in every feature folder: the site's
language, what the commands print, translated ancestors, the repository's
example files."""

from pathlib import Path

from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import Locale

REPO_ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = REPO_ROOT / "docs" / "examples"


def bg():
    return Locale.objects.get(language_code="bg")


def in_bg(message):
    """A message as the commands print it (in the site's language, bg)."""
    with translation.override("bg"):
        return gettext(message)


def translate_ancestors(page, locale):
    """Copy the page's ancestors (below the tree root) into `locale`, top down."""
    for ancestor in page.get_ancestors().filter(depth__gt=1).specific():
        if not ancestor.has_translation(locale):
            ancestor.copy_for_translation(locale).save_revision().publish()


class CommandOutput:
    """A command's stdout or stderr, kept as text (`call_command(..., stdout=out)`)."""

    def __init__(self):
        self.text = ""

    def write(self, text):
        self.text += text

    def flush(self):
        pass
