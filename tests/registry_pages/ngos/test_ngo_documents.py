"""NGO lists as municipalities publish them (Word, Excel, a saved web page, text from a PDF) → register entries.

The files are built here from the text below, in the shapes real lists have:
a Bulgarian Word table with the register number and the chairperson, a Polish
spreadsheet of village organisations, a Ukrainian web page between the site's
menus, a table copied out of a PDF one cell per line, a numbered list of names
and villages only.
"""

import io
import json

import docx
import openpyxl
import pytest
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import Page

from registry_pages.importing.pipeline import import_document
from registry_pages.models import ActivityField, NGOEntryPage
from tests.registry_pages.ngos.support import activity_field, register
from tests.registry_pages.support import translate_ancestors

pytestmark = pytest.mark.django_db

BG_TABLE = [
    ["№", "Наименование", "Седалище", "ЕИК", "Сфера на дейност", "Председател"],
    ["1", "Народно читалище „Просвета – 1905“", "с. Горно поле", "000123456", "Култура", "Ралица Петкова"],
    ["2", "Сдружение „Зелена долина“", "гр. Белоречие", "175987654", "Околна среда, Животни", ""],
    ["3", "Фондация „Добър старт“", "гр. Белоречие", "", "", ""],
]
PL_TABLE = [
    ["Lp.", "Nazwa organizacji", "Forma prawna", "Miejscowość", "KRS", "Obszar działalności"],
    [1, "Koło Gospodyń Wiejskich w Zalesiu", "koło gospodyń wiejskich", "Zalesie", "", "Kultura"],
    [2, "Ochotnicza Straż Pożarna w Dąbrówce", "", "Dąbrówka", "0000123456", "Bezpieczeństwo"],
    [3, "Stowarzyszenie „Nasza Wieś”", "stowarzyszenie zwykłe", "Zalesie", "", ""],
    [4, "Uczniowski Klub Sportowy „Orlik”", "", "Dąbrówka", "", "Sport"],
]
UK_HTML = """<html><head><meta charset="utf-8"><title>Громадські організації</title></head><body>
<nav><ul><li>Головна</li><li>Новини</li></ul></nav>
<main><h1>Перелік громадських організацій громади</h1>
<table><tr><th>№ з/п</th><th>Назва</th><th>Місцезнаходження</th><th>Код ЄДРПОУ</th><th>Сфера діяльності</th></tr>
<tr><td>1</td><td>ГО «Світанок»</td><td>м. Білоріччя, вул. Миру, 5</td><td>41234567</td><td>Молодь</td></tr>
<tr><td>2</td><td>ОСББ «Зелений двір»</td><td>м. Білоріччя</td><td>42345678</td><td></td></tr>
<tr><td>3</td><td>Благодійний фонд «Надія»</td><td>с. Вербівка</td><td></td><td>Соціальний захист</td></tr>
</table></main><footer>© Білоріччя</footer></body></html>"""
PDF_TEXT = """РЕГИСТЪР НА ЮРИДИЧЕСКИТЕ ЛИЦА С НЕСТОПАНСКА ЦЕЛ
Наименование
Населено място
Сфера на дейност
Сдружение „Бели брези“
с. Брезово
Култура
Народно читалище „Светлина 1921“
с. Камен дол
Култура
"""


def _docx(table=None, lines=()) -> bytes:
    document = docx.Document()
    document.add_heading("Регистър на организациите с нестопанска цел", 1)
    for line in lines:
        document.add_paragraph(line)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = str(value)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _xlsx(table) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Organizacje"
    for row in table:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


@pytest.fixture
def bg_reg(site_root):
    for name in ("Култура", "Околна среда"):
        activity_field(name)
    return register(site_root, slug="t-doc-npo")


def _translated_register(bg_reg, language, fields):
    from wagtail.models import Locale

    locale = Locale.objects.get(language_code=language)
    translate_ancestors(bg_reg, locale)
    copy = bg_reg.copy_for_translation(locale)
    copy.save_revision().publish()
    for name in fields:
        activity_field(name, locale=locale)
    return copy


def _in(language, text):
    with translation.override(language):
        return gettext(text)


def test_a_bulgarian_word_table_becomes_one_entry_per_row(bg_reg, pr_expert):
    data = ("npo.docx", _docx(BG_TABLE))
    before = Page.objects.count()
    preview = import_document(data, "ngo", bg_reg, "bg", dry_run=True)
    assert preview.ok and Page.objects.count() == before, preview.errors
    assert [p.title for p in preview.pages] == [row[1] for row in BG_TABLE[1:]]
    reading = preview.as_json()
    assert reading["proposed"]["categories"] == ["Животни"]
    first, second, third = reading["pages"]
    assert preview.pages[0].preview[0]["legal_form"] == _in("bg", "community centre (chitalishte)")
    assert first["fields"]["legal_form"] is True and first["fields"]["registration_number"] is True
    assert first["fields"]["fields_of_activity"] == 1 and first["fields"]["head_name"] is True
    assert second["fields"]["fields_of_activity"] == 1  # "Животни" is unknown: proposed, not linked
    assert _in("bg", "no field of activity: listed as unclassified") in third["warnings"]
    assert preview.pages[2].preview[0]["legal_form"] == _in("bg", "foundation")

    written = import_document(data, "ngo", bg_reg, "bg", user=pr_expert)
    assert written.ok and written.written and all(p.page_id for p in written.pages)
    chitalishte = NGOEntryPage.objects.get(pk=written.pages[0].page_id)
    assert not chitalishte.live and chitalishte.registration_number == "000123456"
    assert chitalishte.seat_address == "с. Горно поле" and chitalishte.head_name == "Ралица Петкова"
    assert chitalishte.public_head_name is None  # kept, not published without consent or a register basis
    assert [f.name for f in chitalishte.fields_of_activity()] == ["Култура"]
    assert chitalishte.revisions.get().user == pr_expert


def test_names_from_a_public_register_and_missing_fields_created_as_drafts(bg_reg):
    report = import_document(("npo.docx", _docx(BG_TABLE)), "ngo", bg_reg, "bg", create_missing=True,
                             options={"head_name_basis": "public_register"})
    assert report.ok and report.written
    animals = ActivityField.objects.get(name="Животни")
    assert not animals.live
    green = NGOEntryPage.objects.get(pk=report.pages[1].page_id)
    assert [link.activity_field.name for link in green.activity_field_links.all()] == ["Околна среда", "Животни"]
    chitalishte = NGOEntryPage.objects.get(pk=report.pages[0].page_id)
    assert chitalishte.public_head_name == "Ралица Петкова"


def test_a_polish_spreadsheet_of_village_organisations(bg_reg):
    pl_reg = _translated_register(bg_reg, "pl", ["Kultura", "Sport"])
    report = import_document(("organizacje.xlsx", _xlsx(PL_TABLE)), "ngo", pl_reg, "pl", dry_run=True)
    assert report.ok, report.errors
    forms = [page.preview[0]["legal_form"] for page in report.pages]
    assert forms == [_in("pl", label) for label in (
        "rural housewives' circle", "volunteer fire brigade", "ordinary association", "pupils' sports club")]
    assert report.proposed["categories"] == ["Bezpieczeństwo"]
    assert [page.fields["registration_number"] for page in report.pages] == [False, True, False, False]


def test_a_formula_cell_is_refused_with_its_sheet_and_row_and_nothing_is_written(bg_reg):
    pl_reg = _translated_register(bg_reg, "pl", ["Kultura"])
    table = [row[:] for row in PL_TABLE]
    table[3][1] = '=HYPERLINK("http://zlo.example","Kliknij")'
    table[4][1] = ""
    before = NGOEntryPage.objects.count()
    report = import_document(("organizacje.xlsx", _xlsx(table)), "ngo", pl_reg, "pl")
    assert not report.written and NGOEntryPage.objects.count() == before
    problems = {problem.where: problem.message for problem in report.errors}
    assert len(problems) == 2, problems
    assert any("4" in where and "formu" in message for where, message in problems.items()), problems
    assert _in("pl", "the organisation's name is empty") in problems.values()


def test_a_ukrainian_web_page_between_the_sites_menus(bg_reg):
    uk_reg = _translated_register(bg_reg, "uk", ["Молодь"])
    report = import_document(("npo.html", UK_HTML.encode()), "ngo", uk_reg, "uk", create_missing=True)
    assert report.ok and report.written, report.errors
    titles = [page.title for page in report.pages]
    assert titles == ["ГО «Світанок»", "ОСББ «Зелений двір»", "Благодійний фонд «Надія»"]
    forms = [NGOEntryPage.objects.get(pk=page.page_id).legal_form for page in report.pages]
    assert forms == ["public_organisation", "co_owners_association", "charitable_foundation"]
    assert NGOEntryPage.objects.get(pk=report.pages[0].page_id).registration_number == "41234567"
    assert report.proposed["categories"] == ["Соціальний захист"]


def test_a_table_copied_out_of_a_pdf_one_cell_per_line(bg_reg):
    report = import_document(("npo.txt", PDF_TEXT.encode()), "ngo", bg_reg, "bg", dry_run=True)
    assert report.ok, report.errors
    assert [(p.title, p.fields["seat_address"], p.fields["fields_of_activity"]) for p in report.pages] == [
        ("Сдружение „Бели брези“", True, 1), ("Народно читалище „Светлина 1921“", True, 1)]


def test_a_numbered_list_of_names_and_villages_only(bg_reg):
    lines = ["1. Народно читалище „Просвета – 1905“ – с. Горно поле", "2. Сдружение „Ловно дружество Сокол“, с. Долно поле",
             "Списъкът се актуализира ежегодно."]
    report = import_document(("npo.docx", _docx(lines=lines)), "ngo", bg_reg, "bg")
    assert report.ok and report.written, report.errors
    pages = [NGOEntryPage.objects.get(pk=p.page_id) for p in report.pages]
    assert [(p.title, p.seat_address, p.legal_form) for p in pages] == [
        ("Народно читалище „Просвета – 1905“", "с. Горно поле", "community_centre"),
        ("Сдружение „Ловно дружество Сокол“", "с. Долно поле", "association")]
    assert all(p.fields_of_activity() == [] for p in pages)


def test_a_file_without_a_list_says_what_it_needs_in_the_operators_language(bg_reg):
    report = import_document(("npo.txt", "Общината подкрепя читалищата.\n".encode()), "ngo", bg_reg, "bg")
    assert not report.ok and "Наименование" in report.errors[0].message
    assert report.errors[0].message.startswith("не ")  # Bulgarian, not English
    assert json.dumps(report.as_json(), ensure_ascii=False)


def test_the_old_csv_still_imports_through_the_row_importer(bg_reg):
    csv = "name,legal_form,fields\nСдружение „Стар формат“,association,Култура\n".encode()
    report = import_document(("ngos.csv", csv), "ngo", bg_reg, "bg")
    assert report.ok and report.written and report.pages[0].title == "Сдружение „Стар формат“"
