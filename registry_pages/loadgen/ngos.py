"""NGO register load (`--ngos N`): TODO once `NGORegisterPage`/`NGOEntryPage` are merged.

Skipped with a note while those models are missing. To implement after the
merge (a few lines, following `services.py`):

1. `ctx.translated_page({code: ctx.home(code)}, lambda: NGORegisterPage(title=…, slug="ngo-register-generated"))`
   for one register per language;
2. activity fields with `ctx.translated_snippets(ActivityField, …)`;
3. `bulk_add_children(register, [NGOEntryPage(...) for n in range(count)])` per language, with one
   `translation_key` per entry shared by its translations, realistic names ("Сдружение „…“"),
   registration numbers (kept identical in every language), fields of activity, addresses;
4. return {"NGO entries": count * len(ctx.languages)} and set `implemented = True`.
"""

from .base import Generator


class NGOGenerator(Generator):
    name = "NGO register"
    options = ("ngos",)
    required_models = ("registry_pages.NGORegisterPage", "registry_pages.NGOEntryPage")
    implemented = False  # TODO after merging the NGO register branch (see the module docstring)
