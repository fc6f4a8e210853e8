"""Set the standard Plural-Forms header on every bg/pl/uk catalogue (run from the project root)."""

import glob

import polib

PLURAL_FORMS = {
    "bg": "nplurals=2; plural=(n != 1);",
    "pl": "nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);",
    "uk": "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);",
}
TEAMS = {"bg": "Bulgarian", "pl": "Polish", "uk": "Ukrainian"}

for path in sorted(glob.glob("*/locale/*/LC_MESSAGES/django.po")):
    language = path.split("/")[2]
    po = polib.pofile(path, wrapwidth=79)
    po.metadata["Plural-Forms"] = PLURAL_FORMS[language]
    po.metadata["Language"] = language
    po.metadata["Language-Team"] = TEAMS[language]
    po.metadata["Last-Translator"] = "Portal team"
    nplurals = int(PLURAL_FORMS[language].split(";")[0].split("=")[1])
    for entry in po:
        if entry.msgid_plural:
            entry.msgstr_plural = {i: entry.msgstr_plural.get(i, "") for i in range(nplurals)}
    po.save()
    print(path, language)
