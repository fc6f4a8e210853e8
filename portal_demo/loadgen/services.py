"""Service cards (`--services N`): N cards in the source language, each translated
into every other language (real locale pages sharing the card's translation key).

Every card gets realistic values: a title from `words` (action + subject +
place), a plain summary, who may apply, 1–3 legal acts with their numbers,
0–5 required documents, fees per variant in EUR with matching processing
times, the department receiving applications and a contact position.
"""

import json
import uuid
from datetime import date, timedelta
from decimal import Decimal

from django.utils.text import slugify

from portal_demo.loadgen import words
from portal_demo.loadgen.base import Generator
from portal_demo.loadgen.tree import bulk_add_children

INDEX_SLUG = "services-generated"
BASE_FEES = [Decimal(v) for v in ("0", "2.50", "5.00", "7.50", "10.00", "15.00", "20.00", "25.00", "50.00", "120.00")]
DAYS = [(14, 7, 3), (30, 14, 5), (7, 3, 1), (3, 1, 0)]
CHUNK = 1000


def _block(kind, value):
    return {"type": kind, "value": value, "id": str(uuid.uuid4())}


class ServiceGenerator(Generator):
    name = "Service cards"
    options = ("services",)
    required_models = ("registry_pages.ServiceIndexPage", "registry_pages.ServiceCardPage")

    def generate(self, ctx, counts):
        from registry_pages.models import ServiceCategory

        total = counts["services"]
        self.ctx = ctx
        categories = ctx.translated_snippets(
            ServiceCategory, words.CATEGORIES, lambda t, code, n, _: {"name": t.in_language(code), "sort_order": 100 + n}
        )
        departments, positions = ctx.directory()
        indexes = self._indexes(ctx)
        specs = [self._spec(ctx.rng, n, len(categories), len(departments), len(positions)) for n in range(total)]
        offset = self._existing(indexes[ctx.source_language])
        progress = ctx.progress(total * len(ctx.languages), "service cards")
        for start in range(0, total, CHUNK):
            chunk = specs[start:start + CHUNK]
            keys = [uuid.uuid4() for _ in chunk]
            for code in ctx.languages:
                cards = [
                    self._card(spec, code, offset + start + i, keys[i], categories, departments, positions)
                    for i, spec in enumerate(chunk)
                ]
                bulk_add_children(indexes[code], cards)
                progress.advance(len(cards))
        progress.close()
        return {
            "service cards": total * len(ctx.languages),
            "service categories": len(categories) * len(ctx.languages),
            "departments": len(departments) * len(ctx.languages),
            "positions": len(positions) * len(ctx.languages),
        }

    # -- the catalogue -----------------------------------------------------------------------

    def _indexes(self, ctx) -> dict:
        from registry_pages.models import ServiceIndexPage

        if ctx.index is not None:
            source = ctx.index
        else:
            home = ctx.home(ctx.source_language)
            source = ServiceIndexPage.objects.child_of(home).filter(slug=INDEX_SLUG).first()
        if source is None:
            homes = {code: ctx.home(code) for code in ctx.languages}
            return ctx.translated_page(homes, lambda: ServiceIndexPage(
                title=words.INDEX_TITLE.bg, slug=INDEX_SLUG, show_in_menus=True,
                intro="<p>Генерирани услуги за проверка на бързодействието.</p>",
            ))
        indexes = {ctx.source_language: source}
        for code in ctx.languages[1:]:
            ctx.home(code)
            page = source.get_translation_or_none(ctx.locales[code])
            if page is None:
                page = source.copy_for_translation(ctx.locales[code])
                page.save_revision().publish()
            indexes[code] = page
        return indexes

    def _existing(self, index) -> int:
        return index.get_children().count()

    # -- one card ----------------------------------------------------------------------------

    def _spec(self, rng, n, n_categories, n_departments, n_positions) -> dict:
        a, s, p = len(words.ACTIONS), len(words.SUBJECTS), len(words.PLACES)
        subject = (n // a) % s
        department = rng.randrange(n_departments)
        return {
            "action": n % a, "subject": subject, "place": (n // (a * s)) % p, "round": n // (a * s * p),
            "category": subject % n_categories, "department": department,
            "position": department * len(words.POSITIONS) + rng.randrange(len(words.POSITIONS)),
            "summary": rng.randrange(len(words.SUMMARIES)), "who": rng.randrange(len(words.WHO)),
            "result": rng.randrange(len(words.RESULTS)),
            "acts": rng.sample(range(len(words.LEGAL_ACTS)), rng.randint(1, 3)),
            "documents": rng.sample(range(len(words.DOCUMENTS)), rng.choice([0, 1, 2, 2, 3, 3, 4, 5])),
            "fee": rng.choice(BASE_FEES), "variants": rng.choice([1, 1, 2, 3]), "days": rng.choice(DAYS),
            "online": rng.random() < 0.6, "by_post": rng.random() < 0.5,
            "reviewed": date(2026, 11, 30) - timedelta(days=rng.randrange(400)),
        }

    def _card(self, spec, code, number, key, categories, departments, positions):
        from registry_pages.models import ServiceCardPage

        title = " ".join(
            words_list[spec[part]].in_language(code)
            for part, words_list in (("action", words.ACTIONS), ("subject", words.SUBJECTS), ("place", words.PLACES))
        )
        if spec["round"]:
            title += f" ({spec['round'] + 1})"
        variants = 1 if spec["fee"] == 0 else spec["variants"]
        department = departments[spec["department"]][code]
        return ServiceCardPage(
            title=title,
            slug=f"{slugify(title, allow_unicode=True)[:60].strip('-')}-{number + 1}",
            locale_id=self.ctx.locales[code].pk,
            translation_key=key,
            summary=words.SUMMARIES[spec["summary"]].in_language(code),
            category=categories[spec["category"]][code],
            who_may_apply=words.WHO[spec["who"]].in_language(code),
            legal_basis=json.dumps([
                _block("act", {"title": words.LEGAL_ACTS[i][0].in_language(code), "number": words.LEGAL_ACTS[i][1],
                               "date": words.LEGAL_ACTS[i][2], "issuer": words.LEGAL_ACTS[i][3].in_language(code),
                               "url": ""})
                for i in spec["acts"]
            ]),
            required_documents=json.dumps([
                _block("document", {"name": words.DOCUMENTS[i].in_language(code), "note": "", "form": None})
                for i in spec["documents"]
            ]),
            no_documents_required=not spec["documents"],
            fees=json.dumps([
                _block("fee", {"variant": words.VARIANTS[v].in_language(code), "amount": str(spec["fee"] * (v + 1)),
                               "currency": "EUR", "note": words.FEE_NOTE.in_language(code) if v == 0 else ""})
                for v in range(variants)
            ]),
            processing_times=json.dumps([
                _block("time", {"variant": words.VARIANTS[v].in_language(code), "days": spec["days"][v],
                                "working_days": True, "note": ""})
                for v in range(variants)
            ]),
            in_person_department=department,
            online_url=f"https://e-uslugi.belorechie.example/usluga/{number + 1}" if spec["online"] else "",
            by_post=words.BY_POST.in_language(code) if spec["by_post"] else "",
            result=words.RESULTS[spec["result"]].in_language(code),
            appeal=words.APPEAL.in_language(code),
            responsible_department=department,
            contact_position=positions[spec["position"]][code],
            last_reviewed=spec["reviewed"],
        )
