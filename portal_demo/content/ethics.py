"""Demo ethics codes: an index with the employees' code and the councillors' code.

Both are created in Bulgarian under the bg home page, published, and then
translated into pl/uk/en through wagtail-localize. Idempotent.
"""

import datetime
import json

from wagtail.models import Locale

from portal_demo.content import ethics_texts as texts
from portal_demo.content.directory import position
from portal_demo.content.text import TARGET_LANGUAGES, T
from portal_demo.content.translate import translate_all
from registry_pages.models import EthicsCodeIndexPage, EthicsCodePage

REPORT_URL = "https://belorechie.example/signali/etika"


def _missing_languages(page):
    return [c for c in TARGET_LANGUAGES if not page.has_translation(Locale.objects.get(language_code=c))]


def _translate(page, strings):
    missing = _missing_languages(page)
    if missing:
        # Re-read from the database so list blocks carry their ids (wagtail-localize needs them).
        translate_all(page.__class__.objects.get(pk=page.pk), strings, missing)


def _rule(text: T, title: T | None = None) -> dict:
    return {"title": title.bg if title else "", "text": f"<p>{text.bg}</p>" if not text.bg.startswith("<") else text.bg}


def _section(title: T, rules: list[dict], style: str, intro: str = "") -> dict:
    return {"type": "section", "value": {"title": title.bg, "style": style, "intro": intro, "rules": rules}}


def _act(title: T, number: str, date: datetime.date, issuer: T) -> str:
    return json.dumps([{"type": "act", "value": {
        "title": title.bg, "number": number, "date": date.isoformat(), "issuer": issuer.bg, "url": "",
    }}])


def _employees_code():
    data = texts.EMPLOYEES
    sections = [_section(title, [_rule(rule) for rule in rules], "rules") for title, rules in data["sections"]]
    strings = [data["title"], data["act"], texts.MAYOR, data["preamble"], texts.BREACH]
    for title, rules in data["sections"]:
        strings += [title, *rules]
    fields = dict(
        binds_employees=True,
        adopting_act=_act(data["act"], data["number"], datetime.date(2024, 3, 18), texts.MAYOR),
        effective_date=datetime.date(2024, 4, 1),
    )
    return data, sections, strings, fields


def _councillors_code():
    data = texts.COUNCILLORS
    general_title, general_intro = data["general"]
    sections = [
        _section(general_title, [], "rules", intro=general_intro.bg),
        _section(data["principles_title"], [_rule(text, title) for title, text in data["principles"]], "principles"),
    ]
    strings = [data["title"], data["act"], texts.COUNCIL, data["preamble"], texts.BREACH, general_title,
               general_intro, data["principles_title"]]
    for title, text in data["principles"]:
        strings += [title, text]
    fields = dict(
        binds_councillors=True,
        adopting_act=_act(data["act"], data["number"], datetime.date(2023, 12, 21), texts.COUNCIL),
        effective_date=datetime.date(2024, 1, 1),
    )
    return data, sections, strings, fields


def _code(index, builder, committee) -> EthicsCodePage:
    data, sections, strings, fields = builder()
    code = EthicsCodePage.objects.child_of(index).filter(slug=data["slug"]).first()
    if code is None:
        code = EthicsCodePage(
            title=data["title"].bg, slug=data["slug"], preamble=data["preamble"].bg, sections=json.dumps(sections),
            breach_procedure=texts.BREACH.bg, report_concern_url=REPORT_URL, contact_position=committee,
            responsible_department=committee.department, last_reviewed=datetime.date(2026, 1, 15), **fields,
        )
        index.add_child(instance=code)
        code.save_revision().publish()
    _translate(code, strings)
    return code


def load(home, log=print) -> dict[str, int]:
    index = EthicsCodeIndexPage.objects.child_of(home).first()
    if index is None:
        index = EthicsCodeIndexPage(
            title=texts.INDEX_TITLE.bg, slug="etichni-kodeksi", intro=texts.INDEX_INTRO.bg, show_in_menus=True
        )
        home.add_child(instance=index)
        index.save_revision().publish()
    _translate(index, [texts.INDEX_TITLE, texts.INDEX_INTRO])
    committee = position("ethics_committee")
    for builder in (_employees_code, _councillors_code):
        _code(index, builder, committee)
    log("  ethics codes: index and two codes in four languages")
    return {"ethics codes": EthicsCodePage.objects.live().count()}
