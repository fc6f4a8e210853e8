"""Ethics codes: where they may be created, numbering, anchors, contents, rendering."""

import datetime as dt
import json
import re

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Locale, Page

from registry_pages.ethics.models import BOUND_GROUPS
from registry_pages.models import (
    Department,
    EthicsCodeIndexPage,
    EthicsCodePage,
    Position,
    ReceptionDaysPage,
)
from tests.registry_pages.support import translate_ancestors

pytestmark = pytest.mark.django_db


# --- builders -----------------------------------------------------------------


def section(title, rules, style="rules", intro=""):
    return {
        "type": "section",
        "value": {
            "title": title,
            "style": style,
            "intro": intro,
            "rules": [{"title": t, "text": f"<p>{text}</p>"} for t, text in rules],
        },
    }


def make_index(parent, slug="etichni-kodeksi"):
    index = EthicsCodeIndexPage(title="Етични кодекси", slug=slug, intro="<p>Кодексите на общината.</p>")
    parent.add_child(instance=index)
    index.save_revision().publish()
    return index


def make_code(index, sections, slug="kodeks", **fields):
    defaults = {"title": "Етичен кодекс", "slug": slug, "binds_employees": True}
    defaults.update(fields)
    code = EthicsCodePage(**defaults, sections=json.dumps(sections))
    index.add_child(instance=code)
    code.save_revision().publish()
    return EthicsCodePage.objects.get(pk=code.pk)


def seed_000_sections(seeds_dir):
    """The four grouped sections of seed 000, each with its list of rules."""
    text = next(seeds_dir.glob("000_*.txt")).read_text(encoding="utf-8")
    body = text.split("Етични правила за поведение на служителите в общинска администрация", 1)[1]
    lines = [line.strip() for line in body.splitlines() if line.strip()]
    sections = []
    for i, line in enumerate(lines):
        if line == "Служителят:" and i + 1 < len(lines):
            rules = [r.strip() for r in lines[i + 1].split(";") if r.strip()]
            sections.append(section(lines[i - 1], [("", r) for r in rules], intro="<p>Служителят:</p>"))
    return sections


def seed_004_sections(seeds_dir):
    """Seed 004: section 1 (general provisions) and section 2 with principles 2.1–2.5."""
    text = next(seeds_dir.glob("004_*.txt")).read_text(encoding="utf-8")
    principles, current = [], None
    for line in text.split("2. Етичні принципи", 1)[1].splitlines():
        match = re.match(r"^2\.(\d)\s+(.+?)\s*$", line)
        if match:
            current = [match.group(2), []]
            principles.append(current)
        elif line.startswith("3."):
            break
        elif current and line.strip():
            current[1].append(line.strip())
    return [
        section("Загальні положення", [], intro="<p>Вступ.</p>"),
        section("Етичні принципи", [(title, " ".join(paras)) for title, paras in principles], style="principles"),
    ]


@pytest.fixture
def parent(site_root):
    """A fresh section under the site's root (the demo, when loaded, already fills the home page)."""
    return site_root.add_child(instance=Page(title="Раздел", slug="test-razdel"))


@pytest.fixture
def index(site_root):
    """Directly under the home page, as in a real site (add_child ignores max_count_per_parent)."""
    return make_index(site_root, slug="test-kodeksi")


@pytest.fixture
def department_and_position(locales):
    department = Department.objects.create(name="Дирекция АПО", address="пл. Тестова 1", locale=locales["bg"])
    position = Position.objects.create(title="Комисия по етика", department=department, locale=locales["bg"])
    return department, position


# --- where codes may be created ---------------------------------------------------


def test_codes_live_only_under_the_codes_index(parent):
    assert EthicsCodeIndexPage.can_create_at(parent)
    index = make_index(parent)
    assert EthicsCodePage.can_create_at(index)
    assert not EthicsCodePage.can_create_at(parent)
    assert not EthicsCodeIndexPage.can_create_at(index)
    assert not ReceptionDaysPage.can_create_at(index)
    assert EthicsCodePage.allowed_parent_page_models() == [EthicsCodeIndexPage]
    code = make_code(index, [])
    assert not EthicsCodePage.can_create_at(code)


def test_one_codes_index_per_parent(parent):
    make_index(parent)
    assert not EthicsCodeIndexPage.can_create_at(parent)


def test_a_code_must_bind_someone_and_link_one_way(index):
    code = EthicsCodePage(title="X", slug="x", binds_employees=False)
    with pytest.raises(ValidationError) as error:
        code.clean()
    assert "binds_employees" in error.value.message_dict
    code = EthicsCodePage(title="X", slug="x", binds_councillors=True, report_concern_url="https://example.org/")
    code.report_concern_page_id = index.pk
    with pytest.raises(ValidationError) as error:
        code.clean()
    assert "report_concern_url" in error.value.message_dict


def test_admin_can_open_the_create_forms(client, index):
    admin = get_user_model().objects.create_superuser("t_admin", "a@example.org", "pw")
    client.force_login(admin)
    other = index.get_parent().add_child(instance=Page(title="Друг раздел", slug="test-drug"))
    for model, parent in ((EthicsCodePage, index), (EthicsCodeIndexPage, other)):
        url = f"/admin/pages/add/registry_pages/{model._meta.model_name}/{parent.pk}/"
        assert client.get(url).status_code == 200


# --- numbering, anchors and contents -------------------------------------------------


def test_seed_000_four_grouped_sections_with_lists_of_rules(index, seeds_dir, client):
    sections = seed_000_sections(seeds_dir)
    assert len(sections) == 4
    code = make_code(index, sections)
    numbered = code.numbered_sections()
    assert [s.number for s in numbered] == ["1", "2", "3", "4"]
    assert numbered[1].title == "Професионално поведение"
    assert [r.number for r in numbered[1].rules][:3] == ["2.1", "2.2", "2.3"]
    assert all(not s.numbered for s in numbered)
    html = client.get(code.url).content.decode()
    assert '<ul class="ethics-rules">' in html
    assert 'id="section-4"' in html and 'id="section-2-3"' in html
    assert 'href="#section-3"' in html
    # bullets, not numbers, for lists of rules
    assert '<span class="ethics-number">2.1</span>' not in html


def test_seed_004_numbered_principles_2_1_to_2_5(index, seeds_dir, client):
    code = make_code(index, seed_004_sections(seeds_dir), binds_employees=True)
    principles = code.numbered_sections()[1]
    assert principles.numbered
    assert [r.number for r in principles.rules] == ["2.1", "2.2", "2.3", "2.4", "2.5"]
    assert [r.anchor for r in principles.rules][0] == "section-2-1"
    html = client.get(code.url).content.decode()
    toc = re.search(r'<nav class="ethics-toc" aria-label="[^"]+">.*?</nav>', html, re.S).group(0)
    assert '<a href="#section-2-1">2.1 Принцип законності</a>' in toc
    assert '<a href="#section-2-5">2.5 Принцип неупередженості та рівності</a>' in toc
    assert 'id="section-2-1"' in html
    assert '<span class="ethics-number">2.1</span> Принцип законності' in html


def test_moving_a_section_renumbers_it(index):
    a = section("Първи", [("", "едно")], style="principles")
    b = section("Втори", [("Т", "две"), ("", "три")], style="principles")
    code = make_code(index, [b, a])
    assert [(s.number, s.title) for s in code.numbered_sections()] == [("1", "Втори"), ("2", "Първи")]
    assert code.numbered_sections()[0].rules[1].number == "1.2"


# --- rendering -------------------------------------------------------------------


def full_code(index, department, position, **extra):
    return make_code(
        index,
        [section("Принципи", [("Законност", "Служителите действат в рамките на закона.")], style="principles")],
        binds_councillors=True,
        binds_executive_officers=True,
        binds_employees=False,
        adopting_act=json.dumps([{"type": "act", "value": {
            "title": "Решение на Общинския съвет", "number": "412", "date": "2025-11-27",
            "issuer": "Общински съвет", "url": "",
        }}]),
        effective_date=dt.date(2026, 1, 1),
        preamble="<p>Този кодекс описва поведението.</p>",
        breach_procedure="<p>Сигналът се разглежда от комисията по етика в срок от 30 дни.</p>",
        report_concern_url="https://belorechie.example/signal",
        responsible_department=department,
        contact_position=position,
        last_reviewed=dt.date(2026, 2, 1),
        **extra,
    )


def test_every_field_renders(index, client, department_and_position):
    department, position = department_and_position
    code = full_code(index, department, position)
    response = client.get(code.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Етичен кодекс</h1>" in html
    with translation.override("bg"):
        groups = {name: str(label) for name, label in BOUND_GROUPS.items()}
    assert groups["binds_councillors"] in html and groups["binds_executive_officers"] in html
    assert groups["binds_employees"] not in html
    assert "Решение на Общинския съвет" in html and "№ 412" in html and "Общински съвет" in html
    assert '<time datetime="2026-01-01">1 януари 2026\u00a0г.</time>' in html  # CLDR, not "01 Януари 2026"
    assert "от 27 ноември 2025\u00a0г." in html  # the adopting act's date, written out
    assert "Този кодекс описва поведението." in html
    assert "Служителите действат в рамките на закона." in html
    assert 'id="breach"' in html and "комисията по етика" in html
    assert 'href="https://belorechie.example/signal"' in html
    assert "Дирекция АПО" in html and "Комисия по етика" in html
    assert '<time datetime="2026-02-01">' in html
    assert 'href="#breach"' in html and 'href="#report"' in html
    assert "css/ethics.css" in html


def test_report_link_to_a_page_follows_the_language(index, client):
    code = make_code(index, [], report_concern_page=index, binds_employees=True)
    assert f'href="{index.url}"' in client.get(code.url).content.decode()


def test_index_lists_live_codes_with_whom_they_bind(index, client):
    make_code(index, [], slug="sluzhiteli", title="Кодекс на служителите", binds_employees=True)
    make_code(index, [], slug="savetnitsi", title="Кодекс на съветниците", binds_councillors=True,
              binds_employees=False)
    html = client.get(index.url).content.decode()
    assert "Кодекс на служителите" in html and "Кодекс на съветниците" in html
    with translation.override("bg"):
        assert str(BOUND_GROUPS["binds_councillors"]) in html


def _count_queries(client, url):
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


def test_query_count_does_not_grow_with_sections(index, client, department_and_position, django_assert_max_num_queries):
    department, position = department_and_position
    small = full_code(index, department, position)
    many = [section(f"Раздел {n}", [("", f"Правило {n}.{m}") for m in range(8)], style="principles")
            for n in range(12)]
    big = make_code(index, many, slug="golyam", responsible_department=department, contact_position=position)
    _count_queries(client, small.url)  # warm caches shared by every page (site, locales)
    _count_queries(client, big.url)  # and the page's own (its view count)
    assert _count_queries(client, big.url) <= _count_queries(client, small.url)
    with django_assert_max_num_queries(15):
        client.get(big.url)
    with django_assert_max_num_queries(15):
        client.get(index.url)


def test_renders_in_a_translated_locale(index, client, seeds_dir):
    code = make_code(index, seed_004_sections(seeds_dir))
    en = Locale.objects.get(language_code="en")
    translate_ancestors(code, en)
    translated = code.copy_for_translation(en)
    translated.title = "Code of ethics"
    translated.save_revision().publish()
    translated = Page.objects.get(pk=translated.pk).specific
    html = client.get(translated.url).content.decode()
    assert translated.url.startswith("/en/")
    assert '<html lang="en">' in html
    assert '<nav class="ethics-toc" aria-label="Table of contents">' in html
    assert 'href="#section-2-5"' in html
