"""Import files that used to crash the importers (issue 13): each is refused with a message naming
the line and field, and nothing is written."""

import io

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page

from tests.registry_pages.services.support import catalogue, category
from tests.registry_pages.support import in_bg as _bg

pytestmark = pytest.mark.django_db
HEADER = "title,summary,category,documents,no_documents_required,fees,processing_times,slug"



@pytest.fixture
def index(site_root):
    category("Местни данъци и такси")
    return catalogue(site_root, "t-bad-import")


def _refused(command, *args, **options) -> str:
    """Runs the command, expects it to refuse, checks no page was written; the text the editor sees."""
    before = Page.objects.count()
    err = io.StringIO()
    with pytest.raises(CommandError) as raised:
        call_command(command, *map(str, args), stdout=io.StringIO(), stderr=err, **options)
    assert Page.objects.count() == before, "a refused import wrote pages"
    return err.getvalue() + "\n" + str(raised.value)


def _service_csv(tmp_path, *rows):
    path = tmp_path / "rows.csv"
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return path


def test_a_fee_in_exponent_notation_is_refused_as_no_amount(index, tmp_path):
    path = _service_csv(tmp_path, "Справка,Кратко.,Местни данъци и такси,,yes,обикновена:1E999999999 BGN,,")
    text = _refused("import_registry", path, type_name="service", parent=index.pk, language="bg")
    assert _bg("line %(line)d") % {"line": 2} + ": fees: " + _bg("“%(value)s” is not a number (write e.g. 12.50)") % {"value": "1E999999999"} in text


def test_a_huge_fee_is_refused_as_too_large(index, tmp_path):
    path = _service_csv(tmp_path, f"Справка,Кратко.,Местни данъци и такси,,yes,обикновена:{'9' * 30} BGN,,")
    text = _refused("import_registry", path, type_name="service", parent=index.pk, language="bg")
    assert _bg("line %(line)d") % {"line": 2} + ": fees: " + _bg("“%(value)s” is too large; amounts are at most %(largest)s") % {
        "value": "9" * 30, "largest": "99999999.99"} in text


def test_a_processing_time_of_a_huge_number_of_days_is_refused(index, tmp_path):
    path = _service_csv(tmp_path, f"Справка,Кратко.,Местни данъци и такси,,yes,обикновена:0 BGN,обикновена:{'9' * 30} working,")
    text = _refused("import_registry", path, type_name="service", parent=index.pk, language="bg")
    assert _bg("line %(line)d") % {"line": 2} + ": processing_times: " in text and _bg("“%(value)s” is too large; at most %(maximum)s") % {
        "value": "9" * 30, "maximum": 100000} in text


def test_a_slug_holding_a_path_is_refused_naming_the_line_and_field(index, tmp_path):
    path = _service_csv(tmp_path, "Справка,Кратко.,Местни данъци и такси,,yes,обикновена:0 BGN,,../../etc")
    text = _refused("import_registry", path, type_name="service", parent=index.pk, language="bg")
    assert _bg("line %(line)d") % {"line": 2} + ": slug: " in text


def test_a_json_file_nested_100000_deep_is_refused_naming_the_line(index, tmp_path):
    path = tmp_path / "deep.json"
    path.write_text("[\n" + "[" * 100_000 + "]" * 100_000 + "\n]", encoding="utf-8")
    text = _refused("import_registry", path, type_name="service", parent=index.pk, language="bg")
    assert _bg("line %(line)d") % {"line": 2} + ": " + _bg("invalid JSON: lists or objects are nested too deeply") in text


def test_a_junk_docx_plan_is_refused_with_a_clear_message(tmp_path, site_root):
    path = tmp_path / "plan.docx"
    path.write_bytes(b"this is not a Word document\x00\xff")
    text = _refused("import_action_plan", path, "--parent", site_root.pk, "--year", 2026)
    assert _bg("“%(name)s” is not a Word document (.docx) that can be read: %(error)s") % {
        "name": "plan.docx", "error": "PackageNotFoundError"} in text


def test_an_undecodable_txt_plan_names_the_line(tmp_path, site_root):
    path = tmp_path / "plan.txt"
    path.write_bytes("План\n1. Тема\n".encode("cp1251") + b"1.1. \x98\n")
    text = _refused("import_action_plan", path, "--parent", site_root.pk, "--year", 2026)
    assert "line 3: " + _bg(
        "the file is neither UTF-8 nor Windows-1251 text (byte 0x%(byte)02x cannot be read); save it as UTF-8 and try again"
    ) % {"byte": 0x98} in text
