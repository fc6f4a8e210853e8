"""`manage.py import_registry --type ngo`: all rows as drafts, or nothing with every error named."""

import json

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page

from registry_pages.models import NGOEntryPage
from tests.registry_pages.ngos.support import activity_field, register
from tests.registry_pages.support import EXAMPLES, CommandOutput
from tests.registry_pages.support import in_bg as _bg

pytestmark = pytest.mark.django_db
HEADER = "name,legal_form,email,fields,activities,date_registered,consent"


@pytest.fixture
def reg(site_root):
    for name in ("Околна среда", "Спорт и туризъм", "Социални дейности", "Социални грижи"):
        activity_field(name)
    return register(site_root, slug="t-import-npo")


def _run(path, reg):
    out = CommandOutput()
    call_command("import_registry", str(path), type_name="ngo", parent=str(reg.pk), language="bg", stdout=out,
                 stderr=CommandOutput())
    return out.text


def _fail(path, reg) -> str:
    before = (Page.objects.count(), NGOEntryPage.objects.count())
    err = CommandOutput()
    with pytest.raises(CommandError) as raised:
        call_command("import_registry", str(path), type_name="ngo", parent=str(reg.pk), language="bg",
                     stdout=CommandOutput(), stderr=err)
    assert (Page.objects.count(), NGOEntryPage.objects.count()) == before, "a refused import wrote pages"
    return err.text + "\n" + str(raised.value)


def _csv(tmp_path, *rows, name="ngos.csv"):
    path = tmp_path / name
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("example", ["ngos.csv", "ngos.json"])
def test_example_files_import_as_drafts(reg, example):
    out = _run(EXAMPLES / example, reg)
    entries = list(NGOEntryPage.objects.child_of(reg).order_by("path"))
    assert len(entries) == 2 and "2" in out
    friends, warm = entries
    for page in entries:
        assert not page.live and page.revisions.count() == 1 and page.slug.isascii()
        assert page.locale.language_code == "bg"
    assert friends.slug == "sdruzhenie-priyateli-na-beliya-kamak"
    assert friends.publish_contact_consent and not warm.publish_contact_consent
    assert warm.legal_form == "foundation"  # "Фондация", the label in the file's language
    assert [f.name for f in friends.fields_of_activity()] == ["Околна среда", "Спорт и туризъм"]
    camp = friends.activities.all()[1]
    assert (camp.title, camp.description, camp.address) == ("Еко лагер", "Лятен лагер за деца", "хижа „Белия камък“")
    assert friends.statutory_goals == "<p>Опазване на местността Белия камък.</p><p>Поддържане на туристическите пътеки.</p>"
    assert str(friends.date_last_confirmed) == "2026-01-10" and friends.registration_number == "BG000111222"
    assert not NGOEntryPage.objects.child_of(reg).live().exists()


def test_an_export_imports_again(client, reg, tmp_path):
    _run(EXAMPLES / "ngos.csv", reg)
    for page in NGOEntryPage.objects.child_of(reg):
        page.save_revision().publish()
    exported = client.get(reg.url + "export.csv").content
    target = register(reg.get_parent(), slug="t-import-again")
    path = tmp_path / "export.csv"
    path.write_bytes(exported)
    _run(path, target)
    again = NGOEntryPage.objects.child_of(target).order_by("path")
    assert [p.title for p in again] == [p.title for p in NGOEntryPage.objects.child_of(reg).order_by("title")]
    warm = again.get(registration_number="BG000333444")
    assert warm.head_name == "" and warm.phone == ""  # withheld data is not in the export, so not re-imported



GOOD = 'Сдружение „Добро“,association,dobro@example.org,Социални дейности,"Кухня — Топъл обяд",2020-01-02,no'


def test_bad_date_is_refused_with_its_line(reg, tmp_path):
    errors = _fail(_csv(tmp_path, GOOD, "Сдружение „Две“,association,,Социални дейности,,31.02.2020,no"), reg)
    assert _bg("line %(line)d") % {"line": 3} + ": date_registered:" in errors and "31.02.2020" in errors


def test_unknown_activity_field_is_refused(reg, tmp_path):
    errors = _fail(_csv(tmp_path, GOOD, GOOD.replace("Социални дейности", "Социални|Спорт и туризъм")), reg)
    assert _bg("line %(line)d") % {"line": 3} + ": fields:" in errors and "„Социални“" in errors and _bg("line %(line)d") % {"line": 2} not in errors


def test_missing_name_is_refused(reg, tmp_path):
    errors = _fail(_csv(tmp_path, GOOD, "," + GOOD.split(",", 1)[1]), reg)
    assert _bg("line %(line)d") % {"line": 3} + ": name: " + _bg("this field is required") in errors


def test_bad_email_is_refused(reg, tmp_path):
    errors = _fail(_csv(tmp_path, GOOD.replace("dobro@example.org", "dobro-at-example")), reg)
    assert _bg("line %(line)d") % {"line": 2} + ": email:" in errors


def test_wrong_encoding_is_refused(reg, tmp_path):
    path = tmp_path / "cp1251.csv"
    path.write_bytes(("\n".join([HEADER, GOOD]) + "\n").encode("cp1251"))
    errors = _fail(path, reg)
    assert "UTF-8" in errors and _bg("line %(line)d") % {"line": 2} in errors


def test_bad_legal_form_is_refused_and_missing_fields_are_not(reg, tmp_path):
    errors = _fail(_csv(tmp_path, GOOD.replace(",association,", ",cooperative,"), GOOD.replace("Социални дейности", "")), reg)
    assert _bg("line %(line)d") % {"line": 2} + ": legal_form:" in errors and _bg("line %(line)d") % {"line": 3} not in errors


def test_an_entry_without_fields_and_a_national_legal_form_imports_unclassified(reg, tmp_path):
    _run(_csv(tmp_path, GOOD.replace(",association,", ",Народно читалище,").replace("Социални дейности", "")), reg)
    page = NGOEntryPage.objects.child_of(reg).get()
    assert page.legal_form == "community_centre" and page.fields_of_activity() == []


def test_every_bad_row_of_a_json_file_is_named(reg, tmp_path):
    rows = [
        {"name": "Добро", "fields": ["Социални дейности"], "date_registered": "2020-01-02"},
        {"name": "Лошо", "fields": ["Социални дейности"], "date_registered": "вчера", "website": "не е адрес"},
        {"fields": ["Социални дейности"]},
    ]
    path = tmp_path / "ngos.json"
    path.write_text("[\n" + ",\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n]\n", encoding="utf-8")
    errors = _fail(path, reg)
    assert _bg("line %(line)d") % {"line": 3} + ": date_registered:" in errors and _bg("line %(line)d") % {"line": 4} + ": name:" in errors


def test_entries_go_only_under_a_register(site_root, tmp_path):
    path = _csv(tmp_path, GOOD)
    activity_field("Социални дейности")
    before = NGOEntryPage.objects.count()
    with pytest.raises(CommandError):
        call_command("import_registry", str(path), type_name="ngo", parent=str(site_root.pk), language="bg",
                     stdout=CommandOutput(), stderr=CommandOutput())
    assert NGOEntryPage.objects.count() == before
