import pytest

from registry_pages.core.slugs import ascii_slug


@pytest.mark.parametrize(
    ("text", "language", "slug"),
    [
        ("Етични кодекси", "bg", "etichni-kodeksi"),
        ("Удостоверение за наследници", "bg", "udostoverenie-za-naslednitsi"),
        ("Kodeksy etyczne – zaświadczenie z Łodzi", "pl", "kodeksy-etyczne-zaswiadczenie-z-lodzi"),
        ("Довідка про склад сім'ї", "uk", "dovidka-pro-sklad-simji"),
        ("Codes of ethics", "en", "codes-of-ethics"),
    ],
)
def test_titles_become_readable_ascii_slugs(text, language, slug):
    assert ascii_slug(text, language) == slug


def test_long_titles_are_cut_without_a_trailing_dash():
    slug = ascii_slug("Заявление " * 30, "bg", max_length=20)
    assert len(slug) <= 20 and not slug.endswith("-")
