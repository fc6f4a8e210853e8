"""Demo synonym sets (`search.demo_data.SYNONYMS`) as `SynonymSet` snippets.

Called by the project's `load_demo` after the add-on's demo; idempotent: a
set already stored in its language is left as it is.
"""

from wagtail.models import Locale

from .demo_data import SYNONYMS
from .models import SynonymSet


def load(home=None, log=print) -> dict[str, int]:
    created = 0
    for language, sets in SYNONYMS.items():
        locale = Locale.objects.filter(language_code=language).first()
        if locale is None:
            continue
        existing = {s.terms for s in SynonymSet.objects.filter(locale=locale)}
        for terms in sets:
            text = ", ".join(terms)
            if text not in existing:
                SynonymSet.objects.create(locale=locale, terms=text)
                created += 1
    if created:
        log(f"Synonym sets: {created} created")
    return {"synonym sets": SynonymSet.objects.count()}
