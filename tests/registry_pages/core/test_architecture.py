"""The add-on's shape holds: no import cycles, no imports of the project, models below the pages' builders."""

import ast

import pytest

from registry_pages.apps import PAGE_VIEW_MODULES
from tests.import_graph import ROOT, cycles, graph, imported_names, modules

FEATURES = ("services", "ethics", "action_plans", "ngos", "receptions", "feedback", "workflow", "opendata")


@pytest.mark.parametrize("package", ["registry_pages", "search", "portal_demo", "home", "cms"])
def test_no_import_cycle(package):
    assert cycles(graph(package)) == []


def test_the_cycle_finder_finds_a_cycle():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_the_add_on_imports_nothing_of_the_project():
    project = ("cms", "home", "search", "portal_demo", "bench", "tests")
    offenders = {
        name: sorted(i for i in imported_names(name, path) if i.split(".")[0] in project)
        for name, path in modules("registry_pages").items()
    }
    assert {name: found for name, found in offenders.items() if found} == {}


def test_core_imports_no_feature():
    """Core may use the adapters (third-party private APIs), never a feature or the models' index."""
    edges = graph("registry_pages")
    for name, targets in edges.items():
        if name.startswith("registry_pages.core"):
            features = {t for t in targets if not t.startswith(("registry_pages.core", "registry_pages.adapters"))}
            assert features == set(), f"{name} imports {sorted(features)}"


def test_models_never_import_the_modules_that_build_their_pages():
    edges = graph("registry_pages")
    model_modules = [n for n in edges if n.endswith((".models", ".items")) and n != "registry_pages.models"]
    assert len(model_modules) >= len(FEATURES)
    builders = set(PAGE_VIEW_MODULES)
    for name in model_modules:
        assert not edges[name] & builders, f"{name} imports {sorted(edges[name] & builders)}"


def test_no_star_imports_and_no_empty_modules():
    for name, path in modules("registry_pages").items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        stars = [n.lineno for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and any(a.name == "*" for a in n.names)]
        assert stars == [], f"{path.relative_to(ROOT)}: star import at lines {stars}"
        if path.name != "__init__.py":
            assert tree.body, f"{path.relative_to(ROOT)} is empty"
        else:
            assert tree.body and isinstance(tree.body[0], ast.Expr), f"{path.relative_to(ROOT)}: say what the package holds"


def test_every_feature_package_exists_with_its_models():
    for feature in FEATURES:
        assert (ROOT / "registry_pages" / feature / "__init__.py").exists(), feature


def test_adapters_import_nothing_of_the_add_on():
    """An adapter wraps one library; what the add-on does with it lives elsewhere."""
    for name, targets in graph("registry_pages").items():
        if name.startswith("registry_pages.adapters"):
            assert targets == set(), f"{name} imports {sorted(targets)}"
