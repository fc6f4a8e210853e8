"""System checks (`manage.py check`): what the add-on needs from the site's settings.

Errors (`registry_pages.E0xx`) name settings without which a rule of the add-on
breaks silently — approval that does not publish, a translation that publishes
itself, a rate limit or page cache set to a value the code cannot use.
Warnings (`registry_pages.W0xx`) name settings that are ignored: an add-on
setting under its old `PORTAL_` name, a page-cache model label that names no
model.

The add-on's own settings all start with `REGISTRY_`. A project may read them
from environment variables of other names (this portal reads
`PORTAL_TRUSTED_PROXY_COUNT` into `REGISTRY_TRUSTED_PROXY_COUNT`).

Check messages are for the site's developers and, like Django's own, are not
translated.
"""

from django.apps import apps
from django.conf import settings
from django.core import checks
from django.utils.module_loading import import_string

FINISH_ACTION = "registry_pages.workflow.finish.publish_approved"

# Apps whose models, migrations or admin registries the add-on uses (read from
# its imports and migration dependencies), and why.
REQUIRED_APPS = {
    "wagtail": "the register pages are Wagtail pages",
    "wagtail.admin": "the add-on adds admin views, menus and panels",
    "wagtail.users": "workflow notifications read the users' Wagtail profiles",
    "wagtail.snippets": "departments, positions, categories and fields are snippets",
    "wagtail.documents": "action items and service cards link documents (migrations depend on wagtaildocs)",
    "wagtail.images": "the add-on's migrations depend on wagtailimages",
    "wagtail.contrib.settings": "MunicipalitySettings is a Wagtail site setting",
    "wagtail_localize": "translations go through the add-on's narrowed wagtail-localize views",
    "django.contrib.auth": "editorial roles are auth groups",
    "django.contrib.contenttypes": "Wagtail's pages and workflows need content types",
}

# Add-on settings renamed from the PORTAL_ prefix (issue 14).
RENAMED = {
    f"PORTAL_{name}": f"REGISTRY_{name}"
    for name in (
        "PAGE_CACHE_TIMEOUT",
        "PAGE_CACHE_GENERATION_FILE",
        "PAGE_CACHE_MODELS",
        "PAGE_CACHE_EXCLUDE",
        "PAGE_CACHE_ALIAS",
        "TRUSTED_PROXY_COUNT",
    )
}

_MISSING = object()


def _setting(name):
    return getattr(settings, name, _MISSING)


def _as_int(value):
    """The integer a setting holds (an int, or a string of digits from the environment), else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        try:
            return int(value.strip())
        except ValueError:
            return None
    return None


def _strings(value) -> bool:
    return isinstance(value, (list, tuple)) and all(isinstance(item, str) for item in value)


# -- the site: apps, languages, workflow -------------------------------------------------------


@checks.register()
def check_installed_apps(app_configs=None, **kwargs):
    errors = [
        checks.Error(
            f"registry_pages needs {name!r} in INSTALLED_APPS.",
            hint=f"Add {name!r} to INSTALLED_APPS: {reason}.",
            obj="settings.INSTALLED_APPS",
            id="registry_pages.E001",
        )
        for name, reason in REQUIRED_APPS.items()
        if not apps.is_installed(name)
    ]
    names = [config.name for config in apps.get_app_configs()]
    if "wagtail_localize" in names and names.index("registry_pages") > names.index("wagtail_localize"):
        errors.append(
            checks.Error(
                "registry_pages comes after wagtail_localize in INSTALLED_APPS.",
                hint="Put 'registry_pages' before 'wagtail_localize': its admin URLs and templates replace "
                "wagtail-localize's views that could publish a translation without approval.",
                obj="settings.INSTALLED_APPS",
                id="registry_pages.E002",
            )
        )
    return errors


@checks.register()
def check_languages(app_configs=None, **kwargs):
    errors = []
    if _setting("WAGTAIL_I18N_ENABLED") is not True:
        errors.append(
            checks.Error(
                "WAGTAIL_I18N_ENABLED is not True.",
                hint="Set WAGTAIL_I18N_ENABLED = True: every register page exists in each content language.",
                obj="settings.WAGTAIL_I18N_ENABLED",
                id="registry_pages.E003",
            )
        )
    languages = getattr(settings, "WAGTAIL_CONTENT_LANGUAGES", settings.LANGUAGES)
    if not languages:
        errors.append(
            checks.Error(
                "No content languages: WAGTAIL_CONTENT_LANGUAGES (or LANGUAGES) is empty.",
                hint="List the site's languages, e.g. WAGTAIL_CONTENT_LANGUAGES = [('bg', 'Български')]; "
                "registry_setup creates a locale for each.",
                obj="settings.WAGTAIL_CONTENT_LANGUAGES",
                id="registry_pages.E004",
            )
        )
    return errors


@checks.register()
def check_workflow_settings(app_configs=None, **kwargs):
    errors = []
    if _setting("WAGTAIL_FINISH_WORKFLOW_ACTION") != FINISH_ACTION:
        errors.append(
            checks.Error(
                "WAGTAIL_FINISH_WORKFLOW_ACTION is not the add-on's finish action: "
                "the mayor's approval does not publish.",
                hint=f'Set WAGTAIL_FINISH_WORKFLOW_ACTION = "{FINISH_ACTION}" (no editorial group holds '
                "publish_page; see registry_pages/workflow/finish.py and docs/workflow.md).",
                obj="settings.WAGTAIL_FINISH_WORKFLOW_ACTION",
                id="registry_pages.E005",
            )
        )
    if _setting("WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT") is not True:
        errors.append(
            checks.Error(
                "WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT is not True: an edit made during review "
                "would be published with approvals given to an earlier version.",
                hint="Set WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True (docs/workflow.md).",
                obj="settings.WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT",
                id="registry_pages.E006",
            )
        )
    if _setting("WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE") is not False:
        errors.append(
            checks.Error(
                "WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE is not False: translating a live page "
                "publishes the translation without approval.",
                hint="Set WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False (docs/workflow.md, Translations).",
                obj="settings.WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE",
                id="registry_pages.E007",
            )
        )
    cosignatures = _setting("REGISTRY_WORKFLOW_COSIGNATURES")
    if cosignatures is not _MISSING:
        from registry_pages.workflow.setup import COSIGNATURES

        if not _strings(cosignatures) or set(cosignatures) - set(COSIGNATURES):
            errors.append(
                checks.Error(
                    f"REGISTRY_WORKFLOW_COSIGNATURES = {cosignatures!r} names no known co-signature.",
                    hint=f"A list of any of {', '.join(COSIGNATURES)} (or an empty list).",
                    obj="settings.REGISTRY_WORKFLOW_COSIGNATURES",
                    id="registry_pages.E008",
                )
            )
    return errors


# -- the add-on's own settings (REGISTRY_*) ----------------------------------------------------


def _int_error(name, minimum, what, check_id, note=""):
    value = _setting(name)
    if value is _MISSING:
        return []
    number = _as_int(value)
    if number is not None and number >= minimum:
        return []
    return [
        checks.Error(
            f"{name} = {value!r} is not {what}.",
            hint=f"Set {name} to an integer ≥ {minimum}{note}, or leave it unset for the default.",
            obj=f"settings.{name}",
            id=check_id,
        )
    ]


@checks.register()
def check_numbers(app_configs=None, **kwargs):
    return (
        _int_error("REGISTRY_TRUSTED_PROXY_COUNT", 0, "a number of proxies", "registry_pages.E009",
                   " (your own reverse proxies in front of Django; 0: none)")
        + _int_error("REGISTRY_PAGE_CACHE_TIMEOUT", 0, "a number of seconds", "registry_pages.E010",
                     " (0 switches the page cache off)")
        + _int_error("REGISTRY_STORED_PARTS_TIMEOUT", 0, "a number of seconds", "registry_pages.E020",
                     " (0 switches the stored parts of pages off)")
        + _int_error("REGISTRY_FEEDBACK_DAILY_LIMIT", 1, "a positive number of answers", "registry_pages.E011")
        + _int_error("REGISTRY_EXPLORER_SORT_LIMIT", 1, "a positive number of rows", "registry_pages.E017",
                     " (the most children \"Sort menu order\" lists; default 500)")
        + _int_error("REGISTRY_COMPLIANCE_REVIEW_MONTHS", 1, "a positive number of months", "registry_pages.E018",
                     " (a required page last published longer ago is not current; default 12)")
    )


_FUNCTION_SETTINGS = (
    ("REGISTRY_SEARCH_TERMS_FUNCTION", "page -> str", "search.terms.page_search_terms", "registry_pages.E012"),
    ("REGISTRY_QUERY_WORDS_FUNCTION", "(query, language) -> list of sets of words", "search.engine.query_word_forms",
     "registry_pages.E019"),
)


@checks.register()
def check_search_terms_function(app_configs=None, **kwargs):
    errors = []
    for name, signature, example, code in _FUNCTION_SETTINGS:
        path = _setting(name)
        if path is _MISSING or path == "" or path is None:
            continue
        hint = f"Name a function `{signature}` by its dotted path, e.g. {example!r}, or unset it."
        try:
            function = import_string(path) if isinstance(path, str) else None
        except ImportError as error:
            errors.append(checks.Error(f"{name} = {path!r} cannot be imported: {error}.", hint=hint,
                                       obj=f"settings.{name}", id=code))
            continue
        if not callable(function):
            errors.append(checks.Error(f"{name} = {path!r} is not a callable.", hint=hint, obj=f"settings.{name}", id=code))
    return errors


@checks.register()
def check_page_cache(app_configs=None, **kwargs):
    errors = []
    alias = _setting("REGISTRY_PAGE_CACHE_ALIAS")
    if alias is not _MISSING and alias not in settings.CACHES:
        errors.append(
            checks.Error(
                f"REGISTRY_PAGE_CACHE_ALIAS = {alias!r} is not an alias in CACHES.",
                hint=f"Use one of {', '.join(map(repr, settings.CACHES))}, or unset it for 'default'.",
                obj="settings.REGISTRY_PAGE_CACHE_ALIAS",
                id="registry_pages.E013",
            )
        )
    exclude = _setting("REGISTRY_PAGE_CACHE_EXCLUDE")
    if exclude is not _MISSING and not _strings(exclude):
        errors.append(
            checks.Error(
                "REGISTRY_PAGE_CACHE_EXCLUDE is not a list of path prefixes.",
                hint="A list or tuple of strings, e.g. ['/admin/', '/documents/'] (a single string would be read "
                "character by character).",
                obj="settings.REGISTRY_PAGE_CACHE_EXCLUDE",
                id="registry_pages.E014",
            )
        )
    path = _setting("REGISTRY_PAGE_CACHE_GENERATION_FILE")
    if path is not _MISSING and path is not None and not isinstance(path, str):
        errors.append(
            checks.Error(
                f"REGISTRY_PAGE_CACHE_GENERATION_FILE = {path!r} is not a file path.",
                hint="A path as a string (str(Path(...))), or '' to keep the generation in the cache.",
                obj="settings.REGISTRY_PAGE_CACHE_GENERATION_FILE",
                id="registry_pages.E015",
            )
        )
    return errors + _page_cache_models()


def _page_cache_models():
    labels = _setting("REGISTRY_PAGE_CACHE_MODELS")
    if labels is _MISSING:
        return []
    if not _strings(labels):
        return [
            checks.Error(
                "REGISTRY_PAGE_CACHE_MODELS is not a list of model labels.",
                hint="A list of 'app_label.ModelName' strings, e.g. ['search.SynonymSet'].",
                obj="settings.REGISTRY_PAGE_CACHE_MODELS",
                id="registry_pages.E016",
            )
        ]
    warnings = []
    for label in labels:
        try:
            apps.get_model(label)
        except (LookupError, ValueError):
            warnings.append(
                checks.Warning(
                    f"REGISTRY_PAGE_CACHE_MODELS names {label!r}, which is not an installed model: "
                    "its changes will not invalidate cached pages.",
                    hint="Use 'app_label.ModelName' of an installed model, or remove the entry.",
                    obj="settings.REGISTRY_PAGE_CACHE_MODELS",
                    id="registry_pages.W002",
                )
            )
    return warnings


@checks.register()
def check_renamed_settings(app_configs=None, **kwargs):
    return [
        checks.Warning(
            f"{old} is set but no longer read: it was renamed to {new}.",
            hint=f"Rename the setting {old} to {new} (environment variables a project reads may keep their names).",
            obj=f"settings.{old}",
            id="registry_pages.W001",
        )
        for old, new in RENAMED.items()
        if hasattr(settings, old)
    ]


ADMIN_LOCALE = "registry_pages.admin_locale"


@checks.register()
def check_admin_translations(app_configs=None, **kwargs):
    """Wagtail's own admin strings stay partly English in bg (and pl, uk) without the
    add-on's override catalogues, which only win when listed before Wagtail's apps."""
    names = [config.name for config in apps.get_app_configs()]
    upstream = [i for i, name in enumerate(names) if name == "wagtail" or name.startswith(("wagtail.", "wagtail_localize"))]
    if ADMIN_LOCALE in names and (not upstream or names.index(ADMIN_LOCALE) < min(upstream)):
        return []
    return [
        checks.Warning(
            f"{ADMIN_LOCALE!r} is not in INSTALLED_APPS before the wagtail and wagtail_localize apps: "
            "part of Wagtail's admin stays in English for Bulgarian, Polish and Ukrainian editors.",
            hint=f"Add {ADMIN_LOCALE!r} to INSTALLED_APPS right after 'registry_pages', before 'wagtail_localize'.",
            obj="settings.INSTALLED_APPS",
            id="registry_pages.W003",
        )
    ]
