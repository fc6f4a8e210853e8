"""Finding an ethics code's units by their markers (no database)."""

import pytest

from registry_pages.ethics.parsing import parse_code


def parse(text, headings=()):
    lines = [line for line in text.strip().splitlines()]
    return parse_code([(f"line {i}", line, line in headings or line.isupper()) for i, line in enumerate(lines, start=1)])


def tree(code):
    def walk(units):
        return [(u.label, u.title, walk(u.children)) if u.children else (u.label, u.title) for u in units]
    return walk(code.chapters)


def test_decimal_numbering_alone_gives_sections_and_rules():
    code = parse("ЕТИЧНИЙ КОДЕКС\n1. Загальні положення\n1.1. Кодекс визначає правила.\n2. Принципи\n2.1 Законність\n2.2 Відкритість")
    assert tree(code) == [("1.", "Загальні положення", [("1.1.", "")]), ("2.", "Принципи", [("2.1", "Законність"), ("2.2", "Відкритість")])]
    assert code.counts() == (5, 2)


def test_paragraf_with_inline_first_ustep_and_points():
    code = parse("KODEKS ETYKI\n§ 3. 1. Pracownik działa rzetelnie.\n2. Pracownik:\n1) pomaga;\n2) wyjaśnia.")
    assert tree(code) == [("", "", [("§ 3.", "", [("1.", ""), ("2.", "", [("1)", ""), ("2)", "")])])])]
    assert code.counts() == (5, 3)  # the unnamed chapter holding the articles is not a unit


@pytest.mark.parametrize("marker", ["Чл.4.", "Чл. 4.", "§5.", "§ 5.", "Стаття 3.", "Art. 7."])
def test_article_markers_with_or_without_a_space(marker):
    code = parse(f"ЕТИЧЕН КОДЕКС\n{marker} Текст на члена.")
    assert code.chapters[0].children[0].label == marker
    assert code.chapters[0].children[0].texts == ["Текст на члена."]


def test_lettered_points_latin_and_cyrillic_and_a_skipped_letter():
    code = parse("ЕТИЧЕН КОДЕКС\nЧл. 1. Служителят:\nа) помага;\nб) обяснява;\nг) пише.")
    points = code.chapters[0].children[0].children[0].children
    assert [p.label for p in points] == ["а)", "б)", "г)"]
    assert code.warnings == [("line 5", "б)", "г)", "letter")]


def test_roman_chapter_titles_on_the_next_line_and_skipped_numbers_warned():
    code = parse("KODEKS ETYKI\nRozdział I\nPostanowienia ogólne\n§ 1. Tekst.\nRozdział III\nZasady\n§ 2. Tekst.\n§ 4. Tekst.")
    assert [(c.label, c.title) for c in code.chapters] == [("Rozdział I", "Postanowienia ogólne"), ("Rozdział III", "Zasady")]
    assert [(w[1], w[2]) for w in code.warnings] == [("Rozdział I", "Rozdział III"), ("§ 2.", "§ 4.")]


def test_a_letter_after_a_number_is_an_inserted_article_not_a_jump():
    assert parse("ЕТИЧЕН КОДЕКС\nЧл. 4. А.\nЧл. 4а. Б.\nЧл. 5. В.").warnings == []


def test_the_title_is_the_heading_naming_a_code_and_what_comes_before_the_first_unit_is_the_preamble():
    code = parse("ОБЩИНА ПРИМЕРНО\nЕТИЧЕН КОДЕКС\nПриет с решение.\nЧл. 1. Текст.")
    assert code.title == "ЕТИЧЕН КОДЕКС" and code.preamble == ["Приет с решение."]


def test_huge_numbers_do_not_break_the_reading():
    code = parse("ЕТИЧЕН КОДЕКС\nЧл. 1. А.\nЧл. 99999999999999999999. Б.")
    assert len(code.chapters[0].children) == 2 and len(code.warnings) == 1
