"""The upload form of the import screen: a file, what it holds, where its pages go and their language."""

from __future__ import annotations

from pathlib import Path

from django import forms
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page

from registry_pages.import_screen.uploads import MAX_UPLOAD_BYTES
from registry_pages.importing.document import SUFFIXES
from registry_pages.importing.pipeline import TYPES, importer_classes

TYPE_LABELS = {
    "service": _("Service cards"),
    "ngo": _("NGO register entries"),
    "ethics": _("Ethics code"),
    "reception": _("Reception days"),
    "action_plan": _("Action plan"),
}
ACCEPTED = SUFFIXES + (".json",)


def importable_types() -> list[str]:
    """The registers whose importers are installed, in the order of the pipeline."""
    return [name for name in TYPES if importer_classes(name)]


def page_model(type_name: str):
    return next((cls.page_model for cls in importer_classes(type_name) if cls.page_model is not None), None)


def allowed_parents(user, type_name: str) -> list[Page]:
    """Pages the user may add a page of this register under (every language)."""
    model = page_model(type_name)
    if model is None:
        return []
    candidates = Page.objects.type(*model.allowed_parent_page_models()).select_related("locale").order_by("path")
    return [page for page in candidates.specific() if page.permissions_for_user(user).can_add_subpage()]


class ParentField(forms.TypedChoiceField):
    """A page id; whether the user may import there is checked with the type in `ImportForm.clean`."""

    def valid_value(self, value):
        return True


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("File"),
        help_text=_("Word (.docx), Excel (.xlsx), CSV, a saved web page (.html) or text (.txt); at most 5 MB."),
    )
    type_name = forms.ChoiceField(label=_("What the file holds"))
    parent = ParentField(label=_("Where the pages go"), coerce=int)
    language = forms.ChoiceField(label=_("Language of the file"), choices=settings.LANGUAGES)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        language = (translation.get_language() or "").split("-")[0]
        if language in dict(settings.LANGUAGES):
            self.fields["language"].initial = language  # the admin's language; the file's may differ
        types = importable_types()
        self.fields["type_name"].choices = [(name, TYPE_LABELS.get(name, name)) for name in types]
        self.parents = {name: allowed_parents(user, name) for name in types}
        self.fields["parent"].choices = [
            (str(TYPE_LABELS.get(name, name)), [(page.pk, f"{page.title} ({page.locale.language_code})") for page in pages])
            for name, pages in self.parents.items() if pages
        ]

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(_("The file is larger than 5 MB. Split it and import the parts."))
        if Path(upload.name).suffix.lower() not in ACCEPTED:
            raise forms.ValidationError(
                _("Files of this type cannot be imported. Use one of: %(types)s") % {"types": ", ".join(ACCEPTED)}
            )
        return upload

    def clean(self):
        data = super().clean()
        type_name, parent_id, language = data.get("type_name"), data.get("parent"), data.get("language")
        if not (type_name and parent_id and language):
            return data
        parent = next((page for page in self.parents.get(type_name, []) if page.pk == parent_id), None)
        if parent is None:
            self.add_error("parent", _("Pages of this kind cannot be added there, or you may not add pages there."))
            return data
        locale = Locale.objects.filter(language_code=language).first()
        if locale is not None and parent.locale_id != locale.pk:
            parent = parent.get_translation_or_none(locale)
            if parent is None or not parent.permissions_for_user(self.user).can_add_subpage():
                self.add_error("language", _("The chosen place has no version in this language that you may add pages to."))
                return data
        data["parent_page"] = parent.specific
        return data
