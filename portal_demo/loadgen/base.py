"""The common interface of the content generators, and what they share.

A generator module holds one `Generator` subclass per content family. It
names the models it needs (as "app_label.ModelName" strings, so a family
whose models are not on this branch is skipped with a note instead of
failing at import), the command-line counts it reads, and `generate`,
which returns counts of what it created.
"""

import random
import uuid
from dataclasses import dataclass, field

from django.apps import apps
from django.db import transaction
from wagtail.models import Locale, Page, Site

from portal_demo.loadgen.progress import NoProgress, Progress


class Generator:
    name = ""
    options: tuple[str, ...] = ()  # the counts it reads, e.g. ("services",)
    required_models: tuple[str, ...] = ()
    implemented = True

    def missing_models(self) -> list[str]:
        missing = []
        for label in self.required_models:
            try:
                apps.get_model(label)
            except LookupError:
                missing.append(label)
        return missing

    def wanted(self, counts: dict) -> bool:
        return any(counts.get(option) for option in self.options)

    def generate(self, ctx: "LoadContext", counts: dict) -> dict[str, int]:
        raise NotImplementedError


@dataclass
class LoadContext:
    languages: list[str]
    log: callable = print
    seed: int = 2026
    show_progress: bool = True
    index: Page | None = None  # for tests: put services in this catalogue
    stream: object = None  # where the progress bar goes (stderr by default)
    rng: random.Random = field(init=False)
    locales: dict = field(init=False, default_factory=dict)
    _homes: dict = field(init=False, default_factory=dict)
    _directory: tuple | None = field(init=False, default=None)

    def __post_init__(self):
        self.rng = random.Random(self.seed)
        for code in self.languages:
            self.locales[code], _ = Locale.objects.get_or_create(language_code=code)
        home = self.source_home()
        self.source_language = home.locale.language_code
        if self.source_language not in self.languages:
            raise ValueError(f"--languages must include the site's language ({self.source_language})")
        # Source first: translations are made from it.
        self.languages = [self.source_language] + [c for c in self.languages if c != self.source_language]

    def source_home(self) -> Page:
        return Site.objects.get(is_default_site=True).root_page.specific

    def home(self, code: str) -> Page:
        """The home page in a language: the site's root page or its translation (created if missing)."""
        if code not in self._homes:
            source = self.source_home()
            page = source if source.locale.language_code == code else source.get_translation_or_none(self.locales[code])
            if page is None:
                page = source.copy_for_translation(self.locales[code])
                page.save_revision().publish()
            self._homes[code] = page.specific
        return self._homes[code]

    def directory(self) -> tuple[list[dict], list[dict]]:
        """Generated departments and their positions (one row per language each), made once per run
        and shared by the families (service contacts, action-item owners)."""
        if self._directory is None:
            from portal_demo.loadgen import words
            from registry_pages.models import Department, Position

            departments = self.translated_snippets(Department, words.DEPARTMENTS, lambda t, code, n, _: {
                "name": t.in_language(code), "address": words.ADDRESS.in_language(code), "room": str(101 + n),
                "phone": f"+359 2 981 {n:02d} {n + 10:02d}", "email": f"otdel{n}@belorechie.example",
                "working_hours": words.HOURS.in_language(code),
            })
            positions = self.translated_snippets(Position, [
                (title, dept) for dept in departments for title in words.POSITIONS
            ], lambda item, code, n, _: {
                "title": f"{item[0].in_language(code)} ({n + 1})", "department": item[1][code],
                "email": f"expert{n}@belorechie.example",
            })
            self._directory = (departments, positions)
        return self._directory

    def progress(self, total: int, label: str):
        return Progress(total, label, stream=self.stream) if self.show_progress else NoProgress()

    def translated_page(self, parent_by_language: dict, make, languages=None) -> dict:
        """A page in the source language under its parent, translated into the other languages
        (wagtail-localize's way: `copy_for_translation`, real pages linked by translation_key)."""
        languages = languages or self.languages
        source = make()
        parent_by_language[self.source_language].add_child(instance=source)
        source.save_revision().publish()
        pages = {self.source_language: source}
        for code in languages:
            if code == self.source_language:
                continue
            page = source.copy_for_translation(self.locales[code])
            page.save_revision().publish()
            pages[code] = page.specific
        return pages

    def translated_bulk_page(self, make, parents: dict | None = None) -> dict:
        """One page per language with one translation key, bulk-created under each language's
        home (or `parents[code]`); `make(code)` returns the unsaved page with its texts in that
        language. An existing page of that type and slug (a `--force` rerun) is reused."""
        from portal_demo.loadgen.tree import bulk_add_children

        parents = parents or {code: self.home(code) for code in self.languages}
        source = make(self.source_language)
        model = type(source)
        existing = model.objects.child_of(parents[self.source_language]).filter(slug=source.slug).first()
        key = existing.translation_key if existing else uuid.uuid4()
        pages = {}
        for code in self.languages:
            page = model.objects.filter(translation_key=key, locale=self.locales[code]).first() if existing else None
            if page is None:
                page = source if code == self.source_language else make(code)
                page.translation_key, page.locale_id = key, self.locales[code].pk
                bulk_add_children(parents[code], [page])
            pages[code] = page
        return pages

    def translated_snippets(self, model, texts, build) -> list[dict]:
        """For each text, one row per language with one translation key (bulk-created).

        `build(text, code, index, rows_so_far)` returns the field values of one row."""
        result, rows = [], []
        for n, text in enumerate(texts):
            key = uuid.uuid4()
            by_language = {}
            for code in self.languages:
                obj = model(locale=self.locales[code], translation_key=key, **build(text, code, n, by_language))
                by_language[code] = obj
                rows.append(obj)
            result.append(by_language)
        model.objects.bulk_create(rows)
        return result


def atomic_run(generators, counts, ctx) -> dict[str, int]:
    created: dict[str, int] = {}
    with transaction.atomic():
        for generator in generators:
            if not generator.wanted(counts):
                continue
            missing = generator.missing_models()
            if missing:
                ctx.log(f"{generator.name}: skipped, {', '.join(missing)} not on this branch yet.")
                continue
            if not generator.implemented:
                ctx.log(f"{generator.name}: skipped, its generator is a TODO (see {type(generator).__module__}).")
                continue
            created.update(generator.generate(ctx, counts))
    return created
