"""Import NGO register entries: one row per organisation (columns in docs/importing.md).

The columns are those of the register's `export.csv`, so a downloaded
register can be corrected and imported again. CSV cells with several values
use "|" between values:

* fields: ``Social care|Health`` (names of existing fields of activity)
* activities: ``Care station — home help for the elderly — 14 Tsar Simeon St``
  (title — description — own address; the trailing parts optional)

Text cells of the rich-text fields (statutory_goals, achievements,
cooperation) become paragraphs, one per line. JSON files carry real lists
instead: ``"fields": ["…"]``, ``"activities": [{"title", "description", "address"}]``.
"""

from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext_lazy as _

from registry_pages.importing.base import BaseRowImporter, RowError
from registry_pages.models import (
    ActivityField,
    Department,
    NGOActivity,
    NGOActivityFieldLink,
    NGOEntryPage,
    Position,
)
from registry_pages.ngos.legal_forms import LegalForm, legal_form_in_text
from registry_pages.ngos.models import HeadNameBasis


def paragraphs(text: str) -> str:
    """Plain text to rich text: each non-empty line a paragraph (HTML escaped)."""
    return "".join(f"<p>{escape(line.strip())}</p>" for line in (text or "").splitlines() if line.strip())


class NGOImporter(BaseRowImporter):
    type_name = "ngo"
    page_model = NGOEntryPage

    def build(self, row: dict) -> NGOEntryPage:
        text = self.text
        page = NGOEntryPage(
            title=self.required(row, "name"),
            slug=text(row, "slug"),
            short_name=text(row, "short_name"),
            legal_form=self.legal_form(row.get("legal_form")),
            registration_number=text(row, "registration_number"),
            seat_address=text(row, "seat_address"),
            head_name=text(row, "head_name"),
            head_title=text(row, "head_title"),
            phone=text(row, "phone"),
            email=text(row, "email"),
            website=text(row, "website"),
            publish_contact_consent=self.boolean(row.get("consent"), "consent"),
            head_name_basis=self.name_basis(row.get("head_name_basis")),
            statutory_goals=paragraphs(text(row, "statutory_goals")),
            achievements=paragraphs(text(row, "achievements")),
            cooperation=paragraphs(text(row, "cooperation")),
            date_registered=self.date(row.get("date_registered"), "date_registered"),
            date_last_confirmed=self.date(row.get("date_last_confirmed"), "date_last_confirmed"),
            responsible_department=self.snippet(Department, "responsible_department", text(row, "responsible_department")),
            contact_position=self.snippet(Position, "contact_position", text(row, "contact_position")),
            last_reviewed=self.date(row.get("last_reviewed"), "last_reviewed"),
        )
        names = self.split(row.get("fields"))  # none: the entry is listed as unclassified
        page.activity_field_links = [
            NGOActivityFieldLink(
                activity_field=self.snippet(ActivityField, "fields", name), sort_order=order, locale=self.locale
            )
            for order, name in enumerate(names)
        ]
        page.activities = [self.activity(item, order) for order, item in enumerate(self.split(row.get("activities")))]
        return page

    def validate(self, page) -> None:
        super().validate(page)
        for activity in page.activities.all():
            activity.clean_fields(exclude=["page", "locale", "translation_key", "sort_order"])
        errors = page.entry_errors()
        if errors:
            raise ValidationError(errors)

    # -- cells ---------------------------------------------------------------------------------

    def legal_form(self, value) -> str:
        """A legal form by its code (association), its label in the file's language (any case) or as the
        country's law names it ("koło gospodyń wiejskich", "читалище", "ОСББ")."""
        text = str(value or "").strip()
        if not text:
            return LegalForm.ASSOCIATION
        with translation.override(self.locale.language_code):
            code = legal_form_in_text(text, whole=True)
        if code is None:
            raise RowError(
                "legal_form",
                _("“%(value)s” is not a legal form; use one of %(codes)s") % {"value": text, "codes": ", ".join(LegalForm.values)},
            )
        return code

    def name_basis(self, value) -> str:
        """`consent` (default) or `public_register`."""
        text = str(value or "").strip()
        if not text:
            return HeadNameBasis.CONSENT
        if text not in HeadNameBasis.values:
            raise RowError(
                "head_name_basis",
                _("“%(value)s” is not a basis; use one of %(codes)s") % {"value": text, "codes": ", ".join(HeadNameBasis.values)},
            )
        return text

    def activity(self, item, order: int) -> NGOActivity:
        if isinstance(item, dict):
            title, description, address = (str(item.get(key) or "").strip() for key in ("title", "description", "address"))
        else:
            parts = [part.strip() for part in str(item).split(" — ")] + ["", ""]
            title, description, address = parts[0], parts[1], " — ".join(p for p in parts[2:] if p)
        if not title:
            raise RowError("activities", _("an activity without a title"))
        return NGOActivity(title=title, description=description, address=address, sort_order=order, locale=self.locale)
