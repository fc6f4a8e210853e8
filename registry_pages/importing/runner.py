"""Validate every row, then create the pages as drafts in one transaction.

Nothing is written unless every row is good: an editor fixes the file and
runs the import again, instead of hunting half-imported pages. Pages are
created unpublished with a first revision, so they enter the approval
workflow like any page an editor writes.
"""

from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page

from registry_pages.core.slugs import slug_for
from registry_pages.importing.base import RowError
from registry_pages.importing.reader import ReadError, read_rows
from registry_pages.importing.registry import importer_class


class ImportFailed(Exception):
    """The file was refused; `errors` are lines "line N: <field>: <message>"."""

    def __init__(self, errors: list[str]):
        super().__init__("\n".join(errors))
        self.errors = errors


@dataclass
class ImportResult:
    pages: list = field(default_factory=list)


def unique_slug(base: str, taken: set[str]) -> str:
    slug, number = base, 2
    while slug in taken:
        slug = f"{base}-{number}"
        number += 1
    taken.add(slug)
    return slug


def resolve_parent(reference: str, locale: Locale) -> Page:
    """A page id or a URL path ("/services/" under the default site, or a full url_path)."""
    reference = str(reference).strip()
    page = None
    if reference.isdigit():
        page = Page.objects.filter(pk=int(reference)).first()
    else:
        path = "/" + reference.strip("/") + "/" if reference.strip("/") else "/"
        page = Page.objects.filter(url_path=path).first()
        if page is None:
            candidates = Page.objects.filter(url_path__endswith=path, locale=locale)
            page = candidates.first() if candidates.count() == 1 else None
    if page is None:
        raise ImportFailed([_("parent page “%(ref)s” not found (give its id or URL path)") % {"ref": reference}])
    page = page.specific
    if page.locale_id != locale.pk:
        translated = page.get_translation_or_none(locale)
        if translated is None:
            raise ImportFailed(
                [_("the parent page “%(title)s” has no version in language %(language)s")
                 % {"title": page.title, "language": locale.language_code}]
            )
        page = translated.specific
    return page


def _messages(error: ValidationError) -> list[tuple[str, str]]:
    if hasattr(error, "message_dict"):
        return [(name, message) for name, messages in error.message_dict.items() for message in messages]
    return [("row", message) for message in error.messages]


def run_import(path, type_name: str, parent_reference: str, language: str, user=None) -> ImportResult:
    try:
        importer_cls = importer_class(type_name)
    except ImportError:
        raise ImportFailed([_("the importer for “%(type)s” is not installed") % {"type": type_name}]) from None
    except KeyError:
        from registry_pages.importing.registry import IMPORTERS

        raise ImportFailed(
            [_("unknown type “%(type)s”; choose one of: %(types)s") % {"type": type_name, "types": ", ".join(sorted(IMPORTERS))}]
        ) from None
    locale = Locale.objects.filter(language_code=language).first()
    if locale is None:
        raise ImportFailed([_("unknown language “%(language)s”") % {"language": language}])
    parent = resolve_parent(parent_reference, locale)
    model = importer_cls.page_model
    if not model.can_create_at(parent):
        raise ImportFailed(
            [_("a %(model)s cannot be created under “%(parent)s” (a %(parent_type)s)")
             % {"model": model._meta.verbose_name, "parent": parent.title,
                "parent_type": parent.specific_class._meta.verbose_name}]
        )
    try:
        rows = read_rows(path)
    except ReadError as error:
        raise ImportFailed([str(error)]) from None

    importer = importer_cls(parent, locale)
    taken = set(parent.get_children().values_list("slug", flat=True))
    pages, errors = [], []
    for line, row in rows:
        try:
            page = importer.build(row)
            importer.validate(page)
        except RowError as error:
            errors.append(f"line {line}: {error.field}: {error.message}")
            continue
        except ValidationError as error:
            errors.extend(f"line {line}: {name}: {message}" for name, message in _messages(error))
            continue
        page.locale = locale
        page.live = False
        if not page.slug:
            page.slug = unique_slug(slug_for(page.title, language), taken)
        elif page.slug in taken:
            errors.append(f"line {line}: slug: " + _("“%(slug)s” is already used under this parent") % {"slug": page.slug})
            continue
        else:
            taken.add(page.slug)
        pages.append(page)
    if not rows:
        errors.append(_("the file holds no rows to import"))
    if errors:
        raise ImportFailed(errors)

    try:
        with transaction.atomic():  # a page the model refuses on saving undoes the pages before it
            for page in pages:
                parent.add_child(instance=page)
                page.save_revision(user=user, log_action=True)
    except ValidationError as error:
        raise ImportFailed([f"{page.title}: {name}: {message}" for name, message in _messages(error)]) from None
    return ImportResult(pages=pages)
