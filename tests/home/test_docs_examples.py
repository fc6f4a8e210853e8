"""Every file in docs/examples imports into the demo with the command
docs/importing.md gives for it, and a broken copy imports nothing."""

import csv
import io
import json
import re
import shlex
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.models import Page

from tests.demo_mark import needs_demo
from tests.registry_pages.support import in_bg

pytestmark = [needs_demo, pytest.mark.django_db]

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "docs" / "examples"
DOCUMENTED = re.findall(r"^python manage\.py (import_registry docs/examples/\S+ .*)$", (REPO / "docs" / "importing.md").read_text(), re.M)
COMMANDS = {Path(shlex.split(line)[1]).name: shlex.split(line) for line in DOCUMENTED}
# One wrong value in the last row, as docs/importing.md lists under "Typical errors".
BREAKS = {"service": ("category", "Граждански"), "ngo": ("date_registered", "31.02.2020")}


def _rows(path: Path) -> list[dict]:
    if path.suffix == ".json":
        return json.loads(path.read_text(encoding="utf-8"))
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))


def _import(args, path, stderr=None):
    """Run the documented command (its file replaced by `path`); the new pages."""
    command, _file, *options = args
    before = set(Page.objects.values_list("pk", flat=True))
    call_command(command, str(path), *options, stdout=io.StringIO(), stderr=stderr or io.StringIO())
    return Page.objects.exclude(pk__in=before)


def test_every_example_has_a_documented_command():
    assert sorted(COMMANDS) == sorted(p.name for p in EXAMPLES.iterdir())


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_example_imports_into_the_demo_as_documented(name):
    args = COMMANDS[name]
    rows = _rows(EXAMPLES / name)
    created = _import(args, EXAMPLES / name)
    assert len(rows) == 2 and created.count() == 2  # "each creating two draft pages"
    assert sorted(created.values_list("title", flat=True)) == sorted(r.get("title") or r["name"] for r in rows)
    assert not created.filter(live=True).exists()
    parent_path = args[args.index("--parent") + 1]
    assert all(page.get_parent().url_path.endswith(parent_path) for page in created)


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_broken_example_imports_nothing(name, tmp_path):
    args = COMMANDS[name]
    field, value = BREAKS[args[args.index("--type") + 1]]
    rows = _rows(EXAMPLES / name)
    rows[-1][field] = value
    broken = tmp_path / name
    if broken.suffix == ".json":
        broken.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    else:
        with broken.open("w", encoding="utf-8", newline="") as out:
            writer = csv.DictWriter(out, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
    pages = Page.objects.count()
    errors = io.StringIO()
    with pytest.raises(CommandError):
        _import(args, broken, stderr=errors)
    assert Page.objects.count() == pages
    line = re.escape(in_bg("line %(line)d")).replace(re.escape("%(line)d"), r"\d+")
    assert re.fullmatch(rf"{line}: {field}: .+\n", errors.getvalue())  # one error, on the broken row
