"""The editor's form of an NGO entry: the legal forms of the municipality's country."""

from registry_pages.core.page_slugs import RegistryPageForm
from registry_pages.ngos.legal_forms import LegalForm, forms_for_country


class NGOEntryForm(RegistryPageForm):
    """Offers the legal forms of the site's country (a value stored before stays offered)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("legal_form")
        if field is None:
            return
        from registry_pages.core.calendar import site_country

        page = self.parent_page if getattr(self, "parent_page", None) is not None else None
        if page is None and self.instance.pk:
            page = self.instance
        choices = forms_for_country(site_country(page))
        current = self.initial.get("legal_form") or self.instance.legal_form
        if current and current not in dict(choices) and current in LegalForm.values:
            choices.insert(0, (current, LegalForm(current).label))
        field.choices = choices
