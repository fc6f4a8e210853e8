"""Import service cards from the documents municipalities have (`import_registry --type service`).

A Word file, a saved web page, text copied from a browser or a PDF, or a
spreadsheet: one card written as prose with labelled sections, a two-column
"label | value" table, or many cards as rows of a table (`card_reading`).
Each card's sections are read into the page's fields (`card_fields`); the
report counts what was found per card and warns about what is missing ("no
fee section found"). Cards are created as drafts under the parent.

The category: a "Категория" / "Kategoria" / "Категорія" section (or a merged
row above the card's row) names it. A known category (of the import's language,
approved or draft) is linked; an unknown one is proposed in the report and,
with `--create-missing`, created as a draft category and linked. A card that
names no category is still imported, uncategorised, with a warning: a
municipality wants all its cards in first, and sorting them into the catalogue
is the editor's decision, which the completeness gate asks for before the card
goes to the approvers.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from registry_pages.core.calendar import site_country
from registry_pages.core.country import country_currency
from registry_pages.core.slugs import slug_for
from registry_pages.importing.importer import DocumentImporter
from registry_pages.importing.runner import unique_slug, validation_messages
from registry_pages.models import ServiceCardPage, ServiceCategory
from registry_pages.services.card_fields import read_card
from registry_pages.services.card_reading import find_cards
from registry_pages.services.display import fee_text, time_text


class ServiceDocumentImporter(DocumentImporter):
    type_name = "service"
    page_model = ServiceCardPage

    def read(self, document) -> None:
        report = self.report
        self.pending = []  # (page, category name or "")
        cards = find_cards(document)
        if not cards:
            report.error("", _("no service card was found: no section such as “Необходими документи”, "
                               "“Wymagane dokumenty”, “Перелік документів” or “Required documents”"))
            return
        currency = country_currency(site_country(self.parent))
        taken = set(self.parent.get_children().values_list("slug", flat=True))
        language = self.locale.language_code
        for text in cards:
            values = read_card(text, currency)
            where = text.where or document.name
            if not values.title:
                report.error(where, _("a service card without a title (no heading and no “Наименование на услугата”, "
                                      "“Nazwa usługi” or “Назва послуги”)"))
                continue
            page = ServiceCardPage(title=values.title, locale=self.locale, live=False, **values.fields)
            for name, stream in values.streams.items():
                setattr(page, name, stream)
            category_name = self._category(values)
            try:
                page.slug = unique_slug(slug_for(page.title, language), taken)
                taken.add(page.slug)
                errors = page.card_errors()
                if errors:
                    raise ValidationError(errors)
            except ValidationError as error:
                for name, message in validation_messages(error):
                    report.error(f"{where} ({values.title})", f"{name}: {message}")
            report.add_page(values.title, self.type_name, fields=values.report_fields(), warnings=values.warnings,
                            preview=_preview(page, values))
            self.pending.append((page, category_name))

    def _category(self, values) -> str:
        """The category's name when the card names one (linked, proposed or to be created), else ""."""
        name = values.category.strip()[:255]
        if not name:
            values.warnings.append(_("no category: the card is imported uncategorised; choose one in the editor"))
            return ""
        if self._find_category(name) is None:
            self.report.propose("categories", name)
            if not self.create_missing:
                values.warnings.append(_("unknown category “%(name)s”: proposed; run with --create-missing to create it "
                                         "as a draft") % {"name": name})
        return name

    def _find_category(self, name):
        return ServiceCategory.objects.filter(locale=self.locale, name__iexact=name).first()

    def write(self, user=None) -> list:
        created = []
        for page, category_name in self.pending:
            category = self._find_category(category_name) if category_name else None
            if category is None and category_name and self.create_missing:
                category = ServiceCategory(locale=self.locale, name=category_name, live=False)
                category.save()
                category.save_revision(user=user, log_action=True)
            page.category = category
            self.parent.add_child(instance=page)
            page.save_revision(user=user, log_action=True)
            created.append(page)
        return created


def _preview(page, values) -> list[dict]:
    """Rows for the admin's preview: each section as it was read."""
    rows = []
    if values.fields.get("code"):
        rows.append({"section": _("service code"), "read": values.fields["code"]})
    for block in page.processing_times:
        rows.append({"section": _("processing time"), "read": f"{block.value['variant']}: {time_text(block.value)}",
                     "as written": block.value.get("as_written") or ""})
    for block in page.fees:
        rows.append({"section": _("fee"), "read": f"{block.value['variant']}: {fee_text(block.value)}",
                     "as written": block.value.get("formula") or ""})
    return rows
