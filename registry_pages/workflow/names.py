"""The workflow's and its steps' names, in the reader's admin language.

Wagtail shows a workflow's and a task's `name` as stored, on a dozen screens and
in its e-mails ("Submit to Publication approval", the status dialog, the workflow
history, "Awaiting your review", the Workflows and Tasks admin, the reports, the
notification mails, the lock message), read from the model instance: templates
(`{{ task.name }}`, `{% blocktrans with task=task.name %}`), `%`-formatting in
Python and `str.format`.

The names our setup installs are stored as the English source string (the msgid)
and shown translated: when a `Workflow` or a `Task` is loaded with a name that is
one of `DEFAULT_NAMES`, its `name` becomes a `DefaultName`, a `str` whose text
is the msgid (what the database, JSON and the log store) but which turns into
the active language's translation wherever Python makes it text for a reader
(`str()`, `%s`, `format()`, Django's escaping). A name an administrator typed in
the Workflow editor is not a msgid and shows as written. Saving the translation
of a default name (the editor's form shows it translated) stores the msgid, so
it stays translated for readers of other languages.

Log entries keep the names as they were when logged (English msgids for ours);
the workflow history's messages translate them when read
(`adapters/wagtail.py: translate_log_titles`).

Code finds our workflow and tasks by a stable key, not by name
(`workflow/setup.py`): renaming a step does not make `registry_setup` create a
second one.
"""

import functools

from django.apps import apps
from django.conf import settings
from django.db.models.signals import post_init, pre_save
from django.utils import translation
from django.utils.translation import gettext, gettext_noop
from wagtail.models import Task, Workflow

WORKFLOW_NAME = gettext_noop("Publication approval")
SECRETARY_REVIEW = gettext_noop("Secretary review")
LEGAL_ADVISER = gettext_noop("Legal adviser")
CHIEF_ACCOUNTANT = gettext_noop("Chief accountant")
MAYOR_APPROVAL = gettext_noop("Mayor approval")
# Core Wagtail's default workflow and task (deactivated by our setup, still listed).
CORE_DEFAULT_NAME = gettext_noop("Moderators approval")

DEFAULT_NAMES = frozenset(
    {WORKFLOW_NAME, SECRETARY_REVIEW, LEGAL_ADVISER, CHIEF_ACCOUNTANT, MAYOR_APPROVAL, CORE_DEFAULT_NAME}
)


class DefaultName(str):
    """One of our default names: the msgid as data, its translation as text."""

    __slots__ = ()

    def __str__(self):
        return gettext(str.__str__(self))

    def __format__(self, spec):
        return format(str(self), spec)

    def __repr__(self):
        return f"DefaultName({str.__repr__(self)})"

    def __reduce__(self):  # pickled (cached) as what it is
        return (DefaultName, (str.__str__(self),))


def raw(name):
    """The name as stored (a default name's msgid, untranslated)."""
    return str.__str__(name) if isinstance(name, str) else name


def shown(name):
    """`name` as a reader sees it: a default name becomes a `DefaultName`, any other stays."""
    if isinstance(name, str) and not isinstance(name, DefaultName) and name in DEFAULT_NAMES:
        return DefaultName(name)
    return name


@functools.cache
def _translations():
    """{translation in one of the site's languages: msgid} of the default names."""
    found = {}
    for language, _label in settings.LANGUAGES:
        with translation.override(language):
            for msgid in DEFAULT_NAMES:
                found.setdefault(gettext(msgid), msgid)
    return found


def stored(name):
    """What to store for a name typed in the admin: the msgid when it is a default name's
    translation in one of the site's languages (or the msgid itself), else the name."""
    if not isinstance(name, str):
        return name
    return shown(_translations().get(" ".join(str.__str__(name).split()), name))


def _show_loaded_name(sender, instance, **kwargs):
    if "name" in instance.__dict__:
        instance.__dict__["name"] = shown(instance.__dict__["name"])


def _store_msgid(sender, instance, **kwargs):
    if "name" in instance.__dict__:
        instance.__dict__["name"] = stored(instance.__dict__["name"])


def named_models():
    """Workflow, Task and every task type (model signals are sent per concrete class)."""
    return [Workflow] + [model for model in apps.get_models() if issubclass(model, Task)]


def connect():
    for model in named_models():
        uid = f"registry_pages_names_{model._meta.label_lower}"
        post_init.connect(_show_loaded_name, sender=model, dispatch_uid=f"{uid}_shown", weak=False)
        pre_save.connect(_store_msgid, sender=model, dispatch_uid=f"{uid}_stored", weak=False)
