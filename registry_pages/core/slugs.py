"""ASCII slugs from titles in any of the portal's languages.

Citizens share and type URLs: `/pl/kodeksy-etyczne/` reads better than the
Bulgarian slug of the page a translation came from, and ASCII survives
e-mail clients and printed leaflets. Cyrillic is transliterated with
cyrtranslit (Bulgarian and Ukrainian tables), Latin diacritics are folded.
"""

import unicodedata

import cyrtranslit
from django.utils.text import slugify

# cyrtranslit's language codes where they differ from ours.
_CYRTRANSLIT_CODES = {"bg": "bg", "uk": "ua", "ru": "ru", "sr": "sr", "mk": "mk"}
# Letters that Unicode does not decompose into a base letter and a mark.
_UNDECOMPOSABLE = str.maketrans({"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ß": "ss", "ø": "o", "Ø": "O"})


def ascii_slug(text: str, language: str, max_length: int = 80) -> str:
    if any("\u0400" <= ch <= "\u04ff" for ch in text):
        code = _CYRTRANSLIT_CODES.get(language, "bg")  # Cyrillic in a Polish or English title: read as Bulgarian
        text = cyrtranslit.to_latin(text, code)
    text = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSABLE))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return slugify(text)[:max_length].strip("-")


def slug_for(title: str, language: str) -> str:
    """A page's slug from its title (`ascii_slug`); "page" when nothing of the title is left."""
    return ascii_slug(title, language) or "page"


def free_child_slug(parent, base: str, page=None) -> str:
    """`base`, or `base-2`, `base-3` … : the first slug no other child of `parent` uses."""
    siblings = parent.get_children()
    if page is not None and page.pk:
        siblings = siblings.exclude(pk=page.pk)
    taken = set(siblings.filter(slug__startswith=base).values_list("slug", flat=True))
    candidate, suffix = base, 1
    while candidate in taken:
        suffix += 1
        candidate = f"{base}-{suffix}"
    return candidate
