"""Import service cards: one row per card (columns in docs/importing.md).

CSV cells with several values use "|" between values:

* fees: ``ordinary:5.00 BGN|express:10.00 BGN (paid at the desk)``
* processing_times: ``ordinary:7 working|express:1 working``
  (``working`` or ``calendar`` days, default working)
* documents: ``Identity card — original|Application form``
  (an em dash " — " separates the note)
* legal_basis: ``Civil Registration Act; ; 1999-07-27; National Assembly; https://…``
  (title; number; date; issuer; url; the trailing parts optional)

JSON files carry real lists of objects with the block's keys instead.
"""

import re

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils.translation import gettext_lazy as _

from registry_pages.importing.base import BaseRowImporter, RowError
from registry_pages.models import Department, Position, ServiceCardPage, ServiceCategory
from registry_pages.services.blocks import CURRENCY_CODES
from registry_pages.services.durations import upgrade_legacy_time
from registry_pages.services.rules import card_documents

_FEE = re.compile(r"^(?P<variant>[^:]+):\s*(?P<amount>\S+)\s+(?P<currency>[A-Za-z]{3})\s*(?:\((?P<note>.*)\))?$")
_TIME = re.compile(r"^(?P<variant>[^:]+):\s*(?P<days>\S+)(?:\s+(?P<kind>[^\s(]+)(?:\s+days)?)?\s*(?:\((?P<note>.*)\))?$")
_WORKING = {"working", "w", "работни", "robocze", "робочі", ""}
_CALENDAR = {"calendar", "c", "календарни", "kalendarzowe", "календарні"}


class ServiceImporter(BaseRowImporter):
    type_name = "service"
    page_model = ServiceCardPage

    def build(self, row: dict) -> ServiceCardPage:
        text = self.text
        page = ServiceCardPage(
            title=self.required(row, "title"),
            slug=text(row, "slug"),
            summary=text(row, "summary"),  # required before publishing (completeness gate), not to import
            code=text(row, "code"),
            category=self.snippet(ServiceCategory, "category", self.required(row, "category")),
            who_may_apply=text(row, "who_may_apply"),
            no_documents_required=self.boolean(row.get("no_documents_required"), "no_documents_required"),
            in_person_department=self.snippet(Department, "in_person_department", text(row, "in_person_department")),
            in_person_room=text(row, "in_person_room"),
            in_person_hours=text(row, "in_person_hours"),
            in_person_note=text(row, "in_person_note"),
            online_url=self.url(row, "online_url"),
            payment_url=self.url(row, "payment_url"),
            by_post=text(row, "by_post"),
            result=text(row, "result"),
            appeal=text(row, "appeal"),
            also_searched_as=text(row, "also_searched_as"),
            responsible_department=self.snippet(Department, "responsible_department", text(row, "responsible_department")),
            contact_position=self.snippet(Position, "contact_position", text(row, "contact_position")),
            last_reviewed=self.date(row.get("last_reviewed"), "last_reviewed"),
        )
        page.legal_basis = [("act", self.legal_act(item)) for item in self.split(row.get("legal_basis"))]
        page.required_documents = [("document", self.document(item)) for item in self.split(row.get("documents"))]
        page.fees = [("fee", self.fee(item)) for item in self.split(row.get("fees"))]
        page.processing_times = [("time", self.processing_time(item)) for item in self.split(row.get("processing_times"))]
        return page

    @staticmethod
    def report_fields(page) -> dict:
        """The report's counts for a card read from a row (the same keys as the document importer's)."""
        return {
            "documents": len(card_documents(page)), "fees": len(page.fees),
            "processing_times": len(page.processing_times), "legal_basis": len(page.legal_basis),
            "places": len(page.places) + (1 if page.in_person_department_id else 0),
            "who_may_apply": bool(page.who_may_apply), "result": bool(page.result), "appeal": bool(page.appeal),
            "code": bool(page.code), "contacts": bool(page.contacts) or bool(page.contact_position_id),
        }

    def validate(self, page) -> None:
        super().validate(page)
        errors = page.card_errors()
        if errors:
            raise ValidationError(errors)

    # -- cells ---------------------------------------------------------------------------------

    def url(self, row, key) -> str:
        value = self.text(row, key)
        if value:
            try:
                URLValidator(schemes=["http", "https"])(value)
            except ValidationError:
                raise RowError(key, _("“%(value)s” is not a web address (https://…)") % {"value": value}) from None
        return value

    def fee(self, item) -> dict:
        if isinstance(item, dict):
            variant, amount = str(item.get("variant") or "").strip(), item.get("amount")
            currency, note = str(item.get("currency") or "").strip(), str(item.get("note") or "").strip()
            if not variant:
                raise RowError("fees", _("each fee needs a variant, e.g. ordinary"))
        else:
            match = _FEE.match(str(item).strip())
            if not match:
                raise RowError(
                    "fees",
                    _("“%(value)s”: write variant:amount currency, e.g. ordinary:5.00 BGN") % {"value": item},
                )
            variant, amount, currency, note = match["variant"].strip(), match["amount"], match["currency"], match["note"] or ""
        currency = currency.upper()
        if currency not in CURRENCY_CODES:
            raise RowError(
                "fees",
                _("“%(currency)s” is not a known currency; use one of %(codes)s")
                % {"currency": currency or "?", "codes": ", ".join(CURRENCY_CODES)},
            )
        return {"variant": variant, "amount": self.decimal(amount, "fees"), "currency": currency, "note": note.strip()}

    def processing_time(self, item) -> dict:
        if isinstance(item, dict):
            variant, days = str(item.get("variant") or "").strip(), item.get("days")
            working = self.boolean(item.get("working_days", True), "processing_times")
            note = str(item.get("note") or "").strip()
            if not variant:
                raise RowError("processing_times", _("each processing time needs a variant, e.g. ordinary"))
        else:
            match = _TIME.match(str(item).strip())
            kind = (match["kind"] or "").lower() if match else None
            if not match or (kind not in _WORKING and kind not in _CALENDAR):
                raise RowError(
                    "processing_times",
                    _("“%(value)s”: write variant:days working|calendar, e.g. ordinary:7 working") % {"value": item},
                )
            variant, days, working, note = match["variant"].strip(), match["days"], kind in _WORKING, match["note"] or ""
        return upgrade_legacy_time(
            {"variant": variant, "days": self.integer(days, "processing_times"), "working_days": working, "note": note}
        )

    def document(self, item) -> dict:
        if isinstance(item, dict):
            name, note = str(item.get("name") or "").strip(), str(item.get("note") or "").strip()
        else:
            name, _sep, note = str(item).partition(" — ")
            name, note = name.strip(), note.strip()
        if not name:
            raise RowError("documents", _("a document without a name"))
        return {"name": name, "note": note, "form": None}

    def legal_act(self, item) -> dict:
        if isinstance(item, dict):
            parts = [item.get(key) for key in ("title", "number", "date", "issuer", "url")]
        else:
            parts = [part.strip() for part in str(item).split(";")]
        parts = [str(p or "").strip() for p in parts] + [""] * 5
        title, number, act_date, issuer, url = parts[:5]
        if not title:
            raise RowError("legal_basis", _("a legal act without a title"))
        if url:
            self.url({"legal_basis": url}, "legal_basis")
        return {
            "title": title, "number": number, "date": self.date(act_date, "legal_basis"), "issuer": issuer, "url": url,
        }
