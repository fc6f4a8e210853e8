"""`generate_portal_load`: the counts it promises, real translations, a sound tree."""

import io

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page

from portal_demo.loadgen.runner import GENERATORS
from portal_demo.loadgen.tree import bulk_add_children
from registry_pages.models import (
    ActionItemOwner,
    ActionItemPage,
    ActionPlanPage,
    ActionPlanTheme,
    ActivityField,
    Department,
    NGOActivityFieldLink,
    NGOEntryPage,
    NGORegisterPage,
    ServiceCardPage,
    ServiceCategory,
    ServiceIndexPage,
)
from tests.demo_mark import needs_demo

pytestmark = pytest.mark.django_db


def _generate(*args):
    out, err = io.StringIO(), io.StringIO()
    call_command("generate_portal_load", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


@pytest.fixture
def empty_portal(db):
    """The demo database without its register pages (as after `migrate`)."""
    for page in Page.objects.filter(content_type__app_label="registry_pages", depth=3):
        page.delete()
    assert not Page.objects.filter(content_type__app_label="registry_pages").exists()


@needs_demo
def test_refuses_a_database_with_register_pages(db):
    before = Page.objects.count()
    with pytest.raises(CommandError, match="--force"):
        _generate("--services", "5", "--languages", "bg,en")
    assert Page.objects.count() == before


def test_small_run_creates_the_expected_counts(empty_portal, client):
    cards_before = Department.objects.count()
    out, err = _generate("--services", "40", "--languages", "bg,en")
    assert ServiceCardPage.objects.filter(locale__language_code="bg").count() == 40
    assert ServiceCardPage.objects.filter(locale__language_code="en").count() == 40
    assert not ServiceCardPage.objects.filter(locale__language_code__in=["pl", "uk"]).exists()
    assert ServiceIndexPage.objects.filter(slug="services-generated").count() == 2
    assert Department.objects.count() > cards_before
    assert "service cards: 80" in out and "Generated 80 pages in" in out
    assert "40/40" in err or "80/80" in err  # the progress bar, on stderr

    # Real translations (not aliases): one translation key per card, in both languages.
    bg = ServiceCardPage.objects.filter(locale__language_code="bg").order_by("path").first()
    en = bg.get_translation(bg.locale.__class__.objects.get(language_code="en"))
    assert en.alias_of_id is None and en.title != bg.title
    assert en.category.locale.language_code == "en" and en.category.translation_key == bg.category.translation_key
    assert en.fees[0].value["currency"] == "EUR" and en.fees[0].value["amount"] >= 0
    assert len(en.processing_times) == len(en.fees)

    # A sound tree, live pages that render, and update_index works on them.
    assert Page.find_problems() == ([], [], [], [], [])
    index = bg.get_parent()
    assert index.get_children().count() == 40 and Page.objects.get(pk=index.pk).numchild == 40
    assert client.get(bg.url).status_code == 200 and client.get(en.url).status_code == 200
    catalogue = client.get(index.url, {"category": bg.category_id}).content.decode()  # ≤ 50 cards: one page
    assert bg.title in catalogue
    call_command("update_index", stdout=io.StringIO(), stderr=io.StringIO())
    assert ServiceCardPage.objects.live().filter(locale=bg.locale).search(bg.title.split()[-1]).count() > 0


SMALL_RUN = ("--services", "8", "--ngos", "12", "--plans", "2", "--items-per-plan", "5", "--languages", "bg,en")


def _by_language(model, **filters):
    return {code: model.objects.filter(locale__language_code=code, **filters).count() for code in ("bg", "pl", "uk", "en")}


def test_small_run_of_every_family(empty_portal, client, django_assert_max_num_queries):
    out, err = _generate(*SMALL_RUN)
    assert _by_language(ServiceCardPage) == {"bg": 8, "pl": 0, "uk": 0, "en": 8}
    assert _by_language(NGORegisterPage) == {"bg": 1, "pl": 0, "uk": 0, "en": 1}
    assert _by_language(NGOEntryPage) == {"bg": 12, "pl": 0, "uk": 0, "en": 12}
    assert _by_language(ActionPlanPage) == {"bg": 2, "pl": 0, "uk": 0, "en": 2}
    assert _by_language(ActionItemPage) == {"bg": 10, "pl": 0, "uk": 0, "en": 10}
    assert ActionPlanTheme.objects.filter(locale__language_code="en").count() == 2 * 6
    assert "NGO entries: 24" in out and "action items: 20" in out and "Generated 64 pages in" in out
    assert "24/24" in err and "action plans and items" in err  # progress bars on stderr
    assert Page.find_problems() == ([], [], [], [], [])

    # NGO entries: translated (same key, other words), registration number identical, fields in the language.
    bg = NGOEntryPage.objects.filter(locale__language_code="bg").order_by("path").first()
    en = NGOEntryPage.objects.get(translation_key=bg.translation_key, locale__language_code="en")
    assert en.title != bg.title and en.registration_number == bg.registration_number
    assert len(bg.registration_number) == 9 and bg.registration_number.isdigit()
    assert [f.locale.language_code for f in en.fields_of_activity()] == ["en"] * len(en.fields_of_activity()) != []
    assert {f.translation_key for f in en.fields_of_activity()} == {f.translation_key for f in bg.fields_of_activity()}
    assert NGOActivityFieldLink.objects.filter(page__locale__language_code="bg").count() >= 12
    consents = set(NGOEntryPage.objects.values_list("publish_contact_consent", flat=True))
    assert consents == {True, False}
    assert ActivityField.objects.filter(locale__language_code="en").count() >= 10

    # Action items: numbered by theme, translated, deadlines parsed in the item's language.
    items = ActionItemPage.objects.filter(locale__language_code="bg")
    plan = ActionPlanPage.objects.filter(locale__language_code="bg").order_by("path").first()
    assert sorted(ActionItemPage.objects.child_of(plan).values_list("number", flat=True)) == [
        "1.1", "2.1", "3.1", "4.1", "5.1"]
    assert not ActionItemPage.objects.filter(deadline_kind="unrecognised").exists()
    for item in ActionItemPage.objects.filter(locale__language_code="en"):
        source = items.get(translation_key=item.translation_key)
        assert item.number == source.number and item.deadline_kind == source.deadline_kind
        assert (item.deadline_month, item.deadline_quarter, item.deadline_date) == (
            source.deadline_month, source.deadline_quarter, source.deadline_date)
        parsed = item.reparse_deadline()  # what save() would store: the same as generated
        assert parsed.kind.value == source.deadline_kind
    owners = ActionItemOwner.objects.filter(item__locale__language_code="en").select_related("position")
    assert owners and all(o.position.locale.language_code == "en" for o in owners)
    assert all(1 <= ActionItemOwner.objects.filter(item=item).count() <= 3 for item in items)

    # The pages render, within the query bound (second request: site and settings caches are warm).
    register = NGORegisterPage.objects.get(locale__language_code="en")
    for page in (register, plan, bg, items.first()):
        assert client.get(page.url).status_code == 200
        with django_assert_max_num_queries(15):
            response = client.get(page.url)
        assert response.status_code == 200
    assert en.title in client.get(register.url).content.decode()
    call_command("update_index", stdout=io.StringIO(), stderr=io.StringIO())
    assert NGOEntryPage.objects.live().filter(locale=en.locale).search(en.short_name).count() > 0


def test_generated_plan_of_100_items_renders_within_15_queries(empty_portal, client, django_assert_max_num_queries):
    _generate("--plans", "1", "--items-per-plan", "100", "--languages", "bg,en", "--no-progress")
    for plan in ActionPlanPage.objects.all():
        assert ActionItemPage.objects.child_of(plan).live().count() == 100
        numbers = list(ActionItemPage.objects.child_of(plan).values_list("number", flat=True))
        assert len(set(numbers)) == 100 and "6.1" in numbers
        assert client.get(plan.url).status_code == 200
        with django_assert_max_num_queries(15):
            html = client.get(plan.url).content.decode()
        assert html.count('<th scope="row"><a href=') == 100


def test_force_adds_to_an_existing_portal_and_notes_missing_families(db):
    before = ServiceCardPage.objects.count()
    out, _ = _generate("--force", "--services", "12", "--ngos", "5", "--plans", "1", "--languages", "bg,pl,uk,en",
                       "--no-progress")
    assert ServiceCardPage.objects.count() == before + 48
    for generator in GENERATORS:
        if generator.name != "Service cards" and generator.missing_models():
            assert f"{generator.name}: skipped" in out
    # A second forced run continues the numbering: slugs stay unique under the catalogue.
    _generate("--force", "--services", "12", "--languages", "bg", "--no-progress")
    index = ServiceIndexPage.objects.get(slug="services-generated", locale__language_code="bg")
    slugs = list(ServiceCardPage.objects.child_of(index).values_list("slug", flat=True))
    assert len(slugs) == 24 == len(set(slugs))


def test_languages_must_include_the_site_language(empty_portal):
    with pytest.raises(CommandError, match="site's language"):
        _generate("--services", "3", "--languages", "en")


def test_bulk_children_follow_existing_children(site_root):
    index = ServiceIndexPage(title="Каталог", slug="katalog-bulk")
    site_root.add_child(instance=index)
    category = ServiceCategory.objects.create(locale=site_root.locale, name="Тест")
    first = ServiceCardPage(title="Първа", slug="parva", summary="…", category=category, no_documents_required=True)
    index.add_child(instance=first)
    more = [ServiceCardPage(title=f"Услуга {n}", slug=f"usluga-{n}", summary="…", category=category) for n in range(3)]
    bulk_add_children(index, more)
    children = list(index.get_children().specific())
    assert [c.title for c in children] == ["Първа", "Услуга 0", "Услуга 1", "Услуга 2"]
    assert children[-1].url_path == f"{index.url_path}usluga-2/"
    assert Page.find_problems() == ([], [], [], [], [])
