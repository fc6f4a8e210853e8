"""What an import found, in the shape `--report json` prints and the admin preview shows.

The JSON is a contract (issue 15) that scripts and the admin screen rely on:

    {"pages": [{"title", "type", "fields": {name: count_or_bool}, "warnings": [...]}],
     "themes": int, "items": int, "owners": [...],
     "deadlines": {"recognised": int, "unrecognised": [...]},
     "proposed": {"categories": [...], "departments": [...], "positions": [...]},
     "errors": [{"where", "message"}]}

Keys that do not apply stay empty. `preview` rows and `page_id` are for the
admin screen and are not printed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

PROPOSED_KINDS = ("categories", "departments", "positions")


@dataclass
class ImportProblem:
    where: str
    message: str

    def __str__(self):
        return f"{self.where}: {self.message}" if self.where else str(self.message)


@dataclass
class PageReport:
    title: str
    type: str
    fields: dict = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    preview: list[dict] = field(default_factory=list)
    page_id: int | None = None


@dataclass
class ImportReport:
    pages: list[PageReport] = field(default_factory=list)
    themes: int = 0
    items: int = 0
    owners: list[str] = field(default_factory=list)
    deadlines_recognised: int = 0
    deadlines_unrecognised: list[str] = field(default_factory=list)
    proposed: dict = field(default_factory=lambda: {kind: [] for kind in PROPOSED_KINDS})
    errors: list[ImportProblem] = field(default_factory=list)
    written: bool = False

    @property
    def ok(self) -> bool:
        return not self.errors

    def error(self, where, message) -> None:
        self.errors.append(ImportProblem(str(where or ""), str(message)))

    def propose(self, kind: str, name: str) -> None:
        """An unknown category, department or position the file names (once each, as first written)."""
        if kind not in PROPOSED_KINDS:
            raise ValueError(kind)
        name = str(name).strip()
        if name and name.casefold() not in {known.casefold() for known in self.proposed[kind]}:
            self.proposed[kind].append(name)

    def add_page(self, title, type_name, fields=None, warnings=None, preview=None) -> PageReport:
        page = PageReport(str(title), type_name, dict(fields or {}), [str(w) for w in warnings or []], list(preview or []))
        self.pages.append(page)
        return page

    def as_json(self) -> dict:
        return {
            "pages": [
                {"title": page.title, "type": page.type, "fields": page.fields, "warnings": [str(w) for w in page.warnings]}
                for page in self.pages
            ],
            "themes": self.themes,
            "items": self.items,
            "owners": list(self.owners),
            "deadlines": {"recognised": self.deadlines_recognised, "unrecognised": list(self.deadlines_unrecognised)},
            "proposed": {kind: list(self.proposed.get(kind, [])) for kind in PROPOSED_KINDS},
            "errors": [{"where": problem.where, "message": str(problem.message)} for problem in self.errors],
        }
