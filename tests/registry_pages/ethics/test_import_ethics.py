"""`import_registry --type ethics`: codes in bg (.txt), pl (saved .html page), uk (.docx) with their own numbering."""

import json
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.utils import translation
from django.utils.translation import gettext

from registry_pages.importing.pipeline import import_document
from registry_pages.models import EthicsCodePage
from tests.registry_pages.docx_builder import docx_bytes
from tests.registry_pages.ethics.test_ethics_code import make_index
from tests.registry_pages.support import CommandOutput, translate_ancestors

pytestmark = pytest.mark.django_db
DATA = Path(__file__).resolve().parents[2] / "data" / "importing" / "ethics"

UKRAINIAN = [
    ("Title", "Етичний кодекс посадових осіб місцевого самоврядування"),
    ("Normal", "Кодекс схвалено рішенням виконавчого комітету."),
    ("Heading 1", "Розділ I. Загальні положення"),
    ("Normal", "Стаття 1. Мета кодексу"),
    ("Normal", "1. Кодекс визначає правила поведінки посадових осіб."),
    ("Normal", "2. Дотримання кодексу є обов'язком кожної посадової особи."),
    ("Heading 1", "Розділ II. Принципи поведінки"),
    ("Normal", "Стаття 2. Принцип законності"),
    ("Normal", "1. Посадова особа діє лише в межах повноважень."),
    ("Normal", "Стаття 3. Принцип відкритості"),
    ("Normal", "1. Посадова особа надає інформацію громадянам."),
    ("Normal", "2. Посадова особа не розголошує:"),
    ("Normal", "1) персональні дані громадян;"),
    ("Normal", "2) службову інформацію."),
    ("Heading 1", "Розділ IV. Відповідальність"),
    ("Normal", "Стаття 4. Порушення кодексу розглядає комісія з питань етики."),
]


@pytest.fixture
def index(site_root):
    return make_index(site_root, slug="test-kodeksi-import")


def translated_index(index, locales, language):
    translate_ancestors(index, locales[language])
    copy = index.copy_for_translation(locales[language])
    copy.save_revision().publish()
    return copy


def sections_of(page):
    return page.numbered_sections()


def test_bulgarian_text_file_keeps_chl_numbering_on_four_levels(index):
    report = import_document(DATA / "kodeks_bg.txt", "ethics", index, "bg")
    assert report.ok, report.errors
    [page_report] = report.pages
    assert page_report.title == "Етичен кодекс на служителите в общинска администрация примерно"
    # 3 chapters, 5 articles (Чл. 1, 2, 3, 5, 6), 4 paragraphs ((1), (2) twice), 5 points (1.–3., а), б))
    assert page_report.fields == {"units": 17, "levels": 4}
    assert len(page_report.warnings) == 1 and "Чл. 3" in page_report.warnings[0] and "Чл. 5" in page_report.warnings[0]
    assert page_report.warnings[0].startswith("ред 15: ")  # places in the operator's language
    page = EthicsCodePage.objects.get(pk=page_report.page_id)
    assert not page.live and page.binds_employees and "утвърден със заповед" in page.preamble
    sections = sections_of(page)
    assert [(s.number, s.title) for s in sections] == [
        ("ГЛАВА ПЪРВА", "ОБЩИ ПОЛОЖЕНИЯ"), ("ГЛАВА ВТОРА", "ОТНОШЕНИЯ С ГРАЖДАНИТЕ"), ("ГЛАВА ТРЕТА", "ПРОЦЕДУРА ПРИ НАРУШЕНИЕ")]
    article_2 = sections[0].rules[1]
    assert (article_2.number, article_2.anchor) == ("Чл.2", "chl-2")
    assert [(p.number, p.anchor) for p in article_2.paragraphs] == [("(1)", "chl-2-1"), ("(2)", "chl-2-2")]
    assert [p.number for p in article_2.paragraphs[1].points] == ["1.", "2.", "3."]
    assert article_2.paragraphs[1].points[2].anchor == "chl-2-2-3"
    lettered = sections[1].rules[1].paragraphs[0].points
    assert [p.number for p in lettered] == ["а)", "б)"]


def test_polish_saved_page_without_its_menus_keeps_paragraf_ust_pkt(index, locales):
    parent = translated_index(index, locales, "pl")
    report = import_document(DATA / "kodeks_pl.html", "ethics", parent, "pl")
    assert report.ok, report.errors
    [page_report] = report.pages
    assert page_report.title == "Kodeks etyki pracowników Urzędu Gminy Przykładowo"
    assert page_report.fields == {"units": 15, "levels": 4}
    jumps = " ".join(page_report.warnings)
    assert "2) " in jumps and "4)" in jumps and "§ 3" in jumps and "§5" in jumps
    page = EthicsCodePage.objects.get(pk=page_report.page_id)
    text = json.dumps(list(page.sections.raw_data), ensure_ascii=False)
    assert "Aktualności" not in text and "Deklaracja" not in text  # the site's menu and footer are not the code
    sections = sections_of(page)
    assert [s.number for s in sections] == ["Rozdział I", "Rozdział II", "Rozdział III"]
    assert sections[1].anchor == "rozdzial-ii"
    paragraf_3 = sections[1].rules[0]
    assert (paragraf_3.number, paragraf_3.anchor) == ("§ 3", "par-3")
    assert [p.anchor for p in paragraf_3.paragraphs] == ["par-3-1", "par-3-2"]
    assert [p.number for p in paragraf_3.paragraphs[1].points] == ["1)", "2)", "4)"]
    assert sections[1].rules[1].number == "§5"


def test_ukrainian_word_file_with_roman_chapters_and_articles_with_titles(index, locales):
    parent = translated_index(index, locales, "uk")
    report = import_document(("kodeks.docx", docx_bytes(UKRAINIAN)), "ethics", parent, "uk")
    assert report.ok, report.errors
    [page_report] = report.pages
    assert page_report.fields == {"units": 14, "levels": 4}
    assert any("Розділ II" in w and "Розділ IV" in w for w in page_report.warnings)
    sections = sections_of(EthicsCodePage.objects.get(pk=page_report.page_id))
    assert [(s.number, s.title) for s in sections][0] == ("Розділ I", "Загальні положення")
    article = sections[1].rules[1]
    assert (article.number, article.title, article.anchor) == ("Стаття 3", "Принцип відкритості", "stattja-3")
    assert article.paragraphs[1].points[0].anchor == "stattja-3-2-1"


def test_dry_run_report_json_and_nothing_written(index):
    out = CommandOutput()
    call_command("import_registry", str(DATA / "kodeks_bg.txt"), "--type", "ethics", "--parent", str(index.pk),
                 "--language", "bg", "--dry-run", "--report", "json", stdout=out)
    payload = json.loads(out.text)
    assert payload["pages"][0]["type"] == "ethics"
    assert payload["pages"][0]["fields"] == {"units": 17, "levels": 4}
    assert payload["errors"] == [] and payload["items"] == 0 and payload["proposed"]["positions"] == []
    assert not EthicsCodePage.objects.child_of(index).exists()


@pytest.mark.parametrize(
    ("name", "data"),
    [("prazen.txt", b"   \n"), ("bez_nomera.txt", "Просто текст без номера.\nОще един ред.\n".encode()),
     ("nul.txt", b"\x00\x00\x00")],
)
def test_files_without_a_code_are_refused_in_the_operators_language(index, name, data):
    report = import_document((name, data), "ethics", index, "bg")
    assert not report.ok and not EthicsCodePage.objects.child_of(index).exists()
    with translation.override("bg"):
        expected = {gettext("the file is empty"), gettext("no text was found in the file")}
        no_units = gettext("no numbered units were found (chapters, articles such as “Чл. 1”, “§ 1”, “Стаття 1”, "
                           "or numbers such as “1.”, “1.1.”): is this an ethics code?")
    messages = {e.message for e in report.errors}
    assert messages & (expected | {no_units})
    if name == "bez_nomera.txt":
        assert no_units in messages and no_units.startswith("не са намерени")


def test_command_fails_and_writes_nothing_on_a_blocking_problem(index):
    with pytest.raises(CommandError):
        call_command("import_registry", str(DATA / "kodeks_bg.txt"), "--type", "ethics", "--parent", "/no-such-page/",
                     "--language", "bg", stdout=CommandOutput(), stderr=CommandOutput())
    assert not EthicsCodePage.objects.exists() or not EthicsCodePage.objects.child_of(index).exists()
