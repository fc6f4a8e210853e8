"""Owner cells split into the positions they name, never cutting one body's name."""

import pytest

from registry_pages.action_plans.owner_names import split_owner_cell
from registry_pages.directory.owners import owner_key


@pytest.mark.parametrize(("cell", "owners"), [
    ("Koordynator + zespół", ["Koordynator", "zespół"]),
    ("Wydział A, Wydział B oraz Sekretarz", ["Wydział A", "Wydział B", "Sekretarz"]),
    ("відділ X та відділ Y", ["відділ X", "відділ Y"]),
    ("Дирекция А и Дирекция Б", ["Дирекция А", "Дирекция Б"]),
    ("Секретар; Юрисконсулт\nКмет", ["Секретар", "Юрисконсулт", "Кмет"]),
    ("Referat Gospodarki Komunalnej i Ochrony Środowiska", ["Referat Gospodarki Komunalnej i Ochrony Środowiska"]),
    ("Відділ освіти, молоді та спорту", ["Відділ освіти, молоді та спорту"]),
    ("Комисия, назначена със заповед на кмета", ["Комисия, назначена със заповед на кмета"]),
    ("Секретар; секретар", ["Секретар"]),
    ("", []),
])
def test_compound_owners_are_split(cell, owners):
    assert split_owner_cell(cell) == owners


def test_a_known_position_is_never_cut():
    known = {owner_key("Дирекция „Финанси и Бюджет“"), owner_key("Sekretarz i Skarbnik Gminy")}
    assert split_owner_cell("Дирекция „Финанси и Бюджет“ и Секретар", known) == ["Дирекция „Финанси и Бюджет“", "Секретар"]
    assert split_owner_cell("Sekretarz i Skarbnik Gminy", known) == ["Sekretarz i Skarbnik Gminy"]
    assert split_owner_cell("Sekretarz i Skarbnik Gminy") == ["Sekretarz", "Skarbnik Gminy"]
