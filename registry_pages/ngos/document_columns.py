"""The columns of an NGO list as municipalities head them, in Bulgarian, Polish, Ukrainian and English.

A list published by a municipality is a table whose header says "Наименование",
"Nazwa organizacji" or "Назва"; the seat is "Седалище", "Miejscowość" or
"Місцезнаходження"; the state register number "ЕИК", "KRS" or "код ЄДРПОУ".
`column_of(header_cell)` names the column a header cell stands for (or None);
`header_columns(row)` reads a whole header row.
"""

from __future__ import annotations

import re

# column → words a header cell contains; the first column whose word a cell contains wins,
# so the more specific columns come first ("сфера на дейност" before "дейност").
COLUMN_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("legal_form", ("правна форма", "правноорганизационна", "форма на организацията", "forma prawna",
                    "forma organizacyjna", "організаційно-правова", "правова форма", "legal form", "форма", "forma")),
    ("registration_number", ("еик", "булстат", "krs", "nip", "regon", "єдрпоу", "edrpou", "ідентифікаційний код",
                             "код за єдрпоу", "registration number", "reg. no", "uic")),
    ("number", ("№", "no.", "lp", "l.p.", "п/п", "пор.", "nr")),
    ("fields", ("сфера", "област на дейност", "области на дейност", "направление", "obszar", "dziedzina",
                "zakres działalności", "rodzaj działalności", "напрям", "вид діяльності", "field", "area of activity")),
    ("statutory_goals", ("цели", "предмет на дейност", "cele", "cel statutowy", "мета", "цілі", "goals")),
    ("activities", ("дейности", "услуги", "działania", "usługi", "діяльність", "послуги", "activities")),
    ("head_title", ("длъжност", "funkcja", "stanowisko", "посада")),
    ("head_name", ("председател", "представляващ", "ръководител", "управител", "prezes", "przewodnicząc",
                   "osoba reprezentująca", "reprezentant", "kierownik", "керівник", "голова", "представник",
                   "chair", "president", "head", "contact person", "лице за контакт", "osoba do kontaktu",
                   "контактна особа")),
    ("phone", ("телефон", "тел.", "telefon", "tel.", "phone")),
    ("email", ("e-mail", "email", "ел. поща", "електронна поща", "електронна пошта", "poczta", "адреса електронної")),
    ("website", ("уебсайт", "интернет", "сайт", "www", "strona", "вебсайт", "веб-сайт", "website")),
    ("date_registered", ("дата на регистрация", "регистрирана на", "data rejestracji", "data wpisu",
                         "дата реєстрації", "date registered")),
    ("seat_address", ("седалище", "адрес", "населено място", "място", "siedziba", "adres", "miejscowość",
                      "місцезнаходження", "адреса", "населений пункт", "seat", "address", "locality")),
    ("short_name", ("кратко наименование", "абревиатура", "skrót", "nazwa skrócona", "скорочена назва",
                    "short name")),
    ("name", ("наименование", "име на организацията", "организация", "nazwa", "organizacja", "назва",
              "найменування", "організація", "name", "organisation", "organization")),
)
_SHORT_FIRST = ("short_name",)


def _normal(text: str) -> str:
    return " ".join(str(text or "").replace("’", "'").casefold().split())


def column_of(cell: str) -> str | None:
    """The column a header cell stands for, or None."""
    text = _normal(cell)
    if not text or len(text) > 80:
        return None
    for column in _SHORT_FIRST:  # "Кратко наименование" is not the name
        if any(word in text for word in dict(COLUMN_WORDS)[column]):
            return column
    for column, words in COLUMN_WORDS:
        for word in words:
            if len(word) <= 3:  # short words and abbreviations: whole words only ("No.", "ЕИК", "KRS")
                if re.search(r"(?<!\w)" + re.escape(word) + r"(?!\w)", text):
                    return column
            elif word in text:
                return column
    return None


def header_columns(row) -> dict[int, str] | None:
    """{cell index: column} when `row` is a header naming the organisation and at least one more column
    (or only the name, in a one-column list); else None."""
    found: dict[int, str] = {}
    for index, cell in enumerate(row):
        column = column_of(cell)
        if column and column not in found.values():
            found[index] = column
    if "name" not in found.values():
        return None
    others = [column for column in found.values() if column not in ("name", "number")]
    filled = [cell for cell in row if str(cell).strip()]
    return found if others or len(filled) == 1 else None
