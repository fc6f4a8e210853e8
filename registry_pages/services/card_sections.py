"""The labelled sections of a service card as municipalities write them, in bg/pl/uk/en.

A card is prose with headings or "Label:" lines ("Необходими документи",
"Termin załatwienia", "Строк надання", "Fee"), a two-column table "label |
value" (Ukrainian information cards, rows numbered 1..N), or one row of a table
whose header names the sections. `section_of(label)` says which section a label
names (None for anything else); labels are compared folded (lower case, Latin
look-alikes inside Cyrillic words made Cyrillic, numbering and a trailing colon
dropped), and a long label may differ by one typo.
"""

import difflib
import re

from registry_pages.services.durations import fold

# section key -> labels (folded). The first label that a text starts with wins, so longer labels come first
# where a short one is the start of another section's label.
SECTIONS: dict[str, tuple[str, ...]] = {
    "title": (
        "наименование на административната услуга", "наименование на услугата", "наименование",
        "nazwa usługi", "nazwa sprawy", "nazwa", "назва адміністративної послуги", "назва послуги", "назва",
        "name of the service", "service name", "service",
    ),
    "code": (
        "уникален идентификатор на услугата", "уникален идентификатор", "код на услугата", "номер на услугата",
        "№ в регистъра", "код по регистъра", "код", "kod usługi", "symbol usługi", "symbol", "kod", "numer karty",
        "код послуги", "ідентифікатор послуги", "ідентифікатор", "код", "service code", "code",
    ),
    "summary": (
        "кратко описание", "описание на услугата", "описание", "характеристика", "opis usługi", "opis sprawy",
        "opis", "зміст послуги", "опис послуги", "опис", "summary", "description",
    ),
    "documents": (
        "необходими документи", "изискуеми документи", "изисквани документи", "необходимите документи",
        "документи", "wymagane dokumenty", "potrzebne dokumenty", "dokumenty", "wymagane załączniki",
        "перелік документів, необхідних для отримання адміністративної послуги",
        "перелік документів, необхідних для отримання послуги", "перелік документів, необхідних для отримання",
        "перелік документів", "перелік необхідних документів",
        "необхідні документи", "документи", "required documents", "documents",
    ),
    "processing_times": (
        "срок за изпълнение", "срок на изпълнение", "срок за предоставяне", "срок за извършване", "срок",
        "termin załatwienia sprawy", "termin załatwienia", "termin realizacji", "czas realizacji",
        "czas załatwienia", "termin", "строк надання адміністративної послуги", "строк надання послуги",
        "строк надання", "строк розгляду", "термін надання", "строк", "термін", "processing time", "time limit",
    ),
    "fees": (
        "размер на таксата", "такса", "такси", "цена", "стойност", "opłata skarbowa", "opłaty", "opłata",
        "koszt", "wysokość opłaty", "вартість", "платність", "розмір плати", "плата", "оплата", "fees", "fee",
        "cost", "price",
    ),
    "exemptions": (
        "освобождаване от такса", "освобождаване", "zwolnienia z opłat", "zwolnienia", "пільги", "exemptions",
    ),
    "payment": (
        "начин на плащане", "плащане", "банкова сметка", "sposób zapłaty", "sposób płatności", "forma płatności",
        "numer konta", "numer rachunku", "płatność", "спосіб оплати", "реквізити для оплати", "реквізити",
        "рахунок для оплати", "payment", "bank account",
    ),
    "legal_basis": (
        "правно основание", "нормативно основание", "нормативна уредба", "правна основа", "podstawa prawna",
        "правові підстави", "нормативно-правові акти", "нормативні акти", "закони україни", "legal basis",
    ),
    "places": (
        "място за подаване", "място на подаване", "място за заявяване", "къде се подава", "къде да подам",
        "звено за административно обслужване", "miejsce złożenia dokumentów", "miejsce złożenia",
        "miejsce załatwienia sprawy", "gdzie złożyć", "składanie dokumentów", "місце подання",
        "місце звернення", "найменування суб'єкта надання", "суб'єкт надання", "центр надання",
        "where to apply", "place of application",
    ),
    "place_address": (
        "адрес", "adres", "місцезнаходження", "адреса", "address",
    ),
    "place_hours": (
        "работно време", "godziny pracy", "godziny przyjęć", "інформація щодо режиму роботи", "режим роботи",
        "графік роботи", "working hours", "opening hours",
    ),
    "collect": (
        "място за получаване", "получаване на резултата", "начин на получаване", "miejsce odbioru",
        "odbiór dokumentów", "odbiór", "спосіб отримання відповіді", "спосіб отримання", "отримання результату",
        "where to collect", "collection",
    ),
    "result": (
        "резултат от услугата", "краен резултат", "резултат", "sposób załatwienia sprawy", "sposób załatwienia",
        "wynik", "результат надання адміністративної послуги", "результат надання", "результат", "result",
    ),
    "appeal": (
        "ред за обжалване", "обжалване", "tryb odwoławczy", "odwołanie", "sposób odwołania",
        "порядок оскарження", "оскарження", "appeal", "how to appeal",
    ),
    "who_may_apply": (
        "кой може да заяви услугата", "кой може да подаде", "кой може да заяви", "заявител", "право на заявяване",
        "kto może złożyć", "kto może", "wnioskodawca", "uprawnieni", "суб'єкт звернення", "одержувач",
        "заявник", "who may apply", "applicant",
    ),
    "contacts": (
        "лице за контакт", "лица за контакт", "за контакти", "контакти", "osoba do kontaktu", "osoby do kontaktu",
        "kontakt", "контактна особа", "контактна інформація", "контакти", "contact person", "contact",
    ),
    "phone": ("телефон", "telefon", "телефон/факс", "phone"),
    "email": ("електронна поща", "e-mail", "email", "адреса електронної пошти", "електронна пошта"),
    "category": ("категория", "направление", "kategoria", "категорія", "category"),
    "forms": ("формуляри", "образци", "бланки", "formularze", "wzory", "wzór wniosku", "бланк заяви", "forms"),
    "online": ("електронна услуга", "по електронен път", "e-usługa", "epuap", "онлайн", "електронна форма",
               "online", "e-service"),
    "by_post": ("по пощата", "чрез лицензиран пощенски оператор", "pocztą", "поштою", "by post"),
}

_NUMBERING = re.compile(r"^\s*(?:\(?\d{1,3}(?:\.\d{1,3})*[.)]?|[ivxlc]{1,5}[.)]|[а-яa-z][.)]|[-•*–·▪])\s*", re.IGNORECASE)
_LABEL_MAX = 90


def label_key(text: str) -> str:
    """A label as compared: folded, numbering and trailing ":" or "." dropped, quotes and "*" removed."""
    text = fold(text)
    text = _NUMBERING.sub("", text, count=1)
    text = re.sub(r"[\"'“”„«»*’`ʼ]", "", text).replace("’", "'")
    return text.strip(" :.-–\t")


_FOLDED = {key: tuple(label_key(label) for label in labels) for key, labels in SECTIONS.items()}
_ALL = sorted(((label, key) for key, labels in _FOLDED.items() for label in labels), key=lambda item: -len(item[0]))


def section_of(label: str, exact: bool = False) -> str | None:
    """The section `label` names, or None. With `exact` the label must be a known label (a line on its own);
    otherwise it may go on ("Срок за изпълнение на услугата", "Opłaty skarbowe")."""
    key = label_key(label)
    if not key or len(key) > _LABEL_MAX:
        return None
    apostrophe_free = key.replace("'", "")
    for known, section in _ALL:
        plain = known.replace("'", "")
        if apostrophe_free == plain:
            return section
        if not exact and apostrophe_free.startswith(plain) and len(plain) >= 4:
            rest = apostrophe_free[len(plain):]
            if rest[:1] in (" ", "(", ",", "/") and len(rest.split()) <= 6:
                return section
    if len(key) >= 8:  # one typo in a long label
        close = difflib.get_close_matches(key, [known for known, _s in _ALL if len(known) >= 8], n=1, cutoff=0.92)
        if close:
            return next(section for known, section in _ALL if known == close[0])
    return None


def split_label(line: str, loose: bool = False) -> tuple[str | None, str]:
    """("documents", "rest") for "Необходими документи: лична карта"; (None, line) when it is not a label line.
    A line without a colon must be a known label as it stands, unless `loose` (a heading, a table's label cell)."""
    if ":" in line[:_LABEL_MAX + 5]:
        head, _sep, rest = line.partition(":")
        section = section_of(head, exact=False)
        if section is not None and not re.search(r"https?$", head.strip()):
            return section, rest.strip()
    section = section_of(line, exact=not loose)
    if section is not None:
        return section, ""
    return None, line
