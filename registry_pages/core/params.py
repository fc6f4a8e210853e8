"""Read an integer query parameter (`?category=`, `?owner=`, `?field=`, ids, page numbers).

`int_param("12")` → 12; anything else → None, which every view treats as
"no filter": letters, signs, spaces inside, Unicode digits such as "²"
(`str.isdigit()` accepts them, `int()` does not), and numbers out of the
database's integer range (`99999999999999999999999` would overflow SQLite's
and PostgreSQL's integers). Surrounding spaces are ignored.
"""

import re

MAX_ID = 2**31 - 1  # the smallest integer column in use (PostgreSQL `integer`)
_DIGITS = re.compile(r"[0-9]{1,10}")


def int_param(value, minimum: int = 0, maximum: int = MAX_ID) -> int | None:
    text = "" if value is None else str(value).strip()
    if not _DIGITS.fullmatch(text):
        return None
    number = int(text)
    return number if minimum <= number <= maximum else None
