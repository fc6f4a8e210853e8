"""What the gunicorn master loads once before forking its workers (cms/gunicorn.conf.py).

Everything a worker would otherwise load on its first requests, each worker its
own copy: the URL patterns of every language, the compiled public templates and
the translation catalogues, and the search's dictionaries (`search.text`: the first Polish
search of a worker would otherwise take 5–20 s). Loaded in the master, the workers share them.
No database query and no cache call: a connection opened here would be
shared by every forked worker (it is closed anyway, to be sure).
"""

from pathlib import Path

from django.conf import settings
from django.db import connections
from django.template import TemplateDoesNotExist, TemplateSyntaxError, engines
from django.urls import get_resolver
from django.utils import translation
from django.utils.translation import trans_real

__all__ = ["warm"]

# Templates of the admin and of the apps' e-mails are loaded by the few who use them.
SKIPPED_TEMPLATE_DIRS = ("admin", "wagtailadmin", "wagtail", "wagtailcore", "wagtaildocs", "wagtailimages",
                         "wagtailsnippets", "wagtailusers", "wagtail_localize", "rest_framework", "django", "axes",
                         "wagtailsearch", "wagtailforms", "wagtailredirects", "wagtailsettings", "wagtailembeds",
                         "wagtailsites", "wagtaillocales", "wagtailsearchpromotions", "registration", "notifications")


def public_template_names() -> list[str]:
    """Names of the project's and the add-on's templates (not the admin's)."""
    engine = engines["django"].engine
    roots = [Path(d) for d in engine.dirs]
    from django.apps import apps

    for config in apps.get_app_configs():
        if config.name.startswith(("django.", "wagtail", "rest_framework", "modelcluster", "taggit", "axes")):
            continue
        root = Path(config.path) / "templates"
        if root.is_dir():
            roots.append(root)
    names = set()
    for root in roots:
        for path in root.rglob("*.html"):
            relative = path.relative_to(root)
            if not any(part in SKIPPED_TEMPLATE_DIRS for part in relative.parts[:-1]):
                names.add(relative.as_posix())
    return sorted(names)


def warm() -> str:
    """Load URL patterns, templates and catalogues; returns what was loaded, for the log."""
    languages = [code for code, _name in settings.LANGUAGES]
    for code in languages:
        with translation.override(code):
            trans_real.translation(code)  # loads the language's merged catalogue
            get_resolver().reverse_dict  # URL patterns, per language (i18n_patterns)
    templates = 0
    engine = engines["django"]
    for name in public_template_names():
        try:
            engine.get_template(name)
            templates += 1
        except (TemplateDoesNotExist, TemplateSyntaxError):
            continue
    from search.text import load_dictionaries

    load_dictionaries()
    connections.close_all()
    return f"{len(languages)} languages, {templates} templates, search dictionaries"
