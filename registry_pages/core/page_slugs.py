"""New pages get the importers' ASCII slug; a slug clash is told where the editor looks.

Wagtail fills a new page's slug from its title in the browser, keeping
Cyrillic letters (a percent-encoded address) or, with unicode slugs off,
transliterating them with Russian rules (Bulgarian "щ" becomes "shh", not
"sht"). A page of the add-on, when it is *created* with an empty slug or one
that is not ASCII, gets `slug_for` of that slug (or of its title) in the page's
language instead, free among its siblings: in the editor, without JavaScript,
in imports and in code. A page that exists keeps its slug, whatever it is:
its address may be printed or linked.

In the editor, a slug another page of the section already uses is reported
at the top of the form too, naming the field and its tab, because the field
sits on the Promote tab where nobody sees the error; an automatic save of the
same new page is the usual reason, and the message says so.
"""

from django.conf import settings
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from registry_pages.adapters.treebeard import remembered_parent
from registry_pages.core.change_notes import (
    CHANGE_NOTE_FIELD,
    change_note_field,
    check_note,
    initial_note,
)
from registry_pages.core.slugs import free_child_slug, slug_for

__all__ = ["AsciiSlugMixin", "RegistryPageForm", "PROMOTE_TAB"]

PROMOTE_TAB = _("Promote")


def _needs_ascii_slug(slug: str) -> bool:
    return not slug or not slug.isascii()


def _language(page, parent=None) -> str:
    for source in (page, parent):
        if source is not None and source.locale_id:
            return source.locale.language_code
    return settings.LANGUAGE_CODE


def new_page_slug(page, parent, slug: str) -> str:
    """The slug a new page under `parent` gets for the `slug` typed (empty: from the title)."""
    return free_child_slug(parent, slug_for(slug or page.title or "", _language(page, parent)), page)


class RegistryPageForm(WagtailAdminPageForm):
    """The editor's form of the add-on's pages: ASCII slugs for new pages, slug clashes told plainly,
    the change note of a new version (core/change_notes.py)."""

    change_note = change_note_field()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk is None and "slug" in self.fields:
            self.fields["slug"].required = False  # filled from the title, with or without JavaScript
        if self.instance.pk is not None and getattr(self.instance, "requires_change_note", False):
            self.fields[CHANGE_NOTE_FIELD].initial = initial_note(self.instance)

    def clean_slug(self):
        slug = self.cleaned_data.get("slug") or ""
        if self.instance.pk is None and _needs_ascii_slug(slug) and self.parent_page is not None:
            if not slug:
                self.instance.title = self.cleaned_data.get("title") or self.instance.title
            slug = new_page_slug(self.instance, self.parent_page, slug)
            self._slug_changed = True
        return slug

    def clean(self):
        slug = self.cleaned_data.get("slug")
        cleaned_data = super().clean()
        check_note(self)
        if slug and self.has_error("slug") and self.parent_page is not None:
            other = self.parent_page.get_children().filter(slug=slug)
            if self.instance.pk:
                other = other.exclude(pk=self.instance.pk)
            other = other.first()
            if other is not None:
                self.errors["slug"] = self.error_class(
                    [gettext("Another page in this section already has this address.")]
                )
                self.add_error(None, gettext(
                    "The address (slug) “%(slug)s” is already used by the page “%(title)s” in this section. "
                    "Change the slug on the %(tab)s tab, or open that page: an automatic save may already "
                    "have created it."
                ) % {"slug": slug, "title": other.get_admin_display_title(), "tab": PROMOTE_TAB})
        return cleaned_data

    def get_field_updates_for_resave(self):
        """After an automatic save, the open form takes the slug the page was given."""
        updates = list(super().get_field_updates_for_resave())
        if getattr(self, "_slug_changed", False):
            updates.append(("slug", self.instance.slug))
        return updates


class AsciiSlugMixin:
    """Page types of the add-on: a new page's empty or non-ASCII slug becomes `slug_for` of it.

    Put it before `Page` in the bases: it also names the editor's form.
    """

    base_form_class = RegistryPageForm

    def _ascii_slug_for_new_page(self):
        if self.pk is not None or not _needs_ascii_slug(self.slug):
            return
        if not (self.path or remembered_parent(self)):
            return  # the parent is not known yet: done again when the page is added to the tree
        parent = self.get_parent()
        if parent is not None:
            self.slug = new_page_slug(self, parent, self.slug)

    def full_clean(self, *args, **kwargs):
        self._ascii_slug_for_new_page()
        return super().full_clean(*args, **kwargs)

    def minimal_clean(self):
        self._ascii_slug_for_new_page()
        return super().minimal_clean()
