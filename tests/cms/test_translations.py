"""Our catalogues: every string of the code translated into bg, pl and uk, compiled, consistent.

Each app keeps its own catalogue (`<app>/locale/<lang>/LC_MESSAGES/django.po`; the project's
is `cms/locale`, which is also `LOCALE_PATHS`). Django ignores empty and fuzzy entries, so
either would show English to citizens; a stale `.mo` would show yesterday's text.
"""

import ast
import re
from pathlib import Path

import polib
import pytest
from django.utils import translation
from django.utils.translation import gettext, ngettext

REPO = Path(__file__).resolve().parents[2]
APPS = ("registry_pages", "home", "search", "cms", "portal_demo")
LANGUAGES = ("bg", "pl", "uk")
CATALOGUES = [(app, language) for app in APPS for language in LANGUAGES]
NPLURALS = {"bg": 2, "pl": 3, "uk": 3}
# Named and positional printf placeholders, and str.format fields.
PLACEHOLDER = re.compile(r"%\(\w+\)[-#0 +]*\d*(?:\.\d+)?[a-zA-Z]|%[-#0 +]*\d*(?:\.\d+)?[sdifx]|\{\w*\}")
GETTEXT_FUNCTIONS = {"_", "gettext", "gettext_lazy", "ngettext", "ngettext_lazy", "pgettext", "pgettext_lazy"}
TEMPLATE_TRANSLATE = re.compile(r"""{%\s*(?:translate|trans)\s+(["'])(.*?)\1""")


def _po_path(app, language):
    return REPO / app / "locale" / language / "LC_MESSAGES" / "django.po"


def _po(app, language):
    return polib.pofile(str(_po_path(app, language)))


def _live(po):
    return [entry for entry in po if not entry.obsolete and entry.msgid]


def _placeholders(text):
    return sorted(PLACEHOLDER.findall(text.replace("%%", "")))


def _catalogue(entries):
    return {
        (entry.msgctxt, entry.msgid): (entry.msgstr, tuple(sorted(entry.msgstr_plural.items())))
        for entry in entries
        if entry.msgid
    }


@pytest.mark.parametrize(("app", "language"), CATALOGUES)
def test_no_empty_or_fuzzy_entries(app, language):
    po = _po(app, language)
    assert _live(po), f"{app}/{language} has no entries"
    fuzzy = [entry.msgid for entry in _live(po) if "fuzzy" in entry.flags]
    empty = [entry.msgid for entry in _live(po) if not entry.translated() and "fuzzy" not in entry.flags]
    assert not fuzzy, f"{app}/{language}: fuzzy entries (Django ignores them): {fuzzy}"
    assert not empty, f"{app}/{language}: untranslated entries: {empty}"


@pytest.mark.parametrize(("app", "language"), CATALOGUES)
def test_plural_forms_header_and_every_form_filled(app, language):
    po = _po(app, language)
    header = po.metadata["Plural-Forms"]
    assert header.startswith(f"nplurals={NPLURALS[language]};"), header
    for entry in _live(po):
        if entry.msgid_plural:
            assert sorted(entry.msgstr_plural) == list(range(NPLURALS[language])), entry.msgid
            assert all(entry.msgstr_plural.values()), entry.msgid


@pytest.mark.parametrize(("app", "language"), CATALOGUES)
def test_placeholders_survive_translation(app, language):
    wrong = []
    for entry in _live(_po(app, language)):
        expected = _placeholders(entry.msgid)
        if entry.msgid_plural:
            plural = _placeholders(entry.msgid_plural)
            # A form may use the singular's or the plural's placeholders (they normally agree).
            wrong += [(entry.msgid, text) for text in entry.msgstr_plural.values() if _placeholders(text) not in (expected, plural)]
        elif _placeholders(entry.msgstr) != expected:
            wrong.append((entry.msgid, entry.msgstr))
    assert not wrong, f"{app}/{language}: placeholders differ: {wrong}"


@pytest.mark.parametrize(("app", "language"), CATALOGUES)
def test_mo_is_compiled_from_the_current_po(app, language, tmp_path):
    po_path = _po_path(app, language)
    mo_path = po_path.with_suffix(".mo")
    assert mo_path.exists(), f"run compilemessages in {app}/"
    fresh = tmp_path / "fresh.mo"
    polib.pofile(str(po_path)).save_as_mofile(str(fresh))
    compiled, expected = polib.mofile(str(mo_path)), polib.mofile(str(fresh))
    assert _catalogue(compiled) == _catalogue(expected), f"{app}/{language}: .mo is stale, run compilemessages"
    assert compiled.metadata.get("Plural-Forms") == expected.metadata.get("Plural-Forms")


def _code_msgids(app):
    """(msgid, file) for every literal gettext call in the app's Python and `{% translate %}` in its templates."""
    root = REPO / app
    for path in sorted(root.rglob("*.py")):
        if "migrations" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if name not in GETTEXT_FUNCTIONS:
                continue
            position = 1 if name.startswith("pgettext") else 0
            if len(node.args) > position and isinstance(node.args[position], ast.Constant):
                yield node.args[position].value, path.relative_to(REPO)
    for path in sorted(root.rglob("templates/**/*")):
        if path.suffix in {".html", ".txt"}:
            for match in TEMPLATE_TRANSLATE.finditer(path.read_text(encoding="utf-8")):
                yield match.group(2), path.relative_to(REPO)


@pytest.mark.parametrize("app", APPS)
def test_every_string_of_the_code_is_in_its_apps_catalogue(app):
    msgids = {entry.msgid for entry in _live(_po(app, "bg"))}
    missing = sorted({(msgid, str(path)) for msgid, path in _code_msgids(app) if msgid not in msgids})
    assert not missing, f"run makemessages in {app}/ and translate: {missing}"


@pytest.mark.parametrize(
    ("language", "forms"),
    [
        ("bg", {1: "1 работен ден", 2: "2 работни дни", 5: "5 работни дни", 21: "21 работни дни"}),
        ("pl", {1: "1 dzień roboczy", 3: "3 dni robocze", 5: "5 dni roboczych", 12: "12 dni roboczych",
                22: "22 dni robocze", 25: "25 dni roboczych"}),
        ("uk", {1: "1 робочий день", 3: "3 робочі дні", 5: "5 робочих днів", 11: "11 робочих днів",
                21: "21 робочий день", 24: "24 робочі дні"}),
    ],
)
def test_plural_forms_follow_each_languages_grammar(language, forms):
    with translation.override(language):
        for days, expected in forms.items():
            assert ngettext("%(days)s working day", "%(days)s working days", days) % {"days": days} == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [("bg", "Срок за изпълнение"), ("pl", "Termin załatwienia"), ("uk", "Термін надання"), ("en", "Processing time")],
)
def test_terms_use_municipal_vocabulary(language, expected):
    with translation.override(language):
        assert gettext("Processing time") == expected


def _import_time_interpolations(path):
    """Lines where a translated string is %-formatted or .format()ted while the module loads
    (module and class bodies): the result is frozen in the language active at import."""

    def translated(node):
        return isinstance(node, ast.Call) and (getattr(node.func, "id", None) or getattr(node.func, "attr", None)) in GETTEXT_FUNCTIONS

    def visit(body):
        for statement in body:
            if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            if isinstance(statement, ast.ClassDef):
                yield from visit(statement.body)
                continue
            stack = [statement]
            while stack:
                node = stack.pop()
                if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
                    continue
                if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod) and translated(node.left):
                    yield node.lineno
                if isinstance(node, ast.Call) and getattr(node.func, "attr", None) == "format" and translated(node.func.value):
                    yield node.lineno
                stack.extend(ast.iter_child_nodes(node))

    yield from visit(ast.parse(path.read_text(encoding="utf-8")).body)


@pytest.mark.parametrize("app", APPS)
def test_no_translated_string_is_interpolated_at_import_time(app):
    found = [
        f"{path.relative_to(REPO)}:{line}"
        for path in sorted((REPO / app).rglob("*.py"))
        if "migrations" not in path.parts
        for line in _import_time_interpolations(path)
    ]
    assert found == [], f"interpolate when shown (django.utils.functional.lazy), not at import: {found}"


def test_the_import_time_check_finds_a_frozen_string(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text('from django.utils.translation import gettext_lazy as _\n\nclass F:\n    x = _("%(n)s left") % {"n": 1}\n')
    assert list(_import_time_interpolations(sample)) == [4]
