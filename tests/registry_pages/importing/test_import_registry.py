"""`manage.py import_registry`: all rows as drafts, or nothing with every error named."""

import json

import pytest
from django.core.management import CommandError, call_command
from django.utils import translation
from django.utils.translation import ngettext
from wagtail.models import Page

from registry_pages.core.slugs import slug_for
from registry_pages.importing.reader import read_rows
from registry_pages.models import ServiceCardPage
from tests.registry_pages.services.support import catalogue, category
from tests.registry_pages.support import EXAMPLES, CommandOutput
from tests.registry_pages.support import in_bg as _bg

HEADER = "title,summary,category,documents,no_documents_required,fees,processing_times"



@pytest.fixture
def index(site_root):
    category("Гражданско състояние")
    category("Гражданско състояние и адресна регистрация")  # the examples use the demo's name
    category("Местни данъци и такси")
    return catalogue(site_root, "t-import")


def _run(path, index, **options):
    out, err = CommandOutput(), CommandOutput()
    call_command(
        "import_registry", str(path), type_name=options.get("type_name", "service"),
        parent=options.get("parent", str(index.pk)), language="bg", stdout=out, stderr=err,
    )
    return out.text, err.text


def _fail(path, index, **options):
    before = Page.objects.count()
    err = CommandOutput()
    with pytest.raises(CommandError) as raised:
        call_command(
            "import_registry", str(path), type_name=options.get("type_name", "service"),
            parent=options.get("parent", str(index.pk)), language="bg", stdout=CommandOutput(), stderr=err,
        )
    assert Page.objects.count() == before, "a refused import wrote pages"
    with translation.override("bg"):
        nothing = ngettext(
            "Nothing was imported: %(count)d error. Fix the file and run the import again.",
            "Nothing was imported: %(count)d errors. Fix the file and run the import again.",
            1,
        )
    assert str(raised.value).startswith(nothing[:10])
    return err.text + "\n" + str(raised.value)


def _csv(tmp_path, *rows, name="rows.csv"):
    path = tmp_path / name
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return path


@pytest.mark.django_db
@pytest.mark.parametrize("example", ["services.csv", "services.json"])
def test_example_files_import_as_drafts(index, example):
    out, _err = _run(EXAMPLES / example, index)
    cards = ServiceCardPage.objects.child_of(index).order_by("path")
    assert cards.count() == 2 and "2" in out
    for card in cards:
        assert not card.live
        assert card.latest_revision is not None and card.revisions.count() == 1
        assert card.locale.language_code == "bg"
        assert card.slug.isascii() and card.category is not None
    first = cards.first()
    assert len(first.fees) == 2 and len(first.required_documents) == 2 and len(first.processing_times) == 2
    assert not ServiceCardPage.objects.child_of(index).live().exists()


@pytest.mark.django_db
def test_csv_cells_become_structured_rows(index, tmp_path):
    path = _csv(
        tmp_path,
        'Удостоверение за раждане,Кратко.,гражданско състояние,"Лична карта — оригинал|Заявление",no,'
        '"обикновена:5.00 BGN|експресна:12,50 EUR (същия ден)","обикновена:7 working|експресна:1 calendar"',
    )
    _run(path, index)
    card = ServiceCardPage.objects.child_of(index).get()
    assert card.slug == "udostoverenie-za-razhdane"
    assert [(b.value["variant"], str(b.value["amount"]), b.value["currency"], b.value["note"]) for b in card.fees] == [
        ("обикновена", "5.00", "BGN", ""), ("експресна", "12.50", "EUR", "същия ден")]
    assert [(b.value["name"], b.value["note"]) for b in card.required_documents] == [
        ("Лична карта", "оригинал"), ("Заявление", "")]
    assert [(b.value["days"], b.value["working_days"]) for b in card.processing_times] == [(7, True), (1, False)]


@pytest.mark.django_db
def test_slugs_are_unique_under_the_parent(index, tmp_path):
    row = "Справка,Кратко.,Местни данъци и такси,,yes,обикновена:0 BGN,"
    _run(_csv(tmp_path, row, row), index)
    _run(_csv(tmp_path, row, name="again.csv"), index)
    assert sorted(ServiceCardPage.objects.child_of(index).values_list("slug", flat=True)) == [
        "spravka", "spravka-2", "spravka-3"]


@pytest.mark.django_db
def test_bad_numbers_are_refused_with_line_numbers(index, tmp_path):
    path = _csv(
        tmp_path,
        "Първа,Кратко.,Местни данъци и такси,,yes,обикновена:5.00 BGN,",
        "Втора,Кратко.,Местни данъци и такси,,yes,обикновена:abc BGN,",
        "Трета,Кратко.,Местни данъци и такси,,yes,обикновена:-3 BGN,",
        "Четвърта,Кратко.,Местни данъци и такси,,yes,обикновена:3 USD,",
    )
    text = _fail(path, index)
    assert _bg("line %(line)d") % {"line": 3} + ": fees: " + _bg("“%(value)s” is not a number (write e.g. 12.50)") % {"value": "abc"} in text
    assert _bg("line %(line)d") % {"line": 4} + ": fees: " + _bg("%(value)s is negative; amounts must be 0 or more") % {"value": "-3"} in text
    assert _bg("line %(line)d") % {"line": 5} + ": fees: " + _bg("“%(currency)s” is not a known currency; use one of %(codes)s") % {
        "currency": "USD", "codes": "BGN, EUR, PLN, UAH"} in text
    assert _bg("line %(line)d") % {"line": 2} + ":" not in text


@pytest.mark.django_db
def test_unknown_category_and_missing_title(index, tmp_path):
    path = _csv(
        tmp_path,
        "Първа,Кратко.,Няма такава категория,,yes,,",
        ",Кратко.,Местни данъци и такси,,yes,,",
    )
    text = _fail(path, index)
    assert _bg("line %(line)d") % {"line": 2} + ": category: " + _bg("unknown %(kind)s “%(name)s” in language %(language)s") % {
        "kind": _bg("service category"), "name": "Няма такава категория", "language": "bg"} in text
    assert _bg("line %(line)d") % {"line": 3} + ": title: " + _bg("this field is required") in text


@pytest.mark.django_db
def test_documents_must_be_listed_or_declared_absent(index, tmp_path):
    text = _fail(_csv(tmp_path, "Първа,Кратко.,Местни данъци и такси,,no,,"), index)
    assert _bg("line %(line)d") % {"line": 2} + ": no_documents_required: " + _bg(
        "List the documents the citizen needs, or tick “no documents required” so the page says so.") in text


@pytest.mark.django_db
def test_json_errors_name_the_objects_line(index, tmp_path):
    rows = [
        {"title": "Добра", "summary": "Кратко.", "category": "Местни данъци и такси", "no_documents_required": True},
        {"title": "Лоша", "summary": "Кратко.", "category": "Местни данъци и такси", "no_documents_required": True,
         "fees": [{"variant": "обикновена", "amount": "-1", "currency": "BGN"}]},
    ]
    path = tmp_path / "rows.json"
    path.write_text(json.dumps(rows, ensure_ascii=False, indent=2), encoding="utf-8")
    assert [line for line, _row in read_rows(path)] == [2, 8]
    assert _bg("line %(line)d") % {"line": 8} + ": fees: -1 " in _fail(path, index)


@pytest.mark.django_db
def test_wrong_encoding_names_the_line(index, tmp_path):
    path = tmp_path / "cp1251.csv"
    path.write_bytes((HEADER + "\nСправка,Кратко.,Местни данъци и такси,,yes,,\n").encode("cp1251"))
    text = _fail(path, index)
    message = _bg("the file is not UTF-8 text (byte 0x%(byte)02x cannot be read); save it as UTF-8 and try again")
    assert _bg("line %(line)d") % {"line": 2} + ": " + message % {"byte": 0xD1} in text
    assert "0xd1" in text  # "С" in cp1251, the first byte that is not UTF-8; the ASCII header is line 1


@pytest.mark.django_db
def test_unknown_type_and_wrong_parent(index, site_root, tmp_path):
    path = _csv(tmp_path, "Справка,Кратко.,Местни данъци и такси,,yes,,")
    # The message names what was refused, quoted the way the site's language quotes („…“ in bg).
    assert "„book“" in _fail(path, index, type_name="book")
    text = _fail(path, index, parent=str(site_root.pk))
    assert f"„{site_root.title}“" in text
    assert "„/no/such/page/“" in _fail(path, index, parent="/no/such/page/")


@pytest.mark.django_db
def test_parent_by_url_path(index, tmp_path):
    _run(_csv(tmp_path, "Справка,Кратко.,Местни данъци и такси,,yes,,"), index, parent=index.url_path)
    assert ServiceCardPage.objects.child_of(index).count() == 1


def test_slug_transliterates_cyrillic_and_polish():
    assert slug_for("Удостоверение за наследници", "bg") == "udostoverenie-za-naslednitsi"
    assert slug_for("Довідка про склад сім’ї", "uk") == "dovidka-pro-sklad-simji"
    assert slug_for("Zaświadczenie o zameldowaniu, Białorzecze", "pl") == "zaswiadczenie-o-zameldowaniu-bialorzecze"
