"""Whether the portal's reading of a deadline tells the reader more than the deadline as written.

A deadline is always shown as the plan writes it. Its reading ("permanent",
"ongoing", "per schedule" …) is added in brackets only when it says something
the words do not: "постоянен (постоянно)" or "na bieżąco (na bieżąco)" repeat
themselves, "до приключване на проекта (по график)" does not. A recurring deadline's
words name its period ("тримесечно"); its next date is shown, not "recurring".
"""

import re
import unicodedata

STEM = 5  # letters two words share at the start to count as one word ("постоянен" / "постоянно")


def _words(text: str) -> list[str]:
    folded = unicodedata.normalize("NFKD", str(text).casefold())
    folded = "".join(c for c in folded if not unicodedata.combining(c)).replace("ł", "l")
    return [w for w in re.split(r"\W+", folded) if w]


def _same_word(a: str, b: str) -> bool:
    if a == b:
        return True
    stem = min(len(a), len(b), STEM)
    return stem >= 4 and a[:stem] == b[:stem]


def reading_adds(written: str, reading: str) -> bool:
    """False when the reading names what the words name: one of its words (longer than three
    letters) is among the written words or a form of one ("при актуализация" / "при всяка актуализация")."""
    written_words = _words(written)
    reading_words = [r for r in _words(reading) if len(r) > 3] or _words(reading)
    if not reading_words:
        return False
    return not any(_same_word(r, w) for r in reading_words for w in written_words)
