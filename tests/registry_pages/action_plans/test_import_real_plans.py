"""Real action plans import (issue 15): Word tables, a four-level plan, a saved web page with its
site menu, text copied out of a PDF, a spreadsheet — each with its items, owners split, deadlines
read and levels kept; the report in the issue's JSON shape; the plan page shows what was imported."""

import io
import json

import pytest
from django.core.management import CommandError, call_command
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import Page

from registry_pages.action_plans import listing
from registry_pages.models import ActionItemPage, ActionPlanPage, Position
from tests.registry_pages.action_plans import real_plans
from tests.registry_pages.support import translate_ancestors

pytestmark = pytest.mark.django_db


def run(path, parent, language, *extra):
    out, err = io.StringIO(), io.StringIO()
    call_command("import_action_plan", str(path), "--parent", str(parent.pk), "--language", language,
                 "--report", "json", *map(str, extra), stdout=out, stderr=err)
    return json.loads(out.getvalue())


def parent_in(site_root, locales, code):
    if code == "bg":
        return site_root
    section = site_root.add_child(instance=Page(title=f"Plans {code}", slug=f"plans-{code}"))
    translate_ancestors(section, locales[code])
    local = section.copy_for_translation(locales[code])
    local.save_revision().publish()
    return local


def items_of(plan):
    return {item.number: item for item in ActionItemPage.objects.child_of(plan)}


def owners(item):
    return [row.position.title for row in item.owners.order_by("sort_order")]


def test_polish_word_table_without_themes(tmp_path, site_root, locales):
    parent = parent_in(site_root, locales, "pl")
    Position.objects.get_or_create(title="Sekretarz Gminy", locale=locales["pl"])
    Position.objects.get_or_create(title="Koordynator", locale=locales["pl"])
    path = real_plans.polish_docx(tmp_path / "plan-dostepnosci.docx")

    report = run(path, parent, "pl")
    assert report["errors"] == [] and report["items"] == 6 and report["themes"] == 0
    assert report["deadlines"] == {"recognised": 6, "unrecognised": []}
    # compound owners split; a body's name with "i" kept whole; unknown ones proposed
    assert report["proposed"]["positions"] == [
        "Wójt Gminy", "zespół", "Wydział Inwestycji", "Wydział Promocji",
        "Referat Gospodarki Komunalnej i Ochrony Środowiska"]
    page = report["pages"][0]
    assert page["title"] == real_plans.POLISH_TITLE and page["fields"]["period"] == "2020–2021"
    assert page["fields"]["levels"] == 1 and page["fields"]["methods"] == 5
    assert page["fields"]["owners_to_assign"] == 5  # 4 with an unknown owner, 4. with none
    # in the operator's language (--language pl)
    assert "odpowiedzialny do wyznaczenia: działania 1, 2, 3, 4, 5" in page["warnings"], page["warnings"]

    plan = ActionPlanPage.objects.child_of(parent).get()
    assert (plan.period_start, plan.period_end, plan.themes.count()) == (2020, 2021, 0)
    items = items_of(plan)
    assert items["1"].deadline_month == 9 and items["1"].deadline_year == 2020
    assert items["2"].deadline_month == 12 and items["2"].deadline_year == 2020
    assert str(items["3"].deadline_date) == "2021-01-31"
    assert items["4"].deadline_kind == "half_year" and items["4"].deadline_year == 2021
    assert items["5"].deadline_kind == "permanent"
    assert items["6"].deadline_month == 3 and items["6"].deadline_year == 2021
    assert owners(items["2"]) == ["Koordynator"] and items["2"].unassigned_owner_names == ["zespół"]
    assert owners(items["3"]) == ["Sekretarz Gminy"]
    assert items["3"].unassigned_owner_names == ["Wydział Inwestycji", "Wydział Promocji"]
    assert owners(items["4"]) == [] and items["4"].owner_to_be_assigned
    assert items["6"].owners.count() == 1 and not items["6"].owner_to_be_assigned
    assert items["1"].implementation_method == "zarządzenie wójta" and items["1"].theme_number == ""
    assert not plan.live and not any(item.live for item in items.values())


def test_create_missing_makes_draft_positions(tmp_path, site_root, locales):
    parent = parent_in(site_root, locales, "pl")
    Position.objects.get_or_create(title="Sekretarz Gminy", locale=locales["pl"])
    before = set(Position.objects.values_list("pk", flat=True))
    path = real_plans.polish_docx(tmp_path / "plan.docx")
    report = run(path, parent, "pl", "--create-missing")
    assert report["errors"] == [] and "Wydział Promocji" in report["proposed"]["positions"]
    created = Position.objects.exclude(pk__in=before)
    assert sorted(created.values_list("title", flat=True)) == sorted(report["proposed"]["positions"])
    assert created.count() >= 5 and not created.filter(live=True).exists()  # drafts, for approval
    items = items_of(ActionPlanPage.objects.child_of(parent).get())
    assert owners(items["3"]) == ["Wydział Inwestycji", "Wydział Promocji", "Sekretarz Gminy"]
    assert not items["3"].owner_to_be_assigned and items["4"].owner_to_be_assigned


def test_bulgarian_plan_of_four_levels(tmp_path, site_root, locales):
    Position.objects.create(title="Дирекция „Финанси и бюджет“", locale=locales["bg"])
    Position.objects.create(title="Секретар на общината", locale=locales["bg"])
    path = real_plans.bulgarian_docx(tmp_path / "plan.docx")
    report = run(path, site_root, "bg")
    assert report["errors"] == [] and report["themes"] == 7 and report["items"] == 4
    assert report["deadlines"] == {"recognised": 4, "unrecognised": []}
    assert report["pages"][0]["fields"]["levels"] == 4
    plan = ActionPlanPage.objects.child_of(site_root).get(title=real_plans.BULGARIAN_TITLE)
    assert (plan.period_start, plan.period_end) == (2025, 2026)
    outline = [(t.number, t.level, t.title) for t in plan.themes.order_by("sort_order")]
    assert outline[:4] == [("1", 1, "Открито управление"), ("1.1", 2, "Достъпна информация за гражданите"),
                           ("1.1.1", 3, "Публикуване на отворени данни"), ("1.1.2", 3, "Обратна връзка от гражданите")]
    items = items_of(plan)
    assert items["1.1.1.1"].theme_number == "1.1.1" and items["2.1.1.1"].theme_number == "2.1.1"
    assert owners(items["1.1.1.1"]) == ["Дирекция „Финанси и бюджет“"]  # not cut at "и"
    assert items["1.1.1.2"].unassigned_owner_names == [
        "Дирекция „Административно обслужване“", "Дирекция „Информационни технологии“"]
    assert items["1.1.1.1"].deadline_quarter == 4 and items["1.1.1.2"].deadline_kind == "year"
    assert items["1.1.1.2"].deadline_year == 2025  # "до края на годината": the plan's first year
    assert items["1.1.2.1"].deadline_kind == "half_year" and items["2.1.1.1"].deadline_year == 2026
    assert items["1.1.1.1"].indicator == "Публикуван набор от данни" and items["1.1.1.1"].funding == "Общински бюджет"
    assert any("2025" in warning and "1.1.1.2" in warning for warning in report["pages"][0]["warnings"])


def test_ukrainian_saved_web_page_with_its_site_menu(site_root, locales):
    parent = parent_in(site_root, locales, "uk")
    Position.objects.create(title="Секретар ради", locale=locales["uk"])
    report = run(real_plans.DATA / "plan-uk-saved-page.html", parent, "uk")
    assert report["errors"] == [] and report["themes"] == 2 and report["items"] == 6
    assert report["deadlines"] == {"recognised": 6, "unrecognised": []}
    assert "Головна" not in json.dumps(report, ensure_ascii=False).replace("Головна / Документи", "")
    plan = ActionPlanPage.objects.child_of(parent).get()
    assert plan.title.startswith("План заходів щодо забезпечення прозорості") and plan.period_start == 2026
    assert [t.number for t in plan.themes.order_by("sort_order")] == ["I", "II"]
    items = items_of(plan)
    assert items["2"].unassigned_owner_names == ["відділ ЦНАП", "відділ цифрового розвитку"]
    assert items["3"].unassigned_owner_names == ["Відділ освіти, молоді та спорту"]
    assert owners(items["6"]) == ["Секретар ради"] and items["6"].unassigned_owner_names == ["юрист"]
    assert items["1"].deadline_kind == "half_year" and items["3"].deadline_month == 12
    assert items["4"].deadline_recurrence == "quarterly" and items["6"].deadline_kind == "ongoing"
    assert items["5"].owner_to_be_assigned and items["1"].indicator == "Звіт на вебсайті"


def test_text_copied_from_a_pdf_with_bar_cells(site_root, locales):
    parent = parent_in(site_root, locales, "pl")
    report = run(real_plans.DATA / "plan-pl-copied-from-pdf.txt", parent, "pl", "--dry-run")
    assert report["errors"] == [] and report["items"] == 4 and report["themes"] == 0
    assert report["deadlines"] == {"recognised": 3, "unrecognised": ["jak najszybciej po wyborach"]}
    assert report["owners"] == ["Sekretarz Gminy", "Kierownik Referatu Finansowego", "Skarbnik", "Zespół ds. etyki",
                                "Burmistrz"]
    assert report["pages"][0]["fields"]["period"] == "2026" and report["pages"][0]["fields"]["indicators"] == 4
    assert not ActionPlanPage.objects.child_of(parent).exists()  # a dry run writes nothing


def test_spreadsheet_with_themes_and_a_header_typo(tmp_path, site_root, locales):
    path = real_plans.spreadsheet(tmp_path / "plan.xlsx")
    report = run(path, site_root, "bg")
    assert report["errors"] == [] and report["themes"] == 2 and report["items"] == 3
    assert report["owners"] == ["Председател на общинския съвет", "Секретар на общината", "Юрисконсулт",
                                "Кмет на общината"]
    plan = ActionPlanPage.objects.child_of(site_root).get(title=real_plans.SPREADSHEET_ROWS[0][0])
    items = items_of(plan)
    assert items["1.2"].deadline_month == 12 and items["1.2"].deadline_year == 2026
    assert items["2.1"].deadline_recurrence == "monthly" and items["1.1"].theme_number == "1"


def test_without_a_period_the_import_asks_for_year(tmp_path, site_root):
    path = tmp_path / "plan.csv"
    path.write_text("№;Мярка;Срок;Отговорник\n1;Публикуване на отчет;м. март;Кмет\n", encoding="utf-8")
    with translation.override("bg"), pytest.raises(CommandError):
        run(path, site_root, "bg")
    report = run(path, site_root, "bg", "--year", 2027)
    assert report["errors"] == [] and report["items"] == 1
    item = ActionItemPage.objects.get(number="1", task="Публикуване на отчет")
    assert (item.deadline_month, item.deadline_year) == (3, 2027)


def test_the_plan_page_shows_a_plan_without_themes_and_its_new_columns(tmp_path, site_root, locales, client, monkeypatch):
    import datetime as dt

    monkeypatch.setattr(listing, "today", lambda: dt.date(2020, 6, 1))
    Position.objects.create(title="Koordynator", locale=locales["pl"])
    parent = parent_in(site_root, locales, "pl")
    run(real_plans.polish_docx(tmp_path / "plan.docx"), parent, "pl")
    plan = ActionPlanPage.objects.child_of(parent).get()
    plan.save_revision().publish()
    for item in ActionItemPage.objects.child_of(plan):
        item.save_revision().publish()
    html = client.get(plan.url).content.decode()
    assert html.count('class="action-items table--stack"') == 1  # one table (stacked on phones), no theme headings
    assert "Sposób realizacji" in html and "samoocena z listą kontrolną" in html
    assert "Wskaźnik" not in html  # no indicator column when no item has one
    assert html.count("badge--unassigned") == 5 and "zespół" in html


def test_hostile_cells_give_clear_messages_and_write_nothing(tmp_path, site_root):
    path = tmp_path / "plan.csv"
    path.write_text(
        "№;Мярка;Срок;Отговорник\n"
        "1;\"=HYPERLINK(\"\"http://evil.example\"\";\"\"Кликни\"\")\x00\";м. март;Кмет\n"
        "123456789012345678901234567890;Задача с огромен номер;2026;Кмет\n"
        "2;;м. май;Кмет\n"
        "1;Друга задача със същия номер;м. юни;Кмет\n",
        encoding="utf-8",
    )
    before = ActionItemPage.objects.count()
    with pytest.raises(CommandError):
        run(path, site_root, "bg", "--year", 2026)
    assert ActionItemPage.objects.count() == before
    out = io.StringIO()
    with pytest.raises(CommandError):
        call_command("import_action_plan", str(path), "--parent", str(site_root.pk), "--year", "2026",
                     "--report", "json", stdout=out, stderr=io.StringIO())
    report = json.loads(out.getvalue())
    with translation.override("bg"):  # all problems in one run, each with its place, in Bulgarian
        expected = [("4", gettext("item %(number)s has no task") % {"number": "2"}),
                    ("5", gettext("item %(number)s appears twice") % {"number": "1"})]
    assert expected[0][1] == "задача 2 няма текст"
    assert [(e["where"][-1:], e["message"]) for e in report["errors"]] == expected
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(CommandError):
        run(empty, site_root, "bg", "--year", 2026)
