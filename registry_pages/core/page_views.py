"""What a page shows to citizens is built by its feature's views, looked up here.

Page models (`<feature>/models.py`) hold content and never import the modules
that build their public pages (`listing.py`, `catalogue.py`, `exports.py`):
those read the models, so the dependency runs one way. A model asks this
registry instead, by name:

    build(page, "context", request)           # what get_context adds
    build(page, "export_csv", request)        # a route of the page

A feature registers its builders where it defines them:

    @builds(NGORegisterPage, "context")
    def register_context(page, request): ...

and `RegistryPagesConfig.ready()` imports the modules that register
(`apps.PAGE_VIEW_MODULES`). A builder registered for a class serves its
subclasses too (looked up along the page's MRO).
"""

from collections.abc import Callable

from django.core.exceptions import ImproperlyConfigured

from registry_pages.core import stored_parts

_BUILDERS: dict[tuple[type, str], Callable] = {}


def builds(model: type, name: str):
    """Register the decorated `function(page, request, **kwargs)` as `name` for `model` pages."""

    def register(function: Callable) -> Callable:
        _BUILDERS[(model, name)] = function
        return function

    return register


def builder(page, name: str) -> Callable:
    for cls in type(page).__mro__:
        function = _BUILDERS.get((cls, name))
        if function is not None:
            return function
    raise ImproperlyConfigured(
        f"No {name!r} view is registered for {type(page).__name__}: "
        "is the module that builds it listed in registry_pages.apps.PAGE_VIEW_MODULES?"
    )


def build(page, name: str, request, **kwargs):
    return builder(page, name)(page, request, **kwargs)


class BuiltContextMixin:
    """`get_context` adds what the page type's registered "context" view builds — unless the
    page's rendered parts are stored for this version (`stored_parts`), which need none of it."""

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if not stored_parts.prepare(self, request, context):
            with stored_parts.recording(context):
                context.update(build(self, "context", request))
        return context
