"""One cleaning step for every query a citizen types (search page, suggestions, NGO register, API).

In the add-on, so the register needs no other app; the portal's `search` app uses it too.

`clean_query(raw)` is what the portal shows back, logs and matches editors'
picks on: control characters (NUL included: PostgreSQL refuses it in text)
and invisible format characters become spaces, spaces are folded, the text
is cut at MAX_QUERY_LENGTH characters. `backend_text(query)` is what a search
backend receives: the words only, so no character of the query is read as
full-text syntax (a lone `"` is an "unterminated string" in SQLite FTS5;
`*`, `^`, `:`, `NEAR(`, `-` are operators there, `&|!:` in PostgreSQL's
tsquery, `+-"~*()` in Elasticsearch's query strings).

`search_query(query, language)` is what the register's own search asks the
backend: every word of the query must match, each through any of its forms.
The forms come from the site's REGISTRY_QUERY_WORDS_FUNCTION, a callable
`(query, language) -> list of sets of words` (one set per word of the query:
its lemma, stem, folded and corrected forms; the portal's is
`search.engine.query_word_forms`, the main search's handling). Unset, each
word stands for itself, so the add-on works in any site.
"""

import re
import unicodedata
from functools import lru_cache, reduce
from operator import and_

from django.conf import settings
from django.utils.module_loading import import_string

WORD = re.compile(r"[^\W_]+")  # the same words `search.text.words` reads

MAX_QUERY_LENGTH = 200
_INVISIBLE = {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}


def clean_query(raw) -> str:
    text = "" if raw is None else str(raw)[: MAX_QUERY_LENGTH * 4]  # bound the work on a huge parameter
    text = "".join(" " if unicodedata.category(char) in _INVISIBLE else char for char in text)
    return " ".join(text.split())[:MAX_QUERY_LENGTH].strip()


def backend_text(query: str) -> str:
    """The words of an already cleaned query, space-separated: nothing a backend parses as syntax."""
    return " ".join(WORD.findall(query or ""))


@lru_cache(maxsize=4)
def _load(path: str):
    return import_string(path)


def query_word_forms(query: str, language: str) -> list[set[str]]:
    """One set of forms per word of the query (the site's REGISTRY_QUERY_WORDS_FUNCTION, else the words)."""
    path = getattr(settings, "REGISTRY_QUERY_WORDS_FUNCTION", "")
    if path:
        found = [{w for form in forms for w in WORD.findall(str(form))} for forms in _load(path)(query, language)]
        found = [forms for forms in found if forms]
        if found:
            return found
    return [{word} for word in WORD.findall(query or "")]


def search_query(query: str, language: str):
    """A backend query (None for no words): all the query's words, each as any of its forms."""
    from modelsearch.query import PlainText

    parts = [PlainText(" ".join(sorted(forms)), operator="or") for forms in query_word_forms(query, language)]
    return reduce(and_, parts) if parts else None
