"""Service cards as municipalities write them, built at test time (no opaque binaries in the repository):
a Word card with headings and a documents table, and a spreadsheet with several cards as rows, per language.
The saved web pages and the text copied from PDFs are under tests/data/importing/service/."""

import io
from pathlib import Path

import docx
import openpyxl

DATA = Path(__file__).resolve().parents[2] / "data" / "importing" / "service"

# A Word card: (title, [(heading, [paragraphs] or ("table", [rows]))])
WORD_CARDS = {
    "bg": ("Удостоверение за семейно положение", [
        ("Код на услугата", ["2112"]),
        ("Кой може да заяви услугата", ["Лицето, за което се отнася удостоверението, или негов пълномощник."]),
        ("Необходими документи", ("table", [
            ["№", "Документ", "Забележка"],
            ["1", "Искане по образец", "приложение 1"],
            ["2", "Лична карта", "за справка"],
            ["3", "Пълномощно", "при подаване чрез пълномощник"],
        ])),
        ("Срок за изпълнение", ["Обикновена: до 7 работни дни", "Експресна: веднага"]),
        ("Такса", ["Обикновена: 5,00 лв.", "Експресна: 10 лева"]),
        ("Правно основание", ["Закон за гражданската регистрация", "Наредба за местните такси"]),
        ("Място за подаване", ["Център за административно обслужване, гише 1", "Кметство с. Дъбово"]),
        ("Място за получаване", ["Гише 5, Център за административно обслужване"]),
        ("Резултат", ["Удостоверение на хартия."]),
        ("Обжалване", ["Пред Административния съд в 14-дневен срок."]),
        ("Лице за контакт", ["Иван Иванов, младши експерт, тел. 02 987 65 43, grao@dabovo.example"]),
    ]),
    "pl": ("Zameldowanie na pobyt stały", [
        ("Kod usługi", ["EL-01"]),
        ("Wymagane dokumenty", ("table", [
            ["Lp.", "Dokument", "Uwagi"],
            ["1.", "Formularz zgłoszenia pobytu stałego", "wzór do pobrania"],
            ["2.", "Dowód osobisty", "do wglądu"],
            ["3.", "Tytuł prawny do lokalu", "np. umowa najmu"],
        ])),
        ("Opłaty", ["Bezpłatnie"]),
        ("Termin załatwienia", ["W dniu zgłoszenia"]),
        ("Podstawa prawna", ["Ustawa z dnia 24 września 2010 r. o ewidencji ludności"]),
        ("Miejsce złożenia", ["Urząd Gminy, stanowisko ewidencji ludności, pokój 3"]),
        ("Tryb odwoławczy", ["Odwołanie do Wojewody w terminie 14 dni."]),
        ("Osoba do kontaktu", ["Katarzyna Wiśniewska, inspektor, tel. 89 765 43 21"]),
    ]),
    "uk": ("Реєстрація місця проживання", [
        ("Ідентифікатор послуги", ["00101"]),
        ("Суб'єкт звернення", ["Громадянин України, іноземець або особа без громадянства"]),
        ("Перелік документів", ("table", [
            ["№", "Документ", "Примітка"],
            ["1", "Заява", "за формою"],
            ["2", "Паспорт громадянина України", "оригінал"],
            ["3", "Квитанція про сплату адміністративного збору", ""],
        ])),
        ("Вартість", ["Адміністративний збір: 30,00 грн", "Пільги: безоплатно для осіб з інвалідністю"]),
        ("Строк надання", ["В день звернення"]),
        ("Місце подання", ["ЦНАП, вул. Центральна, 1"]),
        ("Результат", ["Внесення відомостей до реєстру"]),
        ("Порядок оскарження", ["До суду або до органу вищого рівня"]),
    ]),
}

# Several cards as rows: header, a merged category row, cards (one fee a spreadsheet formula)
SHEETS = {
    "bg": [
        ["№", "Наименование на услугата", "Код", "Необходими документи", "Срок за изпълнение", "Такса",
         "Правно основание"],
        ["Местни данъци и такси"] * 7,
        ["1", "Удостоверение за данъчна оценка", "2450", "Искане; Документ за собственост", "5 работни дни",
         "20 лв.", "ЗМДТ, чл. 264"],
        ["2", "Удостоверение за платени данъци", "2451", "Искане", "до 3 дни", "=HYPERLINK(\"x\",\"10\")",
         "ДОПК"],
        ["3", "Препис от данъчна декларация", "2452", "Искане; Пълномощно", "7-10 работни дни", "безплатно",
         "ЗМДТ"],
    ],
    "pl": [
        ["Lp.", "Nazwa usługi", "Kod usługi", "Wymagane dokumenty", "Termin załatwienia", "Opłaty",
         "Podstawa prawna"],
        ["1", "Wydanie zaświadczenia o zameldowaniu", "EL-02", "Wniosek; Dowód osobisty", "do 7 dni", "17 zł",
         "Ustawa o ewidencji ludności"],
        ["2", "Wymeldowanie z pobytu stałego", "EL-03", "Formularz wymeldowania", "niezwłocznie",
         "bezpłatnie", "Ustawa o ewidencji ludności"],
    ],
    "uk": [
        ["№", "Назва послуги", "Код послуги", "Перелік документів", "Строк надання", "Вартість",
         "Правові підстави"],
        ["1", "Видача довідки про реєстрацію", "00201", "Заява; Паспорт", "в день звернення", "безоплатно",
         "Закон України «Про адміністративні послуги»"],
        ["2", "Видача копії рішення", "00202", "Заява", "до 10 робочих днів", "0,85 грн за сторінку",
         "Регламент ради"],
        ["3", "Витяг з реєстру громади", "00203", "Заява; Паспорт", "3 години", "30 грн",
         "Закон України «Про адміністративні послуги»"],
    ],
}


def word_card(language: str) -> bytes:
    title, sections = WORD_CARDS[language]
    document = docx.Document()
    document.add_paragraph("Община / Gmina / Громада", style="Normal")  # a letterhead line before the card
    document.add_heading(title, level=1)
    for heading, body in sections:
        document.add_heading(heading, level=2)
        if isinstance(body, tuple):
            rows = body[1]
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
        else:
            for text in body:
                document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def sheet_of_cards(language: str) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Услуги" if language != "pl" else "Usługi"
    for row in SHEETS[language]:
        sheet.append(row)
    if language == "bg":  # the category row is one merged cell across the table
        sheet.merge_cells(start_row=2, start_column=1, end_row=2, end_column=7)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
