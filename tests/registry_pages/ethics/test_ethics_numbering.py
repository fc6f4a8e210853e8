"""Ethics codes keep their own numbering on four levels, with anchors built from it."""

import json

import pytest

from registry_pages.ethics.blocks import count_units, label_token
from registry_pages.models import EthicsCodePage
from tests.registry_pages.ethics.test_ethics_code import make_code, make_index, section

pytestmark = pytest.mark.django_db


def article(label, text="", title="", paragraphs=()):
    return {"label": label, "title": title, "text": f"<p>{text}</p>" if text else "", "paragraphs": list(paragraphs)}


def paragraph(label, text, points=()):
    return {"label": label, "text": f"<p>{text}</p>", "points": [{"label": p, "text": f"<p>{t}</p>"} for p, t in points]}


def chapter(label, title, rules):
    return {"type": "section", "value": {"label": label, "title": title, "style": "principles", "intro": "", "rules": rules}}


POLISH = [
    chapter("Rozdział I", "Postanowienia ogólne", [article("§ 1", "Kodeks określa zasady postępowania pracowników urzędu.")]),
    chapter("Rozdział II", "Zasady postępowania", [
        article("§ 5", paragraphs=[
            paragraph("ust. 1", "Pracownik działa bezstronnie."),
            paragraph("ust. 2", "Pracownik w szczególności:", points=[("pkt 1", "nie przyjmuje korzyści,"), ("pkt 3", "unika konfliktu interesów.")]),
        ]),
    ]),
]


@pytest.fixture
def index(site_root):
    return make_index(site_root, slug="test-kodeksi-num")


def test_polish_numbering_is_shown_as_written_with_anchors_to_paragraph_and_point(index, client):
    code = make_code(index, POLISH, slug="kodeks-pl")
    html = client.get(code.url).content.decode()
    assert 'id="rozdzial-ii"' in html and "Rozdział II Postanowienia ogólne" not in html
    assert '<a href="#rozdzial-ii">Rozdział II Zasady postępowania</a>' in html
    assert 'id="par-5"' in html and "<span class=\"ethics-number\">§ 5</span>" in html
    # a citizen links to "§ 5 ust. 2" and to its point 3
    assert '<li id="par-5-ust-2"><a class="ethics-number" href="#par-5-ust-2">ust. 2</a>' in html
    assert 'id="par-5-ust-2-pkt-3"' in html and "unika konfliktu interesów." in html
    sections = EthicsCodePage.objects.get(pk=code.pk).numbered_sections()
    assert count_units(sections) == (8, 4)  # 2 chapters, 2 articles, 2 paragraphs, 2 points


def test_bulgarian_articles_without_chapters_and_a_repeated_number_get_distinct_anchors(index, client):
    sections = [
        chapter("", "", [article("Чл. 1", "Кодексът урежда правилата."), article("Чл. 4", paragraphs=[
            paragraph("(1)", "Служителят е вежлив."), paragraph("(2)", "Служителят пази тайна."),
        ])]),
        chapter("", "Заключителни разпоредби", [article("§ 1", "Кодексът влиза в сила."), article("§ 1", "Повторен номер.")]),
    ]
    code = make_code(index, sections, slug="kodeks-bg")
    html = client.get(code.url).content.decode()
    assert 'id="chl-4-2"' in html and 'id="chl-1"' in html
    assert 'id="par-1"' in html and 'id="section-2-par-1"' in html  # the second "§ 1" keeps its chapter in front
    assert '<span class="ethics-number">2.</span> Заключителни разпоредби' in html


def test_codes_written_before_keep_their_automatic_numbers(index, client):
    code = make_code(index, [section("Отношения с гражданите", [("", "Служителят е учтив.")])], slug="kodeks-star")
    html = client.get(code.url).content.decode()
    assert 'id="section-1"' in html and 'id="section-1-1"' in html
    assert '<span class="ethics-number">1.</span> Отношения с гражданите' in html


@pytest.mark.parametrize(
    ("label", "language", "token"),
    [("§ 5", "pl", "par-5"), ("Чл. 4", "bg", "chl-4"), ("ust. 2", "pl", "ust-2"), ("1.1.", "bg", "1-1"),
     ("а)", "bg", "a"), ("Rozdział II", "pl", "rozdzial-ii"), ("Стаття 3", "uk", "stattja-3")],
)
def test_label_tokens(label, language, token):
    assert label_token(label, language) == token


def test_stored_blocks_without_the_new_fields_still_render(index, client):
    old = [{"type": "section", "value": {"title": "Принципи", "style": "principles", "intro": "",
                                         "rules": [{"title": "Законност", "text": "<p>Текст.</p>"}]}}]
    code = make_code(index, old, slug="kodeks-staro")
    assert json.loads(json.dumps(old))  # stored exactly as before the migration
    html = client.get(code.url).content.decode()
    assert '<span class="ethics-number">1.1</span> Законност' in html
