"""NGO register (`--ngos N`): one register per language and N entries in it, each
translated into every other language (real locale pages sharing the entry's
translation key).

An entry gets a name from `ngo_words` (legal-form prefix, cause, place), a
registration number (a 9-digit UIC, the same in every language), a seat
address, 1–3 fields of activity (generated `ActivityField` snippets in each
language), 0–3 activities (some at their own address), statutory goals,
dates, e-mail and website; about half consented to publishing the head's
name and phone.
"""

import uuid
from datetime import date, timedelta

from django.utils.text import slugify

from portal_demo.loadgen import ngo_words as words
from portal_demo.loadgen.base import Generator
from portal_demo.loadgen.tree import bulk_add_children

REGISTER_SLUG = "ngo-register-generated"
CHUNK = 1000


class NGOGenerator(Generator):
    name = "NGO register"
    options = ("ngos",)
    required_models = ("registry_pages.NGORegisterPage", "registry_pages.NGOEntryPage")

    def generate(self, ctx, counts):
        from registry_pages.models import (
            ActivityField,
            NGOActivity,
            NGOActivityFieldLink,
            NGORegisterPage,
        )

        total = counts["ngos"]
        fields = ctx.translated_snippets(
            ActivityField, words.FIELDS, lambda t, code, n, _: {"name": t.in_language(code), "sort_order": 100 + n}
        )
        registers = ctx.translated_bulk_page(lambda code: NGORegisterPage(
            title=words.REGISTER_TITLE.in_language(code), slug=REGISTER_SLUG,
            intro=words.REGISTER_INTRO.in_language(code),
        ))
        offset = registers[ctx.source_language].get_children().count()
        specs = [self._spec(ctx.rng, offset + n, len(fields)) for n in range(total)]
        progress = ctx.progress(total * len(ctx.languages), "NGO entries")
        links = activities = 0
        for start in range(0, total, CHUNK):
            chunk = specs[start:start + CHUNK]
            for spec in chunk:
                spec["key"] = uuid.uuid4()
                spec["link_keys"] = [uuid.uuid4() for _ in spec["fields"]]
                spec["activity_keys"] = [uuid.uuid4() for _ in spec["activities"]]
            for code in ctx.languages:
                entries = bulk_add_children(registers[code], [self._entry(ctx, spec, code) for spec in chunk])
                locale = ctx.locales[code]
                link_rows, activity_rows = [], []
                for spec, entry in zip(chunk, entries):
                    link_rows += [
                        NGOActivityFieldLink(page=entry, activity_field=fields[f][code], sort_order=order,
                                             locale=locale, translation_key=key)
                        for order, (f, key) in enumerate(zip(spec["fields"], spec["link_keys"]))
                    ]
                    activity_rows += [
                        NGOActivity(page=entry, title=words.ACTIVITIES[a][0].in_language(code),
                                    description=words.ACTIVITIES[a][1].in_language(code),
                                    address=self._address(spec["activity_addresses"][i], code),
                                    sort_order=i, locale=locale, translation_key=key)
                        for i, (a, key) in enumerate(zip(spec["activities"], spec["activity_keys"]))
                    ]
                NGOActivityFieldLink.objects.bulk_create(link_rows, batch_size=500)
                NGOActivity.objects.bulk_create(activity_rows, batch_size=500)
                links += len(link_rows)
                activities += len(activity_rows)
                progress.advance(len(entries))
        progress.close()
        return {
            "NGO registers": len(registers),
            "NGO entries": total * len(ctx.languages),
            "NGO fields of activity": len(fields) * len(ctx.languages),
            "NGO field links": links,
            "NGO activities": activities,
        }

    def _spec(self, rng, n, n_fields) -> dict:
        n_names = len(words.NAME_PREFIXES) * len(words.CAUSES) * len(words.PLACES)
        registered = date(1991, 1, 1) + timedelta(days=rng.randrange(12000))
        return {
            "n": n,
            "prefix": n % len(words.NAME_PREFIXES),
            "cause": (n // len(words.NAME_PREFIXES)) % len(words.CAUSES),
            "place": (n * 7 + n // 120) % len(words.PLACES),
            "round": n // n_names,
            "uic": f"{(175000000 + n * 7919 + rng.randrange(7919)) % 1000000000:09d}",
            "seat": (rng.randrange(len(words.STREETS)), rng.randrange(1, 120), rng.randrange(len(words.PLACES))),
            "fields": rng.sample(range(n_fields), rng.choice([1, 1, 2, 2, 3])),
            "activities": rng.sample(range(len(words.ACTIVITIES)), rng.choice([0, 1, 2, 3])),
            "activity_addresses": [
                (rng.randrange(len(words.STREETS)), rng.randrange(1, 60), rng.randrange(len(words.PLACES)))
                if rng.random() < 0.4 else None
                for _ in range(3)
            ],
            "goal": rng.randrange(len(words.GOALS)),
            "head": rng.randrange(len(words.HEAD_NAMES)),
            "head_title": rng.randrange(len(words.HEAD_TITLES)),
            "consent": rng.random() < 0.5,
            "registered": registered,
            "confirmed": min(registered + timedelta(days=rng.randrange(30, 4000)), date(2026, 11, 30)),
            "website": rng.random() < 0.6,
        }

    @staticmethod
    def _address(parts, code) -> str:
        if not parts:  # the activity takes place at the seat
            return ""
        street, number, place = parts
        return f"{words.STREETS[street].in_language(code)} {number}, {words.PLACES[place].in_language(code)}"

    def _entry(self, ctx, spec, code):
        from registry_pages.models import NGOEntryPage

        legal_form, prefix = words.NAME_PREFIXES[spec["prefix"]]
        cause = words.CAUSES[spec["cause"]].in_language(code)
        title = f"{prefix.in_language(code)} „{cause}“{words.SEPARATOR}{words.PLACES[spec['place']].in_language(code)}"
        if spec["round"]:
            title += f" ({spec['round'] + 1})"
        short = slugify(words.CAUSES[spec["cause"]].en)
        return NGOEntryPage(
            title=title,
            slug=f"{slugify(title, allow_unicode=True)[:60].strip('-')}-{spec['n'] + 1}",
            locale_id=ctx.locales[code].pk,
            translation_key=spec["key"],
            short_name=cause,
            legal_form=legal_form,
            registration_number=spec["uic"],
            seat_address=self._address(spec["seat"], code),
            head_name=words.HEAD_NAMES[spec["head"]].in_language(code),
            head_title=words.HEAD_TITLES[spec["head_title"]].in_language(code),
            phone=f"+359 88 {spec['n'] % 1000:03d} {spec['n'] * 37 % 10000:04d}",
            email=f"{short}-{spec['n'] + 1}@ngo.belorechie.example",
            website=f"https://{short}-{spec['n'] + 1}.ngo.belorechie.example/" if spec["website"] else "",
            publish_contact_consent=spec["consent"],
            statutory_goals=f"<p>{words.GOALS[spec['goal']].in_language(code)}</p>",
            date_registered=spec["registered"],
            date_last_confirmed=spec["confirmed"],
        )
