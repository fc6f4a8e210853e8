"""`import_action_plan`: the seed plan, Polish and Ukrainian labels, .docx, dry run, refusals."""

import io

import docx
import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page

from registry_pages.action_plans.importer_text import PlanSyntaxError, parse_plan
from registry_pages.directory.owners import display_name, owner_key
from registry_pages.models import ActionItemPage, ActionPlanPage, Position
from tests.demo_mark import needs_demo

pytestmark = pytest.mark.django_db
SEED = "001_0d8451881785c461.txt"


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    call_command("import_action_plan", *map(str, args), stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def counts():
    return ActionPlanPage.objects.count(), ActionItemPage.objects.count(), Position.objects.count()


@needs_demo
def test_the_seed_plan_imports_into_6_themes_19_items_9_owners(seeds_dir, site_root):
    positions_before = set(Position.objects.values_list("pk", flat=True))
    out, _err = run(seeds_dir / SEED, "--parent", site_root.pk, "--year", 2026, "--language", "bg", "--create-missing")
    plan = ActionPlanPage.objects.child_of(site_root).get(title="План за ефективно и прозрачно управление")
    assert plan.themes.count() == 6
    assert [t.number for t in plan.themes.order_by("sort_order")] == ["1", "2", "3", "4", "5", "6"]
    items = ActionItemPage.objects.child_of(plan)
    assert items.count() == 19
    assert sorted(items.values_list("number", flat=True), key=lambda n: tuple(map(int, n.split(".")))) == [
        "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "2.1", "2.2", "2.3", "3.1", "3.2", "3.3", "3.4", "3.5",
        "4.1", "4.2", "4.3", "5.1", "6.1"]
    # every deadline recognised, including the typo "м м.юни"
    assert not items.filter(deadline_kind="unrecognised").exists()
    assert items.get(number="1.4").deadline_text == "м м.юни" and items.get(number="1.4").deadline_month == 6
    assert items.get(number="6.1").deadline_month == 9 and items.get(number="6.1").deadline_year == 2026
    assert items.get(number="3.4").deadline_recurrence == "quarterly"
    # 9 distinct owners, each one Position however often it recurs
    owner_ids = {o.position_id for item in items for o in item.owners.all()}
    assert len(owner_ids) == 9
    pr = items.get(number="1.2").owners.get().position
    assert {i.owners.get().position_id for i in items.filter(number__in=["1.4", "1.5", "2.2", "4.3"])} == {pr.pk}
    # the demo's "Експерт „Връзки с обществеността“" (other quote marks) is reused, not duplicated
    assert pr.pk in positions_before
    # drafts, each with a revision, waiting for the workflow
    assert not plan.live and not items.filter(live=True).exists()
    assert all(item.latest_revision_id for item in items)
    assert plan.themes.get(number="4").title == "Борба с корупцията. Антикуропционна дейност в Областна администрация – Смолян"
    assert "Настоящият план е разработен" in plan.intro
    assert "6" in out and "19" in out and "Изтегли Схема" in out  # the left-over line is reported


def test_dry_run_prints_the_parse_and_writes_nothing(seeds_dir, site_root):
    before = counts()
    out, _err = run(seeds_dir / SEED, "--parent", site_root.pk, "--year", 2026, "--dry-run")
    assert counts() == before
    assert "1.4" in out and "м м.юни" in out and "Гл. Секретар" in out
    assert "6" in out and "19" in out and "9" in out


POLISH = """Plan działań na rzecz przejrzystości
1. Informacja dla mieszkańców
1.1. Publikacja sprawozdania z działalności urzędu
Termin: marzec
Odpowiedzialny: Sekretarz gminy
1.2. Aktualizacja kart usług
w Biuletynie Informacji Publicznej
Termin: na bieżąco
Odpowiedzialny: Kierownik Referatu Organizacyjnego; Sekretarz gminy
2. Współpraca z organizacjami
2.1. Konsultacje programu współpracy
Termin: do 31.03.2026
Odpowiedzialny: kier. Referatu Organizacyjnego
"""

UKRAINIAN = """План заходів з прозорості
1. Відкритість ради
1.1. Оприлюднення звіту міського голови
Термін: березень
Відповідальний: Секретар ради
1.2. Оновлення інформаційних карток послуг
Термін: щокварталу
Відповідальний: Начальник ЦНАП
"""


def test_polish_and_ukrainian_labels(tmp_path, site_root, locales):
    from tests.registry_pages.support import translate_ancestors

    for code, text, parent_title in (("pl", POLISH, "Plany"), ("uk", UKRAINIAN, "Плани")):
        path = tmp_path / f"plan-{code}.txt"
        path.write_text(text, encoding="utf-8")
        section = site_root.add_child(instance=Page(title=parent_title, slug=f"plany-{code}"))
        translate_ancestors(section, locales[code])
        local = section.copy_for_translation(locales[code])
        local.save_revision().publish()
        run(path, "--parent", local.pk, "--year", 2026, "--language", code, "--create-missing")
        plan = ActionPlanPage.objects.child_of(local).get()
        assert plan.locale.language_code == code
        items = {i.number: i for i in ActionItemPage.objects.child_of(plan)}
        assert not any(i.deadline_kind == "unrecognised" for i in items.values())
        if code == "pl":
            assert items["1.2"].task == "Aktualizacja kart usług w Biuletynie Informacji Publicznej"
            assert [o.position.title for o in items["1.2"].owners.order_by("sort_order")] == [
                "Kierownik Referatu Organizacyjnego", "Sekretarz gminy"]
            # "kier." is "Kierownik": one position for both spellings
            assert items["2.1"].owners.get().position_id == items["1.2"].owners.order_by("sort_order")[0].position_id
            assert items["2.1"].deadline_kind == "date" and items["1.2"].deadline_kind == "ongoing"
        else:
            assert items["1.1"].deadline_month == 3 and items["1.2"].deadline_recurrence == "quarterly"
            assert items["1.1"].owners.get().position.locale.language_code == "uk"


def test_docx_is_read_paragraph_by_paragraph(tmp_path, seeds_dir, site_root):
    document = docx.Document()
    for line in (seeds_dir / SEED).read_text(encoding="utf-8").splitlines():
        document.add_paragraph(line)
    path = tmp_path / "plan.docx"
    document.save(path)
    run(path, "--parent", site_root.pk, "--year", 2026, "--create-missing")
    plan = ActionPlanPage.objects.child_of(site_root).get(title="План за ефективно и прозрачно управление")
    assert ActionItemPage.objects.child_of(plan).count() == 19 and plan.themes.count() == 6


BAD_FILES = {
    "item before a theme": ("План\n1.1. Задача\nСрок: март\nОтговорник: Кмет\n", 2, "1.1"),
    "item in the wrong theme": ("План\n1. Тема\n2.1. Задача\nСрок: март\nОтговорник: Кмет\n", 3, "2.1"),
    "a second deadline": ("План\n1. Тема\n1.1. Задача\nСрок: март\nСрок: април\nОтговорник: Кмет\n", 5, "1.1"),
    "deadline outside an item": ("План\n1. Тема\nСрок: март\n1.1. Задача\nОтговорник: Кмет\n", 3, "Срок"),
    "duplicate item": ("План\n1. Тема\n1.1. А\nОтговорник: Кмет\n1.1. Б\nОтговорник: Кмет\n", 5, "1.1"),
    "stray text between items": ("План\n1. Тема\n1.1. А\nОтговорник: Кмет\nнещо\n1.2. Б\nОтговорник: Кмет\n", 5, "нещо"),
    "empty theme": ("План\n1. Тема\n2. Друга\n2.1. А\nОтговорник: Кмет\n", 2, "1"),
    "no items": ("План\nсамо текст\n", 2, ""),
}


@pytest.mark.parametrize("name", list(BAD_FILES))
def test_malformed_files_write_nothing_and_name_the_line(name, tmp_path, site_root):
    text, line, mention = BAD_FILES[name]
    path = tmp_path / "bad.txt"
    path.write_text(text, encoding="utf-8")
    before = counts()
    with pytest.raises(CommandError):
        _out, err = run(path, "--parent", site_root.pk, "--year", 2026)
    assert counts() == before
    with pytest.raises(PlanSyntaxError) as error:
        parse_plan(text.splitlines())
    assert error.value.line == line and mention in str(error.value)


def test_refusals_before_reading_write_nothing(tmp_path, site_root):
    plan_file = tmp_path / "plan.txt"
    plan_file.write_text("План за проба\n1. Тема\n1.1. Задача\nСрок: март\nОтговорник: Кмет\n", encoding="utf-8")
    before = counts()
    for args in (
        (plan_file, "--parent", 999999, "--year", 2026),
        (plan_file, "--parent", site_root.pk, "--year", 2026, "--language", "xx"),
        (tmp_path / "missing.txt", "--parent", site_root.pk, "--year", 2026),
    ):
        with pytest.raises(CommandError):
            run(*args)
    plan_parent = ActionPlanPage(title="П", slug="p-parent", period_start=2026)
    site_root.add_child(instance=plan_parent)
    with pytest.raises(CommandError):
        run(plan_file, "--parent", plan_parent.pk, "--year", 2026)  # a plan inside a plan
    assert counts()[1:] == before[1:]
    run(plan_file, "--parent", site_root.pk, "--year", 2026)  # the file itself imports: the arguments were refused
    assert counts()[1] == before[1] + 1


def test_an_item_without_owner_imports_flagged(tmp_path, site_root):
    path = tmp_path / "plan.txt"
    path.write_text("План 2026\n1. Тема\n1.1. Задача\nСрок: март\n1.2. Друга\nОтговорник: Кмет\n", encoding="utf-8")
    out, _err = run(path, "--parent", site_root.pk)  # the year is read from the title
    plan = ActionPlanPage.objects.child_of(site_root).get(title="План 2026")
    items = {i.number: i for i in ActionItemPage.objects.child_of(plan)}
    assert items["1.1"].owner_to_be_assigned and items["1.1"].deadline_year == 2026
    assert "1.1" in out


def test_owner_keys_ignore_quotes_spacing_and_abbreviations():
    assert owner_key("Гл. Секретар") == owner_key("Главен  секретар")
    assert owner_key("Експерт „Връзки с обществеността”") == owner_key('Експерт "Връзки с обществеността"')
    assert owner_key("Н-к отдел КАК") == owner_key("Началник отдел КАК")
    assert owner_key("Председател на ООСПК") != owner_key("Председател на ОСППОРС")
    assert display_name('Експерт  "Връзки с обществеността" ') == "Експерт „Връзки с обществеността“"
