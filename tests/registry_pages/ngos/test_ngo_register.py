"""The NGO register and its entries as citizens, editors and re-users of open data meet them."""

import csv
import datetime as dt
import io
import json
import re
from importlib import import_module

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import path
from django.utils import translation
from django.utils.translation import gettext
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from registry_pages.models import NGOEntryPage, NGORegisterPage
from registry_pages.ngos.listing import PER_PAGE
from registry_pages.opendata.responses import BOM
from tests.registry_pages.ngos.support import activity_field, entry, register
from tests.registry_pages.support import translate_ancestors

pytestmark = pytest.mark.django_db

# A read-only API for the test below (the project does not mount the API yet).
api_router = WagtailAPIRouter("ngo_test_api")
api_router.register_endpoint("pages", PagesAPIViewSet)
urlpatterns = [path("api/v2/", api_router.urls), *import_module(settings.ROOT_URLCONF).urlpatterns]


def _bg(text):
    with translation.override("bg"):
        return gettext(text)


class TestWhereNGOPagesLive(WagtailPageTestCase):
    def test_entries_only_under_a_register(self):
        self.assertCanCreateAt(NGORegisterPage, NGOEntryPage)
        self.assertCanNotCreateAt(Page, NGOEntryPage)
        self.assertCanNotCreateAt(NGOEntryPage, NGOEntryPage)
        self.assertCanNotCreateAt(NGORegisterPage, NGORegisterPage)
        self.assertAllowedParentPageTypes(NGOEntryPage, {NGORegisterPage})
        self.assertAllowedSubpageTypes(NGOEntryPage, set())
        self.assertAllowedSubpageTypes(NGORegisterPage, {NGOEntryPage})
        self.assertCanCreateAt(Page, NGORegisterPage)


@pytest.fixture
def reg(site_root):
    return register(site_root)


@pytest.fixture
def fields(db):
    return {key: activity_field(name) for key, name in [
        ("social", "Социални грижи"), ("culture", "Култура"), ("sport", "Спорт"), ("green", "Околна среда"),
    ]}


@pytest.fixture
def care(reg, fields):
    """A care station with its own address; the organisation consented to publishing contact data."""
    return entry(
        reg, "Фондация „Милосърдие“", [fields["social"], fields["culture"]], consent=True,
        short_name="Милосърдие", legal_form="foundation", registration_number="BG175000111",
        head_name="Мария Грижовна", head_title="директор", phone="+359 88 111 2222",
        activities=[("Грижовен дом", "Домашни грижи за възрастни", "ул. „Цар Симеон“ 14"), ("Кухня", "Топъл обяд", "")],
    )


@pytest.fixture
def club(reg, fields):
    """No consent: the head's name and the phone must not be published."""
    return entry(reg, "Спортен клуб „Бързи“", [fields["sport"]], head_name="Стоян Таен", phone="+359 88 999 0000",
                 date_registered=dt.date(2021, 3, 1))


# --- the entry page -------------------------------------------------------------------------


def test_entry_renders_every_field(client, care):
    response = client.get(care.url)
    assert response.status_code == 200
    html = response.content.decode()
    for text in ("Фондация „Милосърдие“", "Милосърдие", "BG175000111", "ул. „Тестова“ 1, Белоречие", "Мария Грижовна",
                 "Директор", "+359 88 111 2222", "mailto:npo@example.org", "https://npo.example.org", "Социални грижи",
                 "Култура", "Цел по устав: подкрепа.", "Грижовен дом", "Домашни грижи за възрастни",
                 "ул. „Цар Симеон“ 14", "Топъл обяд", "Постижение: нова площадка.", "Сътрудничество: общ проект.",
                 'datetime="2010-05-04"', 'datetime="2026-01-20"', _bg("foundation").capitalize()):
        assert text in html, text
    assert f'href="{care.get_parent().url}?field=' in html
    assert "css/ngos.css" in html and "css/print.css" in html and 'media="print"' in html
    ld = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))
    assert ld["@type"] == "NGO" and ld["name"] == care.title and ld["identifier"] == "BG175000111"
    assert ld["telephone"] == "+359 88 111 2222" and ld["employee"]["name"] == "Мария Грижовна"
    assert ld["knowsAbout"] == ["Социални грижи", "Култура"]


def test_without_consent_name_and_phone_are_hidden_on_the_page_and_in_json_ld(client, club):
    html = client.get(club.url).content.decode()
    assert "Стоян Таен" not in html
    assert "999 0000" not in html and 'href="tel:+35988' not in html
    assert _bg("name not published (no consent to publish personal data)") in html
    ld = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))
    assert "telephone" not in ld and "employee" not in ld
    assert ld["email"] == "npo@example.org"  # the organisation's own address stays public
    assert club.public_head_name is None and club.public_phone is None


def test_the_head_is_not_searchable_by_name(reg, club):
    assert list(NGOEntryPage.objects.child_of(reg).search("Таен")) == []
    assert list(NGOEntryPage.objects.child_of(reg).search("Бързи")) == [club]


@pytest.mark.urls("tests.registry_pages.ngos.test_ngo_register")
def test_api_honours_consent(client, care, club):
    response = client.get("/api/v2/pages/", {"type": "registry_pages.NGOEntryPage", "fields": "*"})
    assert response.status_code == 200
    items = {item["title"]: item for item in response.json()["items"]}
    published, withheld = items[care.title], items[club.title]
    assert published["head_name"] == "Мария Грижовна" and published["phone"] == "+359 88 111 2222"
    assert withheld["head_name"] is None and withheld["phone"] is None
    assert withheld["head_title"] == "председател" and withheld["publish_contact_consent"] is False
    assert "Стоян Таен" not in response.content.decode() and "999 0000" not in response.content.decode()
    assert [f["name"] for f in published["fields_of_activity"]] == ["Социални грижи", "Култура"]
    assert published["activities"][0]["address"] == "ул. „Цар Симеон“ 14"
    assert published["registration_number"] == "BG175000111" and published["date_registered"] == "2010-05-04"
    detail = client.get(f"/api/v2/pages/{club.pk}/").json()
    assert detail["head_name"] is None and detail["phone"] is None


def test_translated_entry_shows_fields_in_its_language(client, care, fields, locales):
    pl = locales["pl"]
    for field in fields.values():
        copy = field.copy_for_translation(pl)
        copy.name = {"Социални грижи": "Opieka społeczna", "Култура": "Kultura"}.get(field.name, field.name + " PL")
        copy.save()
    translate_ancestors(care, pl)
    translated = care.copy_for_translation(pl)
    translated.save_revision().publish()
    translated = NGOEntryPage.objects.get(pk=translated.pk)
    assert translated.registration_number == "BG175000111"
    html = client.get(translated.url).content.decode()
    assert '<html lang="pl">' in html
    assert "Opieka społeczna" in html and "Kultura" in html and "Социални грижи" not in html


def test_last_confirmation_cannot_precede_registration(reg, fields):
    page = NGOEntryPage(title="X", date_registered=dt.date(2020, 1, 1), date_last_confirmed=dt.date(2019, 1, 1))
    assert "date_last_confirmed" in page.entry_errors()


def test_admin_can_open_the_create_form(client, reg):
    client.force_login(get_user_model().objects.create_superuser("t_admin", "a@example.org", "pw"))
    html = client.get(f"/admin/pages/add/registry_pages/ngoentrypage/{reg.pk}/").content.decode()
    assert "activity_field_links-TOTAL_FORMS" in html and "activities-TOTAL_FORMS" in html
    assert 'name="publish_contact_consent"' in html and 'name="registration_number"' in html


# --- the register: filter, search, sort, paginate ---------------------------------------------


def _names(html):
    return re.findall(r'<h3><a href="[^"]+">([^<]+)</a>', html)


def test_register_lists_filters_and_counts(client, reg, care, club, fields):
    html = client.get(reg.url).content.decode()
    assert _names(html) == ["Спортен клуб „Бързи“", "Фондация „Милосърдие“"]
    assert '<label for="ngo-q">' in html and '<label for="ngo-field">' in html and 'method="get"' in html
    assert f'<option value="{fields["sport"].pk}">Спорт (1)</option>' in html
    assert "Околна среда" not in html  # a field without entries is not offered
    by_id = client.get(reg.url, {"field": fields["sport"].pk}).content.decode()
    assert _names(by_id) == ["Спортен клуб „Бързи“"]
    by_slug = client.get(reg.url, {"field": "sotsialni-grizhi"}).content.decode()
    assert _names(by_slug) == ["Фондация „Милосърдие“"]
    # the field chosen by its slug is the one selected in the filter; the fields are listed once (the filter's)
    assert f'<option value="{fields["social"].pk}" selected>' in by_slug
    assert by_slug.count("Социални грижи (1)") == 1
    by_form = client.get(reg.url, {"form": "foundation"}).content.decode()
    assert _names(by_form) == ["Фондация „Милосърдие“"]
    with translation.override("bg"):
        one = translation.ngettext("%(counter)s organisation found", "%(counter)s organisations found", 1) % {"counter": 1}
    assert one in by_id


def test_search_within_the_register_and_language_only(client, reg, care, club, fields, site_root):
    other = register(site_root, slug="t-npo-other")
    entry(other, "Фондация „Милосърдие“ – клон", [fields["social"]])
    html = client.get(reg.url, {"q": "Милосърдие"}).content.decode()
    assert _names(html) == ["Фондация „Милосърдие“"]
    html = client.get(reg.url, {"q": "Грижовен"}).content.decode()  # an activity's title
    assert _names(html) == ["Фондация „Милосърдие“"]
    html = client.get(reg.url, {"q": "несъществуващо"}).content.decode()
    assert _names(html) == []
    assert _bg("No organisation matches your search. Try other words or another field of activity.") in html


def _inflections(query, language):
    """A site's REGISTRY_QUERY_WORDS_FUNCTION for the test: each word, and without a Bulgarian article."""
    return [{word, word.removesuffix("то")} for word in query.lower().split()]


def test_the_register_search_reads_queries_through_the_site_s_word_forms(client, reg, care, club, settings):
    settings.REGISTRY_QUERY_WORDS_FUNCTION = ""  # the add-on alone: every word as typed
    assert _names(client.get(reg.url, {"q": "милосърдието"}).content.decode()) == []
    settings.REGISTRY_QUERY_WORDS_FUNCTION = f"{__name__}._inflections"
    html = client.get(reg.url, {"q": "милосърдието", "sort": "relevance"}).content.decode()
    assert _names(html) == ["Фондация „Милосърдие“"]
    html = client.get(reg.url, {"q": "милосърдието спорт", "sort": "relevance"}).content.decode()
    assert _names(html) == []  # every word of the query must match, each in any of its forms


def test_sort_a_to_z_in_the_alphabet_and_by_newest(client, reg, fields):
    for title, year in [("Ябълка", 2001), ("Бор", 2020), ("Ёлка", 2010), ("Арка", 2015)]:
        entry(reg, title, [fields["green"]], date_registered=dt.date(year, 1, 1))
    assert _names(client.get(reg.url).content.decode())[:2] == ["Арка", "Бор"]
    assert _names(client.get(reg.url).content.decode())[-1] != "Арка"
    newest = _names(client.get(reg.url, {"sort": "newest"}).content.decode())
    assert newest[:4] == ["Бор", "Арка", "Ёлка", "Ябълка"]


def test_paginates(client, reg, fields):
    for n in range(PER_PAGE + 5):
        entry(reg, f"Сдружение {n:02d}", [fields["sport"]])
    first = client.get(reg.url).content.decode()
    assert len(_names(first)) == PER_PAGE and 'rel="next"' in first
    second = client.get(reg.url, {"page": 2, "field": fields["sport"].pk}).content.decode()
    assert _names(second) == [f"Сдружение {n:02d}" for n in range(PER_PAGE, PER_PAGE + 5)]
    assert f'?field={fields["sport"].pk}&amp;sort=name&amp;page=1' in second


def test_drafts_are_not_listed(client, reg, fields):
    entry(reg, "Чернова", [fields["sport"]], live=False)
    assert "Чернова" not in client.get(reg.url).content.decode()
    assert "Чернова" not in client.get(reg.url + "export.csv").content.decode()


def _queries(client, url, **params):
    client.get(url, params)  # warm what every page shares (site root paths, the cached layout)
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url, params).status_code == 200
    return len(ctx.captured_queries)


def test_rows_are_read_once_per_generation_and_a_publish_shows_at_once(client, reg, care, fields):
    client.get(reg.url)
    with CaptureQueriesContext(connection) as ctx:
        html = client.get(reg.url, {"sort": "newest", "form": "foundation"}).content.decode()
    assert _names(html) == ["Фондация „Милосърдие“"]
    assert not [q for q in ctx.captured_queries if "ngoentrypage" in q["sql"]]  # filters read the cached rows
    entry(reg, "Фондация „Ново начало“", [fields["culture"]], legal_form="foundation")  # published: a new generation
    html = client.get(reg.url, {"sort": "newest", "form": "foundation"}).content.decode()
    assert "Фондация „Ново начало“" in _names(html)


def test_query_count_does_not_grow_with_entries(client, site_root, fields, django_assert_max_num_queries):
    small, big = register(site_root, slug="t-small"), register(site_root, slug="t-big")
    for n in range(5):
        entry(small, f"Малко {n}", [fields["sport"], fields["green"]], activities=[("Дейност", "Описание")])
    for n in range(60):
        entry(big, f"Голямо {n}", [fields["sport"], fields["green"]], activities=[("Дейност", "Описание")])
    for params in ({}, {"field": fields["sport"].pk, "sort": "newest"}, {"q": "Дейност"}):
        assert _queries(client, big.url, **params) == _queries(client, small.url, **params)
        with django_assert_max_num_queries(15):
            client.get(big.url, params)
    with django_assert_max_num_queries(15):
        client.get(big.url + "export.csv")
    entry_url = NGOEntryPage.objects.child_of(big).first().url
    with django_assert_max_num_queries(15):
        client.get(entry_url)


# --- open data ------------------------------------------------------------------------------


def test_csv_export_honours_consent(client, reg, care, club):
    response = client.get(reg.url + "export.csv")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="t-npo-bg.csv"'
    text = response.content.decode("utf-8")
    assert text.startswith(BOM)
    rows = list(csv.DictReader(io.StringIO(text[1:])))
    assert [r["name"] for r in rows] == ["Спортен клуб „Бързи“", "Фондация „Милосърдие“"]
    withheld, published = rows
    assert withheld["head_name"] == "" and withheld["phone"] == "" and withheld["consent"] == "no"
    assert "Стоян Таен" not in text and "999 0000" not in text
    # "+359 …" would be a formula to a spreadsheet program: quoted (registry_pages/core/spreadsheets.py)
    assert published["head_name"] == "Мария Грижовна" and published["phone"] == "'+359 88 111 2222"
    assert published["fields"] == "Социални грижи|Култура"
    assert published["activities"] == "Грижовен дом — Домашни грижи за възрастни — ул. „Цар Симеон“ 14|Кухня — Топъл обяд"
    assert published["statutory_goals"] == "Цел по устав: подкрепа." and published["url"].endswith(care.url)
    html = client.get(reg.url).content.decode()
    assert f'href="{reg.url}export.csv"' in html and f'href="{reg.url}export.json"' in html


def test_json_export_honours_consent(client, reg, care, club):
    response = client.get(reg.url + "export.json")
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Content-Disposition"] == 'inline; filename="t-npo-bg.json"'
    payload = json.loads(response.content)
    assert payload["language"] == "bg" and len(payload["items"]) == 2
    withheld, published = payload["items"]
    assert withheld["head_name"] is None and withheld["phone"] is None and withheld["consent"] is False
    assert "Стоян Таен" not in response.content.decode()
    assert published["head_name"] == "Мария Грижовна" and published["legal_form"] == "foundation"
    assert published["activities"][0] == {"title": "Грижовен дом", "description": "Домашни грижи за възрастни",
                                          "address": "ул. „Цар Симеон“ 14"}


def test_an_entry_opens_in_the_editor_and_can_be_deleted(client, care):
    admin = get_user_model().objects.create_superuser("t_ngo_admin", "a@example.org", "pw")
    client.force_login(admin)
    assert client.get(f"/admin/pages/{care.pk}/edit/").status_code == 200
    response = client.post(f"/admin/pages/{care.pk}/delete/")
    assert response.status_code == 302
    assert not NGOEntryPage.objects.filter(pk=care.pk).exists()
