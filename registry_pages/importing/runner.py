"""The parent page and slugs of an import, and the refusal that names what is wrong.

Nothing is written unless every row is good: an editor fixes the file and
runs the import again, instead of hunting half-imported pages. Pages are
created unpublished with a first revision, so they enter the approval
workflow like any page an editor writes.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page


class ImportFailed(Exception):
    """The file was refused; `errors` are lines "line N: <field>: <message>"."""

    def __init__(self, errors: list[str]):
        super().__init__("\n".join(errors))
        self.errors = errors


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


def validation_messages(error: ValidationError) -> list[tuple[str, str]]:
    if hasattr(error, "message_dict"):
        return [(name, message) for name, messages in error.message_dict.items() for message in messages]
    return [("row", message) for message in error.messages]
