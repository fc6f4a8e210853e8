"""Service cards and the service catalogue as a citizen and an editor meet them."""

import csv
import io
import json
import re
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import formats, translation
from django.utils.translation import gettext
from wagtail.models import Locale, Page, PageViewRestriction
from wagtail.test.utils import WagtailPageTestCase

from portal_demo.content.text import T
from portal_demo.content.translate import translate, translate_all
from registry_pages.models import ServiceCardPage, ServiceIndexPage
from registry_pages.opendata.responses import BOM
from tests.registry_pages.services.support import (
    card,
    catalogue,
    catalogue_query_bound,
    category,
    department,
    form_document,
)


class TestWhereServiceCardsLive(WagtailPageTestCase):
    def test_cards_only_under_the_catalogue(self):
        self.assertCanCreateAt(ServiceIndexPage, ServiceCardPage)
        self.assertCanNotCreateAt(Page, ServiceCardPage)
        self.assertCanNotCreateAt(ServiceCardPage, ServiceCardPage)
        self.assertAllowedParentPageTypes(ServiceCardPage, {ServiceIndexPage})
        self.assertAllowedSubpageTypes(ServiceCardPage, set())
        self.assertAllowedSubpageTypes(ServiceIndexPage, {ServiceCardPage})
        self.assertCanCreateAt(Page, ServiceIndexPage)


def _bg(text):
    with translation.override("bg"):
        return gettext(text)


def _amount(value, language="bg"):
    """An amount as the page shows it in a language (decimal comma in bg, pl, uk)."""
    with translation.override(language):
        return formats.number_format(Decimal(value), 2)


@pytest.fixture
def index(site_root):
    return catalogue(site_root)


@pytest.fixture
def civil(db):
    return category("Гражданско състояние", 1)


@pytest.fixture
def full_card(index, civil):
    dept = department()
    doc = form_document("Заявление за удостоверение")
    return card(
        index, "Удостоверение за раждане", civil,
        documents=[("document", {"name": "Заявление", "note": "по образец", "form": doc})],
        in_person_department=dept, responsible_department=dept, online_url="https://e.example/usluga",
        payment_url="https://pay.example/", by_post="Изпратете заявлението по пощата.",
    )


@pytest.mark.django_db
def test_card_renders_every_field(client, full_card):
    response = client.get(full_card.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Удостоверение за раждане" in html and "Кратко описание на Удостоверение за раждане." in html
    assert "Всеки гражданин." in html and "Удостоверение на хартия." in html
    assert "Пред административния съд в 14-дневен срок." in html
    fees = re.search(r'<table class="service-fees"[^>]*>.*?</table>', html, re.S).group(0)
    assert f"<caption>{_bg('Fees')}</caption>" in fees and '<th scope="col">' in fees
    assert f"{_amount('5.00')} BGN" in fees and f"<strong>{_bg('Free')}</strong>" in fees
    times = re.search(r'<table class="service-times"[^>]*>.*?</table>', html, re.S).group(0)
    assert '<th scope="row">обикновена</th>' in times and "<caption>" in times
    assert "Заявление – по образец" in html
    doc_link = re.search(r'<a href="([^"]+)" download>', html).group(1)
    assert doc_link.startswith("/documents/") and "(TXT," in html
    assert '<a href="https://example.org/zgr">Закон за гражданската регистрация</a>, № 67' in html
    assert "Тестов отдел „Гражданско състояние“" in html and "12" in html
    assert 'href="https://e.example/usluga"' in html and 'href="https://pay.example/"' in html
    assert "Изпратете заявлението по пощата." in html
    assert '<dl class="definition">' in html


@pytest.mark.django_db
def test_card_json_ld_is_a_government_service(client, full_card):
    html = client.get(full_card.url).content.decode()
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))
    assert data["@type"] == "GovernmentService"
    assert data["name"] == "Удостоверение за раждане"
    assert data["serviceType"] == "Гражданско състояние"
    assert data["url"].endswith(full_card.url)
    assert {"price": "5.00", "priceCurrency": "BGN"}.items() <= data["offers"][0].items()


@pytest.mark.django_db
def test_json_ld_escapes_script_breaking_text(index, civil, rf):
    from registry_pages.services.catalogue import json_ld

    page = card(index, "Услуга </script><b>", civil)
    html = json_ld(page, rf.get("/"))
    assert "</script><b>" not in html and html.count("</script>") == 1
    assert json.loads(html.split(">", 1)[1].rsplit("<", 1)[0])["name"] == "Услуга </script><b>"


@pytest.mark.django_db
def test_card_without_documents_says_so(client, index, civil):
    page = card(index, "Справка за данък", civil, documents=[])
    html = client.get(page.url).content.decode()
    assert _bg("No documents are required for this service.") in html
    assert 'class="service-documents"' not in html


@pytest.mark.django_db
def test_validation_messages(index, civil):
    # The messages are lazy: read them in English here (their bg/pl/uk texts live in the catalogues).
    with translation.override("en"):
        page = card(index, "Справка", civil, live=False)
        page.required_documents = []
        page.no_documents_required = False
        errors = page.card_errors()
        assert "no documents required" in str(errors["no_documents_required"][0])
        page.required_documents = [("document", {"name": "Лична карта", "note": "", "form": None})]
        page.no_documents_required = True
        assert "Untick" in str(page.card_errors()["no_documents_required"][0])
        page.no_documents_required = False
        page.fees = [("fee", {"variant": "обикновена", "amount": Decimal("-1"), "currency": "BGN", "note": ""}),
                     ("fee", {"variant": "бърза", "amount": None, "currency": "USD", "note": ""})]
        messages = [str(m) for m in page.card_errors()["fees"]]
        assert messages == [
            "The fee “обикновена” cannot be negative.",
            "Enter the amount of the fee “бърза” as a number, e.g. 5.00 (0 if free).",
            "Choose the currency of the fee “бърза”: BGN, EUR, PLN, UAH.",
        ]
        with pytest.raises(ValidationError) as raised:
            page.full_clean()
        assert "fees" in raised.value.message_dict
    with translation.override("bg"):
        assert str(page.card_errors()["fees"][0]) == "Таксата „обикновена“ не може да бъде отрицателна."


@pytest.mark.django_db
def test_card_query_count_is_bounded(client, full_card, django_assert_max_num_queries):
    other = card(full_card.get_parent().specific, "Удостоверение за семейно положение", full_card.category)
    full_card.related_services.create(service=other)
    full_card.save_revision().publish()
    client.get(full_card.url)  # warm the site-root paths and the card's route, as any earlier visitor does
    # 7: the card (with its joins: found by the route cache, core/routing.py), its translations, related
    # services, a document, the approval trail (3); Wagtail's walk to it cost 7 more.
    with django_assert_max_num_queries(8):
        response = client.get(full_card.url)
    assert response.status_code == 200
    assert 'href="%s"' % other.url in response.content.decode()


def _queries_for(client, url):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


@pytest.mark.django_db
def test_catalogue_queries_do_not_grow_with_cards(client, site_root, civil):
    small, large = catalogue(site_root, "t-small"), catalogue(site_root, "t-large")
    taxes = category("Местни данъци", 2)
    for i in range(3):
        card(small, f"Услуга {i}", civil if i % 2 else taxes)
    for i in range(30):
        card(large, f"Услуга {i}", civil if i % 2 else taxes)
    client.get(small.url)  # warm caches (site root paths) and both routes (core/routing.py)
    client.get(large.url)
    assert _queries_for(client, small.url) == _queries_for(client, large.url) <= catalogue_query_bound()
    assert _queries_for(client, large.url + "?letter=%D0%A3") <= catalogue_query_bound()


@pytest.mark.django_db
def test_catalogue_by_category_and_letter(client, index, civil):
    taxes = category("Местни данъци", 2)
    card(index, "Удостоверение за раждане", civil)
    card(index, "Багаж на община", taxes)
    card(index, "„Бързо“ удостоверение", civil)
    card(index, "Чернова", civil, live=False)
    private = card(index, "Вътрешна услуга", civil)
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    html = client.get(index.url).content.decode()
    assert "Чернова" not in html and "Вътрешна услуга" not in html and "<h3>Гражданско състояние</h3>" in html and "<h3>Местни данъци</h3>" in html
    assert f'?category={civil.pk}"' in html
    by_category = client.get(f"{index.url}?category={taxes.pk}").content.decode()
    assert "Багаж на община" in by_category and "Удостоверение за раждане" not in by_category
    by_letter = client.get(index.url, {"letter": "Б"}).content.decode()
    assert "Багаж на община" in by_letter and "„Бързо“ удостоверение" in by_letter
    assert "Удостоверение за раждане" not in by_letter
    letters = re.search(r'<nav class="letter-index".*?</nav>', html, re.S).group(0)
    assert "letter=%D0%91" in letters  # Б is a link
    assert '<span aria-disabled="true"' in letters and ">Я</span>" in letters  # no service starts with Я


@pytest.mark.django_db
def test_export_csv_has_bom_and_columns(client, index, civil):
    card(index, "Удостоверение за раждане", civil)
    html = client.get(index.url).content.decode()
    assert 'href="%sexport.csv"' % index.url in html
    response = client.get(index.url + "export.csv")
    text = response.content.decode("utf-8")
    assert text.startswith(BOM)
    rows = list(csv.DictReader(io.StringIO(text[1:])))
    assert list(rows[0]) == ["title", "url", "category", "summary", "fees", "processing_times", "department", "last_reviewed"]
    assert rows[0]["fees"] == "обикновена 5.00 BGN; експресна 0 BGN"
    assert rows[0]["category"] == "Гражданско състояние"


@pytest.mark.django_db
def test_export_json_lists_live_cards_of_its_language_only(client, index, civil):
    card(index, "Публикувана", civil)
    card(index, "Чернова", civil, live=False)
    en_index = index.copy_for_translation(Locale.objects.get(language_code="en"), copy_parents=True)
    en_index.save_revision().publish()
    response = client.get(index.url + "export.json/")
    data = json.loads(response.content)
    assert data["language"] == "bg"
    assert [item["title"] for item in data["items"]] == ["Публикувана"]
    assert data["items"][0]["fees"][0] == {"variant": "обикновена", "amount": "5.00", "currency": "BGN", "note": "",
                                           "per_unit_amount": None, "unit": "", "formula": ""}
    assert data["items"][0]["processing_times"][0] == {
        "variant": "обикновена", "kind": "period", "minimum": None, "maximum": 7, "unit": "working_days",
        "as_written": "", "note": ""}  # the old {days: 7, working_days: true} read in the new shape
    en_data = json.loads(client.get(en_index.url + "export.json/").content)
    assert en_data["language"] == "en" and en_data["items"] == []


CARD_TEXTS = [
    T(bg="Тестов каталог на услугите", pl="Testowy katalog usług", uk="Тестовий каталог послуг", en="Test service catalogue"),
    T(bg="Всички услуги.", pl="Wszystkie usługi.", uk="Усі послуги.", en="All services."),
    T(bg="Удостоверение за раждане", pl="Odpis aktu urodzenia", uk="Свідоцтво про народження", en="Birth certificate"),
    T(bg="Кратко описание на Удостоверение за раждане.", pl="Krótki opis odpisu aktu urodzenia.",
      uk="Короткий опис свідоцтва про народження.", en="A short description of the birth certificate."),
    T(bg="Всеки гражданин.", pl="Każdy obywatel.", uk="Кожен громадянин.", en="Any citizen."),
    T(bg="Удостоверение на хартия.", pl="Zaświadczenie papierowe.", uk="Паперова довідка.", en="A paper certificate."),
    T(bg="Пред административния съд в 14-дневен срок.", pl="Do sądu administracyjnego w ciągu 14 dni.",
      uk="До адміністративного суду протягом 14 днів.", en="To the administrative court within 14 days."),
    T(bg="Лична карта", pl="Dowód osobisty", uk="Посвідчення особи", en="Identity card"),
    T(bg="оригинал", pl="oryginał", uk="оригінал", en="original"),
    T(bg="обикновена", pl="zwykła", uk="звичайна", en="ordinary"),
    T(bg="експресна", pl="ekspresowa", uk="термінова", en="express"),
    T(bg="за хора с увреждания", pl="dla osób z niepełnosprawnościami", uk="для людей з інвалідністю",
      en="for people with disabilities"),
    T(bg="Закон за гражданската регистрация", pl="Ustawa o rejestracji stanu cywilnego",
      uk="Закон про реєстрацію актів цивільного стану", en="Civil Registration Act"),
    T(bg="Народно събрание", pl="Zgromadzenie Narodowe", uk="Народні збори", en="National Assembly"),
]
CATEGORY = T(bg="Гражданско състояние", pl="Stan cywilny", uk="Цивільний стан", en="Civil status")
CATEGORY_DESCRIPTION = T(bg="Описание: Гражданско състояние", pl="Opis: stan cywilny", uk="Опис: цивільний стан",
                         en="Description: civil status")


@pytest.mark.django_db
def test_card_translates_and_renders_in_each_language(client, index, civil):
    page = card(index, "Удостоверение за раждане", civil)
    for code in ("pl", "uk", "en"):
        translate(civil, code, {CATEGORY.bg: CATEGORY.in_language(code),
                                CATEGORY_DESCRIPTION.bg: CATEGORY_DESCRIPTION.in_language(code)})
    translate_all(index, CARD_TEXTS, ("pl", "uk", "en"))
    translated = translate_all(page, CARD_TEXTS, ("pl", "uk", "en"))
    for code, target in translated.items():
        target = ServiceCardPage.objects.get(pk=target.pk)
        target.save_revision().publish()
        assert target.category.locale.language_code == code
        with translation.override(code):
            html = client.get(target.url).content.decode()
            free = gettext("Free")
        assert f'<html lang="{code}">' in html
        for text in (CARD_TEXTS[2], CARD_TEXTS[3], CARD_TEXTS[7], CARD_TEXTS[9], CATEGORY):
            assert text.in_language(code) in html, (code, text)
        assert f"<strong>{free}</strong>" in html and f"{_amount('5.00', code)} BGN" in html


def test_an_untouched_processing_time_is_not_a_change():
    """The editor posts the days as text; an untouched card must not count as edited (a
    reviewer's Approve from the editor would otherwise save a revision and restart the steps)."""
    from wagtail.blocks import StreamBlock, StreamValue

    from registry_pages.services.blocks import ProcessingTimeBlock

    stream = StreamBlock([("time", ProcessingTimeBlock())])
    stored = StreamValue(stream, [("time", {"variant": "обикновена", "days": 14, "working_days": True, "note": ""}, "t1")])
    posted = StreamValue(stream, [("time", {"variant": "обикновена", "days": "14", "working_days": True, "note": ""}, "t1")])
    assert stream.get_prep_value(stored) == stream.get_prep_value(posted)
    changed = StreamValue(stream, [("time", {"variant": "обикновена", "days": "15", "working_days": True, "note": ""}, "t1")])
    assert stream.get_prep_value(stored) != stream.get_prep_value(changed)
