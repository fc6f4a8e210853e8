"""`import_document` and the commands' `--report json`: the issue-15 contract, dry runs, messages in the operator's language, all or nothing."""

import json

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page

from registry_pages.importing import pipeline
from registry_pages.importing.pipeline import DocumentImporter, import_document
from registry_pages.importing.report import ImportReport
from registry_pages.models import ServiceCardPage
from tests.registry_pages.services.support import catalogue, category
from tests.registry_pages.support import CommandOutput
from tests.registry_pages.support import in_bg as _bg

CSV = "title,summary,category,no_documents_required,fees\n" \
      "Удостоверение за наследници,Издава се за 7 дни.,Гражданско състояние,yes,ordinary:5.00 BGN\n" \
      "Скица на имот,Издава се за 14 дни.,Гражданско състояние,yes,ordinary:20 BGN\n"


@pytest.fixture
def index(site_root):
    category("Гражданско състояние")
    return catalogue(site_root, "t-pipeline")


def _json(path, index, *extra):
    out = CommandOutput()
    call_command("import_registry", str(path), "--type", "service", "--parent", str(index.pk), "--language", "bg",
                 "--report", "json", *extra, stdout=out, stderr=CommandOutput())
    return json.loads(out.text)


def test_dry_run_report_json_has_the_contracts_keys_and_writes_nothing(tmp_path, index):
    path = tmp_path / "services.csv"
    path.write_text(CSV, encoding="utf-8")
    report = _json(path, index, "--dry-run")
    assert set(report) == {"pages", "themes", "items", "owners", "deadlines", "proposed", "errors"}
    assert [page["title"] for page in report["pages"]] == ["Удостоверение за наследници", "Скица на имот"]
    assert report["pages"][0]["type"] == "service"
    assert report["deadlines"] == {"recognised": 0, "unrecognised": []}
    assert report["proposed"] == {"categories": [], "departments": [], "positions": []}
    assert report["errors"] == []
    assert not Page.objects.child_of(index).exists()

    assert _json(path, index) == report  # the same report when it writes
    assert Page.objects.child_of(index).type(ServiceCardPage).filter(live=False).count() == 2


def test_errors_name_their_line_in_the_operators_language_and_fail_the_command(tmp_path, index):
    path = tmp_path / "services.csv"
    path.write_text(CSV.replace("5.00 BGN", "abc BGN"), encoding="utf-8")
    out = CommandOutput()
    with pytest.raises(CommandError):
        call_command("import_registry", str(path), "--type", "service", "--parent", str(index.pk), "--language", "bg",
                     "--report", "json", stdout=out, stderr=CommandOutput())
    errors = json.loads(out.text)["errors"]
    assert errors == [{"where": _bg("line %(line)d") % {"line": 2},
                       "message": "fees: " + _bg("“%(value)s” is not a number (write e.g. 12.50)") % {"value": "abc"}}]
    assert not Page.objects.child_of(index).exists()


def test_unknown_type_language_and_parent_are_reported_not_raised(tmp_path, index):
    path = tmp_path / "services.csv"
    path.write_text(CSV, encoding="utf-8")
    assert "poster" in str(import_document(path, "poster", str(index.pk), "bg").errors[0])
    assert import_document(path, "service", str(index.pk), "xx").errors
    assert import_document(path, "service", "/no-such-page/", "bg").errors


class _Crashing(DocumentImporter):
    type_name, page_model = "crash", ServiceCardPage

    def read(self, document):
        self.report.add_page("Една", "crash")

    def write(self, user=None):
        self.parent.add_child(instance=Page(title="Една", slug="edna"))
        raise RuntimeError("an importer's defect after its first page")


def test_an_importer_that_fails_while_writing_leaves_nothing_and_says_so(tmp_path, index, monkeypatch):
    monkeypatch.setitem(pipeline.DOCUMENT_IMPORTERS, "crash", f"{__name__}._Crashing")
    path = tmp_path / "card.txt"
    path.write_text("Една услуга\n", encoding="utf-8")
    before = Page.objects.count()
    report = import_document(path, "crash", str(index.pk), "bg")
    assert Page.objects.count() == before and not report.written
    assert report.errors[0].message == _bg("The file could not be imported because of an error in the portal; "
                                           "nothing was written. The administrators have been told.")


def test_proposed_names_are_listed_once_as_first_written():
    report = ImportReport()
    for name in ("Отдел „Култура“", "отдел „култура“", " Отдел „Култура“ ", "Кметство Изток"):
        report.propose("departments", name)
    assert report.as_json()["proposed"]["departments"] == ["Отдел „Култура“", "Кметство Изток"]
