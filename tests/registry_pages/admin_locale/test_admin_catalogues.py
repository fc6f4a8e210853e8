"""The add-on's translations of Wagtail's own admin strings (registry_pages/admin_locale):
complete, compiled, still Wagtail's strings, and winning over Wagtail's catalogues in
Django's gettext and in the admin's JavaScript."""

import json
from pathlib import Path

import polib
import pytest
import wagtail
import wagtail_localize
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from wagtail.users.models import UserProfile

from tests.cms.test_translations import _catalogue, _placeholders

OVERRIDES = Path(__file__).resolve().parents[3] / "registry_pages" / "admin_locale" / "locale"
LANGUAGES = ("bg", "pl", "uk")
DOMAINS = ("django", "djangojs")
CATALOGUES = [(language, domain) for language in LANGUAGES for domain in DOMAINS]
UPSTREAM = (Path(wagtail.__file__).parent, Path(wagtail_localize.__file__).parent)


def _po(language, domain):
    return polib.pofile(str(OVERRIDES / language / "LC_MESSAGES" / f"{domain}.po"))


def _english(domain):
    return {
        (entry.msgctxt, entry.msgid)
        for package in UPSTREAM
        for path in package.rglob(f"locale/en/LC_MESSAGES/{domain}.po")
        for entry in polib.pofile(str(path))
    }


@pytest.mark.parametrize(("language", "domain"), CATALOGUES)
def test_every_entry_is_translated_with_its_placeholders(language, domain):
    po = _po(language, domain)
    assert len(po) > 20
    assert [e.msgid for e in po if not e.translated() or "fuzzy" in e.flags] == []
    wrong = []
    for entry in po:
        expected = [_placeholders(entry.msgid)] + ([_placeholders(entry.msgid_plural)] if entry.msgid_plural else [])
        texts = entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr]
        wrong += [(entry.msgid, text) for text in texts if _placeholders(text) not in expected]
    assert wrong == []


@pytest.mark.parametrize(("language", "domain"), CATALOGUES)
def test_entries_are_wagtails_strings_with_wagtails_plural_forms(language, domain):
    """A msgid Wagtail no longer has is dead weight (run scripts/admin_locale.py for the new one);
    the JavaScript catalogue shares Wagtail's `pluralidx`, so the formula must be Wagtail's."""
    po = _po(language, domain)
    assert sorted({(e.msgctxt, e.msgid) for e in po} - _english(domain)) == []
    wagtails = polib.pofile(str(UPSTREAM[0] / "admin" / "locale" / language / "LC_MESSAGES" / f"{domain}.po"))
    assert po.metadata["Plural-Forms"] == wagtails.metadata["Plural-Forms"]
    nplurals = int(po.metadata["Plural-Forms"].split("nplurals=")[1].split(";")[0])
    for entry in po:
        if entry.msgid_plural:
            assert sorted(entry.msgstr_plural) == list(range(nplurals)), entry.msgid


@pytest.mark.parametrize("domain", DOMAINS)
def test_the_three_languages_translate_the_same_strings(domain):
    keys = [{(e.msgctxt, e.msgid) for e in _po(language, domain)} for language in LANGUAGES]
    assert keys[0] == keys[1] == keys[2]


@pytest.mark.parametrize(("language", "domain"), CATALOGUES)
def test_mo_is_compiled_from_the_current_po(language, domain, tmp_path):
    po_path = OVERRIDES / language / "LC_MESSAGES" / f"{domain}.po"
    fresh = tmp_path / "fresh.mo"
    polib.pofile(str(po_path)).save_as_mofile(str(fresh))
    compiled = polib.mofile(str(po_path.with_suffix(".mo")))
    assert _catalogue(compiled) == _catalogue(polib.mofile(str(fresh))), "run compilemessages in registry_pages/admin_locale"


@pytest.mark.parametrize(
    ("language", "english", "expected"),
    [
        ("bg", "Reports", "Отчети"),
        ("bg", "Snippets", "Справочници"),  # not Wagtail's "Откъси от код" (code snippets)
        ("pl", "Snippets", "Słowniki"),
        ("uk", "Snippets", "Довідники"),
        ("bg", "Awaiting your review", "Очакват вашия преглед"),
        ("pl", "Autosave is paused", "Autozapis jest wstrzymany"),
    ],
)
def test_the_overrides_win_over_wagtails_catalogues(language, english, expected):
    with translation.override(language):
        assert gettext(english) == expected


@pytest.mark.django_db
def test_the_admin_loads_the_javascript_overrides_after_wagtails_catalogue(client, django_user_model):
    user = django_user_model.objects.create_superuser("t_js", "t_js@example.org", "pw")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "bg"
    profile.save()
    client.force_login(user)
    page = client.get(reverse("wagtailadmin_home")).content.decode()
    wagtails, ours = reverse("wagtailadmin_javascript_catalog"), reverse("registry_pages_admin_jsi18n")
    assert 0 < page.index(f'src="{wagtails}"') < page.index(f'src="{ours}"')
    script = client.get(ours).content.decode()
    assert json.dumps("Свиване на всички") in script  # "Collapse all"
    assert "const v = (n != 1);" in script  # Wagtail's own Bulgarian plural formula


def test_the_javascript_overrides_need_no_login(client):
    """The sign-in page loads them too (in the browser's language)."""
    response = client.get(reverse("registry_pages_admin_jsi18n"), HTTP_ACCEPT_LANGUAGE="pl")
    assert response.status_code == 200
    assert json.dumps("Trwa autozapis…") in response.content.decode()  # "Autosave in progress…"
