"""A card's sections (`card_reading.CardText`) read into the values of a `ServiceCardPage`.

Pure (no database): `read_card(text, currency)` returns the field values, the
block lists and the warnings; the importer matches the category and writes.
Processing times and fees are read by `durations.read_duration` and
`fee_text.read_fee`; what cannot be read is kept as written, with a warning.
"""

import re
from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from registry_pages.services.card_blocks import APPLY, COLLECT
from registry_pages.services.durations import AS_WRITTEN, fold, read_duration
from registry_pages.services.fee_text import read_fee

_BULLET = re.compile(r"^\s*(?:\(?\d{1,3}(?:\.\d{1,3})*[.)]|[а-яa-zіїє][.)]|[-•*–·▪□☐✓]|\d{1,3}\s)\s*", re.IGNORECASE)
_CONDITION = re.compile(
    r"^(?:ако|когато|при|в случай|за (?:лица|юридически|чужденци|непълнолетни)|jeżeli|jeśli|w przypadku|gdy|"
    r"dla |якщо|у разі|в разі|у випадку|для |if |when |for )", re.IGNORECASE
)
_SPREADSHEET_FORMULA = re.compile(r"^[A-Z][A-Z0-9.]*\(")
_PHONE = re.compile(r"(?:тел\.?|tel\.?|телефон|telefon|phone|моб\.?)?\s*:?\s*(\+?\(?\d[\d\s()/-]{5,}\d)", re.IGNORECASE)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL = re.compile(r"https?://[^\s<>\"]+")
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]){10,30}\b|\b\d{2}(?:\s?\d{4}){6}\b")
_PERSON = re.compile(r"^(?:[A-ZА-ЯЁІЇЄҐŁŚŻŹĆŃÓ][a-zа-яёіїєґąćęłńóśźż'’-]+\.?\s+){1,2}[A-ZА-ЯЁІЇЄҐŁŚŻŹĆŃÓ][a-zа-яёіїєґąćęłńóśźż'’-]+$")
_PAYMENT = {
    "cash_desk": re.compile(r"в брой|на каса|касата|gotówk|w kasie|kasa|готівк|в касі|cash"),
    "card": re.compile(r"карт[аи]|pos терминал|kart[ąa] płatnicz|terminal|карткою|платіжн\w* картк|\bcard\b|\bpos\b"),
    "transfer": re.compile(r"банков път|банков превод|по сметка|przelew|na rachunek|na konto|безготівков|банківськ\w* переказ"
                           r"|на рахунок|bank transfer|transfer"),
    "online": re.compile(r"онлайн|pay\.bg|epay|виртуален пос|online|epuap|e-płatno|elektroniczn|через портал|дія|інтернет"),
}

_PAYMENT_FIELDS = {"cash_desk": "pay_at_cash_desk", "card": "pay_by_card", "transfer": "pay_by_transfer",
                   "online": "pay_online"}


@dataclass
class CardValues:
    title: str = ""
    fields: dict = field(default_factory=dict)  # plain model fields
    streams: dict = field(default_factory=dict)  # StreamField name -> [(block type, value)]
    category: str = ""
    warnings: list = field(default_factory=list)
    times_read: int = 0
    forms: int = 0

    def report_fields(self) -> dict:
        documents = sum(len(value["documents"]) if kind == "group" else 1
                        for kind, value in self.streams.get("required_documents", []))
        return {
            "documents": documents,
            "fees": len(self.streams.get("fees", [])),
            "processing_times": len(self.streams.get("processing_times", [])),
            "processing_times_read": self.times_read,
            "legal_basis": len(self.streams.get("legal_basis", [])),
            "places": len(self.streams.get("places", [])),
            "who_may_apply": bool(self.fields.get("who_may_apply")),
            "result": bool(self.fields.get("result")),
            "appeal": bool(self.fields.get("appeal")),
            "code": bool(self.fields.get("code")),
            "contacts": bool(self.streams.get("contacts")),
            "summary": bool(self.fields.get("summary")),
            "forms": self.forms,
        }


def _item(text: str) -> str:
    return _BULLET.sub("", text, count=1).strip(" ;,")


_VALUE_BULLET = re.compile(r"^\s*(?:\(?\d{1,2}[.)]\s+(?=\D)|[а-яa-z][.)]\s+|[-•*–·▪]\s*)", re.IGNORECASE)


def _value(text: str) -> str:
    """A time or fee line without its bullet or "1)" numbering; a leading number stays ("5 работни дни")."""
    return _VALUE_BULLET.sub("", text, count=1).strip(" ;,")


def _variant_and_rest(text: str) -> tuple[str, str]:
    """("бърза услуга", "3 дни") for "бърза услуга – 3 дни"; ("", text) when no short label leads."""
    match = re.match(r"^([^:–—\d]{2,40}?)\s*(?::|–|—| - )\s*(.+)$", text)
    if match and len(match[1].split()) <= 4:
        return match[1].strip(), match[2].strip()
    return "", text


def _documents(lines, tables) -> tuple[list, int]:
    blocks, group, forms = [], None, 0
    rows = [" – ".join(cell for cell in _table_cells(row) if cell) for _section, table in tables for row in table.rows]
    parts = [part for line in lines for part in re.split(r";\s*(?=\S)", line)]  # "заява; паспорт; довідка"
    for line in parts + [row for row in rows if row and not _is_header_row(row)]:
        text = _item(line)
        if not text:
            continue
        if text.endswith(":") and (_CONDITION.match(text) or len(text.split()) <= 8):
            group = {"condition": text.rstrip(": "), "documents": []}
            blocks.append(("group", group))
            continue
        name, note = text, ""
        head, sep, tail = text.partition(" – ")
        if sep and len(tail.split()) <= 6 and len(head) >= 3:
            name, note = head.strip(), tail.strip()
        if re.search(r"образец|формуляр|бланк|wzór|formularz|załącznik nr|бланк|зразок|форма заяви|form\b", fold(text)):
            forms += 1
        document = {"name": name[:500], "note": note[:255], "form": None}
        if group is not None:
            group["documents"].append(document)
        else:
            blocks.append(("document", document))
    return [block for block in blocks if block[0] == "document" or block[1]["documents"]], forms


def _table_cells(row) -> list[str]:
    cells = [cell.replace("\n", " ").strip() for cell in row]
    return [cell for cell in cells if cell and not re.fullmatch(r"[\d.]+", cell)]


def _is_header_row(text: str) -> bool:
    folded = fold(text)
    return bool(re.match(r"^(?:№|no\.?|lp\.?)(?=\s|$)", folded)
                or re.match(r"^(?:наименование|документ|dokument|nazwa|назва|найменування)\b", folded))


def _times(lines, values) -> list:
    blocks = []
    for line in lines:
        text = _value(line)
        variant, rest = _variant_and_rest(text)
        reading = read_duration(rest) or read_duration(text)
        if reading is None:
            continue
        blocks.append(("time", reading.as_block(variant=variant or _("standard"))))
        values.times_read += 1
    if not blocks and lines:
        written = " ".join(_value(line) for line in lines)[:255]
        values.warnings.append(_("the processing time “%(text)s” was not read; it is kept as written") % {"text": written})
        blocks.append(("time", {"variant": _("standard"), "kind": AS_WRITTEN, "minimum": None, "maximum": None,
                                "unit": "", "as_written": written, "note": ""}))
    return blocks


def _fees(lines, currency, values) -> list:
    blocks, exemptions = [], []
    for line in lines:
        text = _value(line)
        if _SPREADSHEET_FORMULA.match(text):
            values.warnings.append(_("the fee “%(text)s” is a spreadsheet formula; enter the amount") % {"text": text[:80]})
            continue
        if _payment(text, values):
            continue
        variant, rest = _variant_and_rest(text)
        reading = read_fee(rest, currency) or read_fee(text, currency)
        if reading is None:
            continue
        if reading.exemption and reading.amount is None and reading.per_unit_amount is None:
            exemptions.append(text)
            continue
        if reading.is_formula and not re.search(r"%|\d", text):
            continue
        blocks.append(("fee", reading.as_block(variant=variant or _("standard"))))
    if exemptions:
        values.fields["fee_exemptions"] = "\n".join(exemptions)
        if not blocks:  # "zwolnione z opłaty skarbowej": free
            blocks.append(("fee", read_fee("0", currency).as_block(variant=_("standard"), note=exemptions[0][:255])))
    return blocks


def _payment(text: str, values) -> bool:
    """Whether `text` is about paying (an account, a way to pay); the details go to the card's payment fields."""
    folded = fold(text)
    found = False
    if _IBAN.search(text.upper()) or re.search(r"iban|сметка|rachun|konto|рахун|bic|swift", folded):
        account = values.fields.get("payment_account", "")
        values.fields["payment_account"] = (account + "\n" + text).strip()
        found = True
    for method, pattern in _PAYMENT.items():
        if pattern.search(folded):
            values.fields[_PAYMENT_FIELDS[method]] = True
            found = found or read_fee(text) is None or read_fee(text).is_formula
    return found


def _contacts(lines) -> list:
    people = []
    for line in lines:
        text = _item(line)
        emails, phones = _EMAIL.findall(text), [m.strip() for m in _PHONE.findall(_EMAIL.sub("", text))]
        rest = _EMAIL.sub("", _PHONE.sub("", text))
        parts = [p.strip(" ,;:-–") for p in re.split(r"[,;–]", rest)]
        parts = [p for p in parts if p and not re.fullmatch(r"(?:e-?mail|тел|tel|телефон|telefon|ел\. поща)\.?", p, re.I)]
        name = next((p for p in parts if _PERSON.match(p)), "")
        position = " ".join(p for p in parts if p != name)
        if not (name or position) and people and (emails or phones):
            person = people[-1]  # "тел.: …" on its own line belongs to the person above
            person["phone"] = person["phone"] or (phones[0] if phones else "")
            person["email"] = person["email"] or (emails[0] if emails else "")
            continue
        people.append({"position": position[:255], "name": name[:255], "publish_name": False,
                       "phone": phones[0][:50] if phones else "", "email": emails[0] if emails else ""})
    return [("person", person) for person in people if any(person[key] for key in ("position", "name", "phone", "email"))]


def _places(lines, purpose, card, values) -> list:
    places = []
    for line in lines:
        text = _item(line)
        url = _URL.search(text)
        if url and not values.fields.get("online_url"):
            values.fields["online_url"] = url.group(0).rstrip(".,;)")
            continue
        places.append({"purpose": purpose, "name": text[:255], "address": "", "room": "", "hours": "", "note": ""})
    return places


def read_card(text, currency: str) -> CardValues:
    """The values of one card; `currency` is the site's (for fees that name none)."""
    values = CardValues(title=re.sub(r"\s+", " ", text.title).strip()[:255], category=text.category)
    sections = text.sections
    joined = {key: "\n".join(_item(t) for t in text.texts(key)).strip() for key in sections}
    code = joined.get("code", "").split("\n")[0].strip()
    match = re.match(r"^\s*(?:№\s*)?(\d{3,5})[.)]?\s+[-–]?\s*(\S.*)$", values.title)
    if match and not code:  # "2079 Издаване на удостоверение…": the register's number in front of the title
        code, values.title = match[1], match[2]
    values.fields["code"] = code[:50]
    for key in ("summary", "who_may_apply", "result", "appeal"):
        values.fields[key] = joined.get(key, "")
    if joined.get("category"):
        values.category = joined["category"].split("\n")[0]
    documents, values.forms = _documents(text.texts("documents"),
                                         [t for t in text.tables if t[0] == "documents"])
    values.forms += len(text.texts("forms"))
    values.streams["required_documents"] = documents
    values.streams["processing_times"] = _times(text.texts("processing_times"), values)
    for line in text.texts("payment"):
        _payment(line, values)
    values.streams["fees"] = _fees(text.texts("fees"), currency, values)
    if joined.get("exemptions"):
        values.fields["fee_exemptions"] = "\n".join(filter(None, [values.fields.get("fee_exemptions"), joined["exemptions"]]))
    values.streams["legal_basis"] = [
        ("act", {"title": _item(line)[:255], "number": "", "date": None, "issuer": "", "url": ""})
        for line in text.texts("legal_basis") if _item(line)
    ]
    places = _places(text.texts("places"), APPLY, text, values)
    for key, part in (("place_address", "address"), ("place_hours", "hours")):
        for line in text.texts(key):
            if not places:
                places.append({"purpose": APPLY, "name": _("the service's office"), "address": "", "room": "",
                               "hours": "", "note": ""})
            places[-1][part] = (places[-1][part] + " " + _item(line)).strip()[:255]
    places += _places(text.texts("collect"), COLLECT, text, values)
    values.streams["places"] = [("place", place) for place in places]
    for line in text.texts("online"):
        url = _URL.search(line)
        if url and not values.fields.get("online_url"):
            values.fields["online_url"] = url.group(0).rstrip(".,;)")
    values.fields["by_post"] = joined.get("by_post", "")
    contacts = _contacts(text.texts("contacts"))
    extra = [line for key in ("phone", "email") for line in text.texts(key)]
    if extra:
        contacts = contacts or [("person", {"position": "", "name": "", "publish_name": False, "phone": "", "email": ""})]
        for line in extra:
            phone, email = _PHONE.search(line), _EMAIL.search(line)
            person = contacts[-1][1]
            person["phone"] = person["phone"] or (phone.group(1).strip() if phone else "")
            person["email"] = person["email"] or (email.group(0) if email else "")
    values.streams["contacts"] = contacts
    values.fields["no_documents_required"] = not documents and bool(
        re.search(r"не се изискват|не са необходими|nie są wymagane|brak|не потрібн|не вимага|none", fold(joined.get("documents", "")))
    )
    _missing(values)
    return values


_WARN_MISSING = {
    "documents": lambda v: not v.streams["required_documents"] and not v.fields["no_documents_required"],
    "fee": lambda v: not v.streams["fees"],
    "processing_time": lambda v: not v.streams["processing_times"],
    "legal_basis": lambda v: not v.streams["legal_basis"],
    "place": lambda v: not v.streams["places"] and not v.fields.get("online_url") and not v.fields.get("by_post"),
    "summary": lambda v: not v.fields.get("summary"),
}


def _missing(values) -> None:
    messages = {
        "documents": _("no documents section found"),
        "fee": _("no fee section found"),
        "processing_time": _("no processing time section found"),
        "legal_basis": _("no legal basis section found"),
        "place": _("no place to apply found"),
        "summary": _("no summary: write one before submitting the card for approval"),
    }
    for key, missing in _WARN_MISSING.items():
        if missing(values):
            values.warnings.append(messages[key])
    if values.forms:
        values.warnings.append(ngettext("%(count)d form is named; attach its file to the document in the editor",
                                        "%(count)d forms are named; attach their files to the documents in the editor",
                                        values.forms) % {"count": values.forms})
    if any(person["name"] for _kind, person in values.streams["contacts"]):
        values.warnings.append(_("contact names are kept but not published until consent is ticked in the editor"))

