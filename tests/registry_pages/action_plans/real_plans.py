"""Action plans in the shapes municipalities publish them (written for these tests), and builders of
the .docx and .xlsx files from them at test time, so the repository holds no opaque binaries."""

from pathlib import Path

import docx
import openpyxl

DATA = Path(__file__).resolve().parents[2] / "data" / "importing" / "action_plan"

# A Polish accessibility plan: a Word table numbered 1., 2. without themes, Roman-month deadlines,
# compound owners and one empty owner; the period in the title.
POLISH_TITLE = "Plan działania na rzecz poprawy zapewniania dostępności Gminy Zielony Gaj na lata 2020–2021"
POLISH_HEADER = ("Lp.", "Działanie", "Termin realizacji", "Odpowiedzialny", "Sposób realizacji")
POLISH_ROWS = [
    ("1.", "Wyznaczenie koordynatora do spraw dostępności", "IX 2020 r.", "Wójt Gminy", "zarządzenie wójta"),
    ("2.", "Analiza stanu dostępności budynku urzędu", "XII 2020 r.", "Koordynator + zespół",
     "samoocena z listą kontrolną"),
    ("3.", "Zamieszczenie deklaracji dostępności na stronie internetowej", "do 31 stycznia 2021",
     "Wydział Inwestycji, Wydział Promocji oraz Sekretarz Gminy", ""),
    ("4.", "Szkolenie pracowników z obsługi osób ze szczególnymi potrzebami", "II półrocze 2021", "",
     "szkolenie w formie zdalnej"),
    ("5.", "Bieżące monitorowanie dostępności", "realizacja w całym okresie obowiązywania planu",
     "Referat Gospodarki Komunalnej i Ochrony Środowiska", "przeglądy budynków"),
    ("6.", "Raport o stanie zapewniania dostępności", "III 2021", "Koordynator", "formularz GUS"),
]

# A Bulgarian plan of four levels: направление → цел → задача → мярка, merged heading rows.
BULGARIAN_TITLE = "План за действие за открито управление на Община Брезово поле 2025–2026 г."
BULGARIAN_HEADER = ("№", "Мярка", "Срок", "Отговорник", "Индикатор", "Финансиране")
BULGARIAN_ROWS = [
    ("Направление 1. Открито управление",) * 6,
    ("1.1", "Цел 1.1. Достъпна информация за гражданите", "", "", "", ""),
    ("1.1.1", "Задача: Публикуване на отворени данни", "", "", "", ""),
    ("1.1.1.1", "Публикуване на бюджета в машинночетим формат", "IV кв. 2025",
     "Дирекция „Финанси и бюджет“", "Публикуван набор от данни", "Общински бюджет"),
    ("1.1.1.2", "Обновяване на регистъра на административните услуги", "до края на годината",
     "Дирекция „Административно обслужване“ и Дирекция „Информационни технологии“", "Брой обновени карти",
     "Не изисква средства"),
    ("1.1.2", "Задача: Обратна връзка от гражданите", "", "", "", ""),
    ("1.1.2.1", "Анкета за удовлетвореността от услугите", "I полугодие 2026", "Секретар на общината",
     "Проведена анкета", "Общински бюджет"),
    ("Направление 2. Почтеност",) * 6,
    ("2.1", "Цел 2.1. Предотвратяване на конфликт на интереси", "", "", "", ""),
    ("2.1.1", "Задача: Обучение на служителите", "", "", "", ""),
    ("2.1.1.1", "Обучение по етика за новоназначени служители", "2025-2026", "Главен секретар",
     "Брой обучени служители", "Проект по ОП „Добро управление“"),
]

# A Bulgarian plan kept as a spreadsheet: themes as rows with a number and a title only, a title row
# above the header, a typo in a header ("Отговорик").
SPREADSHEET_ROWS = [
    ("План за прозрачност на общинската администрация за 2026 г.", None, None, None),
    ("№ по ред", "Дейност", "Срок за изпълнение", "Отговорик"),
    ("1", "Информиране на гражданите", None, None),
    ("1.1", "Публикуване на протоколите от заседанията на съвета", "текущо", "Председател на общинския съвет"),
    ("1.2", "Отчет за изпълнението на плана", "м. декември", "Секретар на общината; Юрисконсулт"),
    ("2", "Прием на граждани", None, None),
    ("2.1", "Приемен ден на кмета", "ежемесечно", "Кмет на общината"),
]


def polish_docx(path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("Urząd Gminy Zielony Gaj")
    document.add_heading(POLISH_TITLE, level=1)
    document.add_paragraph("Na podstawie ustawy o zapewnianiu dostępności osobom ze szczególnymi potrzebami.")
    table = document.add_table(rows=1, cols=len(POLISH_HEADER))
    for cell, text in zip(table.rows[0].cells, POLISH_HEADER):
        cell.text = text
    for row in POLISH_ROWS:
        cells = table.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = text
    document.add_paragraph("Sporządził: koordynator do spraw dostępności")
    document.save(path)
    return path


def bulgarian_docx(path: Path) -> Path:
    document = docx.Document()
    document.add_heading(BULGARIAN_TITLE, level=1)
    document.add_paragraph("Планът е приет с решение на Общинския съвет.")
    table = document.add_table(rows=1, cols=len(BULGARIAN_HEADER))
    for cell, text in zip(table.rows[0].cells, BULGARIAN_HEADER):
        cell.text = text
    for row in BULGARIAN_ROWS:
        cells = table.add_row().cells
        if len(set(row)) == 1:  # a heading row merged across the table, as Word does it
            merged = cells[0].merge(cells[-1])
            merged.text = row[0]
            continue
        for cell, text in zip(cells, row):
            cell.text = text
    document.save(path)
    return path


def spreadsheet(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "План 2026"
    for row in SPREADSHEET_ROWS:
        sheet.append(list(row))
    sheet.merge_cells("A1:D1")
    book.save(path)
    return path
