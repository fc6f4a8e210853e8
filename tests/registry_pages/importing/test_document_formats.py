"""`read_document`: every kind of file a municipality holds comes out as headings, paragraphs and tables, with locations."""

import io
import zipfile

import docx
import openpyxl
import pytest
from django.utils import translation

from registry_pages.importing.document import read_document, regroup_cells
from registry_pages.importing.reader import ReadError


@pytest.fixture(autouse=True)
def in_english():
    """Locations ("table 1, row 3") are translated; these tests read them in English."""
    with translation.override("en"):
        yield


def _docx(build) -> bytes:
    document = docx.Document()
    build(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_docx_keeps_order_headings_tables_and_words_own_numbering():
    def build(document):
        document.add_heading("План за прозрачност 2025–2026", 1)
        document.add_paragraph("Въведение към плана")
        document.add_paragraph("първа мярка", style="List Number")
        document.add_paragraph("втора мярка", style="List Number")
        table = document.add_table(rows=3, cols=3)
        for i, text in enumerate(["№", "Мярка", "Срок"]):
            table.cell(0, i).text = text
        table.cell(1, 0).merge(table.cell(1, 2)).text = "Тема: Достъп"
        table.cell(2, 0).text = "1.1"
        table.cell(2, 1).text = "Публикуване"
        table.cell(2, 1).add_paragraph("на сайта")
        table.cell(2, 2).text = "IV кв. 2025"

    blocks = read_document(("plan.docx", _docx(build))).blocks
    assert [(b.kind, b.level) for b in blocks] == [("heading", 1), ("paragraph", 0), ("paragraph", 0), ("paragraph", 0), ("table", 0)]
    assert blocks[2].text == "1. първа мярка" and blocks[3].text == "2. втора мярка"
    table = blocks[4]
    assert table.rows[1] == ("Тема: Достъп",) * 3  # a merged row repeats its text in the columns it covers
    assert table.rows[2] == ("1.1", "Публикуване\nна сайта", "IV кв. 2025")  # a cell's paragraphs stay lines
    assert table.row_where[2] == "table 1, row 3"


def test_xlsx_formula_without_cached_value_is_text_and_dates_read_as_written():
    import datetime

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Plan"
    sheet.append(["Lp.", "Zadanie", "Termin"])
    sheet.append([1.0, '=HYPERLINK("http://x","y")', datetime.date(2026, 3, 31)])
    sheet.append([])
    sheet.append([2, "Spotkanie\nz mieszkańcami", "XII 2026 r."])
    buffer = io.BytesIO()
    workbook.save(buffer)
    table = read_document(("plan.xlsx", buffer.getvalue())).blocks[0]
    assert table.rows == (("Lp.", "Zadanie", "Termin"), ("1", 'HYPERLINK("http://x","y")', "31.03.2026"),
                          ("2", "Spotkanie\nz mieszkańcami", "XII 2026 r."))
    assert table.row_where[-1] == "sheet Plan, row 4"  # the empty row is skipped, the numbers stay Excel's


def test_saved_web_page_leaves_out_the_sites_menus_and_footer():
    page = """<!DOCTYPE html><html><head><meta charset="windows-1251"><title>Община</title></head><body>
    <header><nav><a href="/">Начало</a> <a href="/uslugi">Услуги</a></nav></header>
    <div class="breadcrumbs" role="navigation">Начало › Услуги</div>
    <main><h1>Удостоверение за наследници</h1>
    <p>Срок: 7 дни<br>Такса: 5,00 лв.</p>
    <table><tr><th>Документ</th></tr><tr><td><ul><li>Заявление</li><li>Акт за смърт</li></ul></td></tr></table>
    </main><footer>© Община 2026 · Карта на сайта</footer><script>alert(1)</script></body></html>"""
    blocks = read_document(("card.html", page.encode("cp1251"))).blocks
    texts = [b.text for b in blocks if b.kind != "table"]
    assert texts == ["Удостоверение за наследници", "Срок: 7 дни", "Такса: 5,00 лв."]
    assert blocks[-1].rows == (("Документ",), ("Заявление\nАкт за смърт",))


def test_text_copied_from_a_pdf_capital_headings_pipe_tables_and_nul():
    text = "ОБЩИНА ПРИМЕРНО\nМеню | Начало\n\nНЕОБХОДИМИ ДОКУМЕНТИ\nЗаявление\x00 по образец\n| № | Документ |\n|---|---|\n| 1 | Копие |\n"
    blocks = read_document(("card.txt", text.encode())).blocks
    assert [(b.kind, b.text) for b in blocks if b.kind != "table"] == [
        ("heading", "ОБЩИНА ПРИМЕРНО"), ("heading", "НЕОБХОДИМИ ДОКУМЕНТИ"), ("paragraph", "Заявление по образец")]
    assert blocks[1].rows == (("Меню", "Начало"),)  # a menu copied with the page is a table the importers skip
    assert blocks[4].rows == (("№", "Документ"), ("1", "Копие")) and blocks[4].where == "line 6"


def test_windows_1251_text_is_read_and_other_legacy_text_refused():
    assert read_document(("a.txt", "Кмет – всеки вторник".encode("cp1251"))).blocks[0].text == "Kмет – всеки вторник".replace("K", "К")
    with pytest.raises(ReadError):
        read_document(("a.txt", "Zażółć gęślą jaźń".encode("cp1250")))


def test_csv_delimiter_is_sniffed():
    table = read_document(("a.csv", "Nazwa;Miejscowość\nKoło Gospodyń Wiejskich;Zalesie\n".encode())).blocks[0]
    assert table.rows[1] == ("Koło Gospodyń Wiejskich", "Zalesie")


@pytest.mark.parametrize("name, data", [
    ("a.docx", b"PK\x03\x04 not really a zip"),
    ("a.docx", b"%PDF-1.7 a pdf renamed"),
    ("a.xlsx", b"\xd0\xcf\x11\xe0 an old .xls"),
    ("a.txt", b"   \n\n"),
    ("a.pdf", b"%PDF-1.7"),
    ("a.html", b"<html><body><nav>only a menu</nav></body></html>"),
])
def test_files_that_cannot_be_read_say_so(name, data):
    with pytest.raises(ReadError) as refused:
        read_document((name, data))
    assert str(refused.value)


def test_a_zip_that_unpacks_to_too_much_is_refused_before_reading():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"0" * (201 * 1024 * 1024))
    with pytest.raises(ReadError) as refused:
        read_document(("bomb.docx", buffer.getvalue()))
    assert "200" in str(refused.value)


def test_cells_one_per_line_are_regrouped_under_a_known_header():
    lines = ["Меню", "№", "Мярка", "Срок", "1", "Сайт", "2026", "2", "Приемен ден"]
    assert regroup_cells(lines, ["№", "Мярка", "Срок"]) == [("1", "Сайт", "2026"), ("2", "Приемен ден", "")]
    assert regroup_cells(lines, ["Lp.", "Zadanie"]) == []


def test_a_web_pages_paragraphs_are_numbered_as_paragraphs():
    page = "<main><h1>Заглавие</h1><p>първи</p><table><tr><td>x</td></tr></table><p>втори</p></main>"
    paragraphs = [b for b in read_document(("a.html", page.encode())).blocks if b.kind == "paragraph"]
    assert [b.where for b in paragraphs] == ["paragraph 1", "paragraph 2"]
