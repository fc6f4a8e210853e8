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
    code = _CYRTRANSLIT_CODES.get(language)
    if code and any("\u0400" <= ch <= "\u04ff" for ch in text):
        text = cyrtranslit.to_latin(text, code)
    text = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSABLE))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return slugify(text)[:max_length].strip("-")
