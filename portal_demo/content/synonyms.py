"""Demo synonym sets (`portal_demo.content.data.synonyms.SYNONYMS`) as the search's `SynonymSet` snippets.

Called by `load_demo` after the registers' demo content; idempotent: a
set already stored in its language is left as it is.
"""

from wagtail.models import Locale

from portal_demo.content.data.synonyms import SYNONYMS
from search.models import SynonymSet


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
