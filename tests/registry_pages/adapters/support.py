"""What a failing adapter contract says: the adapter module to update and the installed version."""

import hashlib
import inspect
from importlib.metadata import version
from pathlib import Path

import pytest


class Contract:
    def __init__(self, adapter: str, *distributions: str):
        self.adapter = adapter
        self.distributions = distributions

    def versions(self) -> str:
        return ", ".join(f"{name} {version(name)}" for name in self.distributions)

    def broken(self, what: str):
        pytest.fail(f"{what} — with {self.versions()}: update {self.adapter}", pytrace=False)

    def check(self, condition, what: str):
        if not condition:
            self.broken(what)

    def attribute(self, owner, name: str):
        if not hasattr(owner, name):
            self.broken(f"{getattr(owner, '__qualname__', owner)} has no `{name}` any more")
        return getattr(owner, name)

    def accepts(self, function, *args, what: str, **kwargs):
        """`function`'s signature still accepts these arguments (placeholders will do)."""
        try:
            inspect.signature(function).bind(*args, **kwargs)
        except TypeError as error:
            self.broken(f"{what}: {inspect.signature(function)} no longer accepts what we pass ({error})")

    def same_parameters(self, upstream, ours, what: str):
        """An override keeps the parameters (names, kinds, defaults) of the method it replaces."""
        theirs, mine = inspect.signature(upstream).parameters, inspect.signature(ours).parameters
        describe = lambda params: [(p.name, p.kind, p.default) for p in params.values()]
        self.check(describe(theirs) == describe(mine), f"{what}: upstream is now {inspect.signature(upstream)}")

    def unchanged(self, function, digest: str, mirrored_by: str):
        """The upstream code we mirror has not changed (its source's digest)."""
        actual = hashlib.sha256(inspect.getsource(function).encode()).hexdigest()[:16]
        self.check(
            actual == digest,
            f"{function.__module__}.{function.__qualname__} changed (digest {actual}, was {digest}); "
            f"{mirrored_by} mirrors it: compare, update, then record the new digest in the test",
        )


REPO = Path(__file__).resolve().parents[3]
CODE_FOLDERS = ("registry_pages", "cms", "home")


def used_outside(adapter: str, names) -> list[str]:
    """Modules of the add-on and the project, other than `adapter`, that name any of `names`."""
    adapter_path = REPO / adapter
    return [
        f"{path.relative_to(REPO)}: {name}"
        for folder in CODE_FOLDERS
        for path in sorted((REPO / folder).rglob("*.py"))
        if path != adapter_path
        for name in names
        if name in path.read_text(encoding="utf-8")
    ]
