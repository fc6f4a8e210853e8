"""The demo municipality's departments and positions, shared by every register.

Services name their responsible department and contact position, action items
their owners, reception days their officials: all refer to these by key.
`department(key)` and `position(key)` create the snippet in the source
language and its translations (through wagtail-localize) on first use, and
return the source-language instance; later calls find it again.
"""

import cyrtranslit
from wagtail.models import Locale

from portal_demo.content.text import SOURCE_LANGUAGE, TARGET_LANGUAGES, T
from portal_demo.content.translate import translate
from registry_pages.models import Department, Position

ADDRESS = T(
    bg="пл. „Съединение“ 1, Белоречие",
    pl="pl. Zjednoczenia 1, Białorzecze",
    uk="пл. Єднання 1, Білоріччя",
    en="1 Union Square, Belorechie",
)
OFFICE_HOURS = T(
    bg="понеделник – петък, 8:30 – 17:00, без прекъсване",
    pl="od poniedziałku do piątku, 8:30 – 17:00, bez przerwy",
    uk="понеділок – п’ятниця, 8:30 – 17:00, без перерви",
    en="Monday to Friday, 8:30 to 17:00, no lunch break",
)

# key: (name, room, phone, email)
DEPARTMENTS = {
    "one_stop_shop": (
        T(bg="Център за административно обслужване", pl="Biuro Obsługi Mieszkańców",
          uk="Центр надання адміністративних послуг", en="One-stop shop for citizens"),
        "1", "+359 301 600 10", "center@belorechie.example",
    ),
    "civil_status": (
        T(bg="Отдел „Гражданска регистрация и административно обслужване“", pl="Urząd Stanu Cywilnego i Ewidencji Ludności",
          uk="Відділ реєстрації актів цивільного стану та місця проживання", en="Civil Status and Population Register Office"),
        "12", "+359 301 600 12", "grao@belorechie.example",
    ),
    "local_taxes": (
        T(bg="Отдел „Местни данъци и такси“", pl="Referat Podatków i Opłat Lokalnych",
          uk="Відділ місцевих податків і зборів", en="Local Taxes and Fees Office"),
        "21", "+359 301 600 21", "danatsi@belorechie.example",
    ),
    "urban_planning": (
        T(bg="Дирекция „Устройство на територията и строителство“", pl="Wydział Architektury i Budownictwa",
          uk="Управління містобудування та архітектури", en="Urban Planning and Construction Directorate"),
        "305", "+359 301 600 30", "arhitektura@belorechie.example",
    ),
    "social": (
        T(bg="Отдел „Социални дейности и здравеопазване“", pl="Referat Spraw Społecznych i Zdrowia",
          uk="Відділ соціального захисту та охорони здоров’я", en="Social Affairs and Health Office"),
        "208", "+359 301 600 28", "social@belorechie.example",
    ),
    "education": (
        T(bg="Отдел „Образование, култура и спорт“", pl="Referat Oświaty, Kultury i Sportu",
          uk="Відділ освіти, культури та спорту", en="Education, Culture and Sport Office"),
        "210", "+359 301 600 29", "obrazovanie@belorechie.example",
    ),
    "environment": (
        T(bg="Отдел „Екология и комунални дейности“", pl="Referat Ochrony Środowiska i Gospodarki Komunalnej",
          uk="Відділ екології та комунального господарства", en="Environment and Municipal Services Office"),
        "214", "+359 301 600 24", "ekologia@belorechie.example",
    ),
    "administration": (
        T(bg="Дирекция „Административно-правно обслужване“", pl="Wydział Organizacyjno-Prawny",
          uk="Юридично-організаційне управління", en="Legal and Administrative Directorate"),
        "310", "+359 301 600 31", "deloviodstvo@belorechie.example",
    ),
    "public_relations": (
        T(bg="Звено „Връзки с обществеността“", pl="Referat Promocji i Komunikacji Społecznej",
          uk="Відділ комунікацій з громадськістю", en="Public Relations Unit"),
        "302", "+359 301 600 32", "pr@belorechie.example",
    ),
}

# key: (title, holder's name, department key)
POSITIONS = {
    "mayor": (T(bg="Кмет на общината", pl="Burmistrz", uk="Міський голова", en="Mayor"),
              "Елена Димитрова", "administration"),
    "deputy_mayor_social": (
        T(bg="Заместник-кмет по социални дейности", pl="Zastępca burmistrza ds. społecznych",
          uk="Заступник міського голови з соціальних питань", en="Deputy Mayor for Social Affairs"),
        "Николай Стоянов", "social"),
    "deputy_mayor_finance": (
        T(bg="Заместник-кмет по финанси и икономика", pl="Zastępca burmistrza ds. finansów i gospodarki",
          uk="Заступник міського голови з питань фінансів та економіки", en="Deputy Mayor for Finance and Economy"),
        "Светла Колева", "local_taxes"),
    "secretary": (T(bg="Секретар на общината", pl="Sekretarz gminy", uk="Секретар ради", en="Municipal Secretary"),
                  "Георги Иванов", "administration"),
    "chief_architect": (T(bg="Главен архитект", pl="Architekt miejski", uk="Головний архітектор", en="Chief Architect"),
                        "Веселин Тодоров", "urban_planning"),
    "pr_expert": (
        T(bg="Експерт „Връзки с обществеността“", pl="Specjalista ds. promocji i komunikacji",
          uk="Фахівець з комунікацій", en="Public relations expert"),
        "Мария Петрова", "public_relations"),
    "directors": (
        T(bg="Директори на дирекции", pl="Dyrektorzy wydziałów", uk="Керівники управлінь", en="Directors of directorates"),
        "", "administration"),
    "head_civil_status": (
        T(bg="Началник отдел „Гражданска регистрация“", pl="Kierownik Urzędu Stanu Cywilnego",
          uk="Начальник відділу реєстрації", en="Head of the Civil Status Office"),
        "Ралица Николова", "civil_status"),
    "head_local_taxes": (
        T(bg="Началник отдел „Местни данъци и такси“", pl="Kierownik Referatu Podatków",
          uk="Начальник відділу місцевих податків", en="Head of the Local Taxes Office"),
        "Димитър Василев", "local_taxes"),
    "head_one_stop_shop": (
        T(bg="Началник отдел „Административно обслужване“", pl="Kierownik Biura Obsługi Mieszkańców",
          uk="Начальник центру надання адміністративних послуг", en="Head of the One-stop Shop"),
        "Петя Маринова", "one_stop_shop"),
    "head_social": (
        T(bg="Началник отдел „Социални дейности“", pl="Kierownik Referatu Spraw Społecznych",
          uk="Начальник відділу соціального захисту", en="Head of the Social Affairs Office"),
        "Анелия Георгиева", "social"),
    "legal_adviser": (T(bg="Юрисконсулт", pl="Radca prawny", uk="Юрисконсульт", en="Legal adviser"),
                      "Калин Петков", "administration"),
    "chief_accountant": (T(bg="Главен счетоводител", pl="Główny księgowy", uk="Головний бухгалтер", en="Chief accountant"),
                         "Милена Христова", "local_taxes"),
    "ethics_committee": (
        T(bg="Комисия по етика, назначена със заповед на кмета", pl="Komisja etyki powołana zarządzeniem burmistrza",
          uk="Комісія з етики, призначена розпорядженням голови", en="Ethics committee appointed by the mayor's order"),
        "", "administration"),
}


def _source_locale():
    return Locale.objects.get(language_code=SOURCE_LANGUAGE)


def person_name(name: str, language: str) -> str:
    """A Bulgarian name as written in a language: Cyrillic for uk, Latin otherwise."""
    return name if language in ("bg", "uk") else cyrtranslit.to_latin(name, "bg")


def _with_translations(instance, texts, names=()):
    for code in TARGET_LANGUAGES:
        if not instance.has_translation(Locale.objects.get(language_code=code)):
            book = {t.bg: t.in_language(code) for t in texts}
            book.update({n: person_name(n, code) for n in names if n})
            translate(instance, code, book)
    return instance


def department(key: str) -> Department:
    name, room, phone, email = DEPARTMENTS[key]
    obj = Department.objects.filter(locale=_source_locale(), name=name.bg).first()
    if obj is None:
        obj = Department.objects.create(
            locale=_source_locale(), name=name.bg, address=ADDRESS.bg, room=room, phone=phone, email=email,
            working_hours=OFFICE_HOURS.bg,
        )
    return _with_translations(obj, [name, ADDRESS, OFFICE_HOURS])


def position(key: str) -> Position:
    title, holder, department_key = POSITIONS[key]
    obj = Position.objects.filter(locale=_source_locale(), title=title.bg).first()
    if obj is None:
        obj = Position.objects.create(
            locale=_source_locale(), title=title.bg, holder_name=holder, department=department(department_key),
            email=f"{key.replace('_', '.')}@belorechie.example",
        )
    return _with_translations(obj, [title], names=[holder])
