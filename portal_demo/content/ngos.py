"""Demo NGO register: fields of activity, the register page and twelve organisations.

The content is data in `portal_demo.content.data.ngos`. Fields of activity
and entries are created and published in Bulgarian, then translated into
pl, uk and en with wagtail-localize (the heads' names written in Latin
letters for pl and en). Some organisations consented to publishing their
head's name and phone, some did not. Idempotent: what exists is found again
by name or slug.
"""

from datetime import date

from wagtail.models import Locale

from portal_demo.content.data import ngos as data
from portal_demo.content.directory import department, person_name, position
from portal_demo.content.text import SOURCE_LANGUAGE, TARGET_LANGUAGES, phrasebook
from portal_demo.content.translate import translate, translate_all
from registry_pages.models import (
    ActivityField,
    NGOActivity,
    NGOActivityFieldLink,
    NGOEntryPage,
    NGORegisterPage,
)


def _source_locale():
    return Locale.objects.get(language_code=SOURCE_LANGUAGE)


def _missing_languages(instance) -> list[str]:
    return [code for code in TARGET_LANGUAGES if not instance.has_translation(Locale.objects.get(language_code=code))]


def _field(name, description, sort_order: int) -> ActivityField:
    obj = ActivityField.objects.filter(locale=_source_locale(), name=name.bg).first()
    if obj is None:
        obj = ActivityField.objects.create(
            locale=_source_locale(), name=name.bg, description=description.bg, sort_order=sort_order
        )
    for code in _missing_languages(obj):
        translate(obj, code, phrasebook([name, description], code))
    return obj


def _register(home) -> NGORegisterPage:
    spec = data.REGISTER
    page = NGORegisterPage.objects.child_of(home).filter(slug=spec["slug"]).first()
    if page is None:
        page = NGORegisterPage(title=spec["title"].bg, slug=spec["slug"], intro=spec["intro"].bg, show_in_menus=True)
        home.add_child(instance=page)
        page.save_revision().publish()
    missing = _missing_languages(page)
    if missing:
        translate_all(page, [spec["title"], spec["intro"]], missing)
    return page


def _texts(spec) -> list:
    """Every T of an entry: the translations' phrasebook."""
    texts = [spec[key] for key in ("name", "short_name", "seat_address", "head_title", "goals", "achievements", "cooperation")]
    for activity in spec["activities"]:
        texts += list(activity)
    return [t for t in texts if t]


def _new_entry(register, spec, fields) -> NGOEntryPage:
    page = NGOEntryPage(
        title=spec["name"].bg, slug=spec["slug"], short_name=spec["short_name"].bg if spec["short_name"] else "",
        legal_form=spec["legal_form"], registration_number=spec["registration_number"],
        seat_address=spec["seat_address"].bg, head_name=spec["head_name"], head_title=spec["head_title"].bg,
        phone=spec["phone"], email=spec["email"], website=spec["website"], publish_contact_consent=spec["consent"],
        statutory_goals=spec["goals"].bg, achievements=spec["achievements"].bg, cooperation=spec["cooperation"].bg,
        date_registered=date.fromisoformat(spec["registered"]), date_last_confirmed=date.fromisoformat(spec["confirmed"]),
        responsible_department=department("public_relations"), contact_position=position("pr_expert"),
        last_reviewed=date.fromisoformat(spec["confirmed"]),
    )
    page.activity_field_links = [
        NGOActivityFieldLink(activity_field=fields[key], sort_order=order) for order, key in enumerate(spec["fields"])
    ]
    page.activities = [
        NGOActivity(title=title.bg, description=description.bg, address=address.bg if address else "", sort_order=order)
        for order, (title, description, address) in enumerate(spec["activities"])
    ]
    register.add_child(instance=page)
    page.save_revision().publish()
    return page


def load(home, log=print) -> dict[str, int]:
    fields = {key: _field(name, description, order) for order, (key, (name, description)) in enumerate(data.FIELDS.items())}
    register = _register(home)
    for spec in data.NGOS:
        page = NGOEntryPage.objects.child_of(register).filter(slug=spec["slug"]).first()
        page = NGOEntryPage.objects.get(pk=(page or _new_entry(register, spec, fields)).pk)
        for code in _missing_languages(page):
            book = phrasebook(_texts(spec), code)
            book[spec["head_name"]] = person_name(spec["head_name"], code)
            translate(page, code, book)
    log(f"NGO register: {len(data.NGOS)} organisations in {len(fields)} fields of activity, in four languages")
    return {
        "NGO fields of activity": ActivityField.objects.filter(locale=_source_locale()).count(),
        "NGO register entries": NGOEntryPage.objects.filter(alias_of__isnull=True).count(),
    }
