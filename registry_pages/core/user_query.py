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
"""

import re
import unicodedata

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
