"""Words that deadlines are written with, per language (bg, pl, uk, en).

Kept apart from the matching logic in `parser.py` so a linguist can extend a
table without reading code. Entries are written naturally — with diacritics,
capitals or dots as people type them; the parser passes every entry through
the same normalisation as the text it reads (`normalise.py`), so "stałe" and
"stale" are one entry. Phrases are matched as whole token sequences, never as
substrings, so a table entry can only ever match text that says exactly that.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from registry_pages.action_plans.deadlines.types import DeadlineKind, Recurrence, Season


@dataclass(frozen=True)
class Vocabulary:
    # month number -> spellings (nominative, genitive, locative, abbreviations)
    months: dict[int, tuple[str, ...]]
    # words for "quarter" in any grammatical case
    quarter_words: tuple[str, ...]
    # quarter number -> ordinal words ("второ", "drugi", "другий", "second")
    ordinals: dict[int, tuple[str, ...]]
    # whole phrases naming a kind without a date (permanent, ongoing …)
    keywords: dict[DeadlineKind, tuple[str, ...]]
    # whole phrases naming a repetition ("тримесечно", "co kwartał")
    recurring: dict[Recurrence, tuple[str, ...]]
    # unit after a number that says "working days"
    working_day_units: tuple[str, ...]
    # unit after a number that says just "days" (still working days, Art. 28)
    day_units: tuple[str, ...]
    # leading words that add nothing ("Срок:", "до", "do końca", "by end of")
    prefixes: tuple[str, ...] = field(default=())
    # trailing words that add nothing ("включително", "włącznie")
    suffixes: tuple[str, ...] = field(default=())
    # season -> spellings (cases, "in spring" adverbs); meteorological seasons, see types.Season
    seasons: dict[Season, tuple[str, ...]] = field(default_factory=dict)
    # words allowed between a season and its year ("лятото на 2026", "summer of 2026")
    season_links: tuple[str, ...] = field(default=())
    # words for "half-year" in any case ("полугодие", "półrocze", "півріччя")
    half_words: tuple[str, ...] = field(default=())
    # "the year" alone after "by the end of" ("до края на годината", "do końca roku"): the plan's year
    year_alone: tuple[str, ...] = field(default=())
    # phrases that begin a deadline meaning "throughout the plan's whole period" ("realizacja w całym
    # okresie …", "протягом усього періоду …"): matched at the start, whatever follows; read as permanent
    whole_period: tuple[str, ...] = field(default=())


BG = Vocabulary(
    months={
        1: ("януари", "яну"), 2: ("февруари", "фев", "февр"), 3: ("март", "мар"),
        4: ("април", "апр"), 5: ("май",), 6: ("юни",), 7: ("юли",),
        8: ("август", "авг"), 9: ("септември", "сеп", "септ"), 10: ("октомври", "окт"),
        11: ("ноември", "ное", "нов"), 12: ("декември", "дек"),
    },
    quarter_words=("тримесечие", "тримесечието", "тримесечия", "трим", "кв"),
    ordinals={
        1: ("първо", "първото", "първи", "първа"),
        2: ("второ", "второто", "втори", "втора"),
        3: ("трето", "третото", "трети", "трета"),
        4: ("четвърто", "четвъртото", "четвърти", "четвърта"),
    },
    keywords={
        DeadlineKind.PERMANENT: ("постоянен", "постоянно", "постоянна", "постоянни", "безсрочно"),
        DeadlineKind.ONGOING: (
            "текущо", "текущ", "текуща", "в текущ режим", "текущо през годината", "през годината",
            "през цялата година", "целогодишно",
        ),
        DeadlineKind.ON_UPDATE: ("при актуализация", "при всяка актуализация", "при актуализиране", "при промяна"),
        DeadlineKind.PER_SCHEDULE: (
            "по план", "по плана", "по график", "по графика", "по утвърден график",
            "съгласно плана", "съгласно графика", "съгласно график",
        ),
    },
    recurring={
        Recurrence.MONTHLY: ("ежемесечно", "месечно", "всеки месец"),
        Recurrence.QUARTERLY: ("тримесечно", "ежетримесечно", "всяко тримесечие", "на тримесечие"),
        Recurrence.YEARLY: ("ежегодно", "годишно", "всяка година", "веднъж годишно", "веднъж в годината"),
    },
    working_day_units=("работни дни", "работни дена", "работен ден", "раб дни", "р дни"),
    day_units=("дни", "дена", "ден"),
    prefixes=(
        "срок", "краен срок", "в срок от", "в срок до", "срок до", "до", "не по-късно от",
        "края на", "в края на", "към края на", "през", "през месец", "м", "мес", "месец", "в", "във",
    ),
    suffixes=("включително", "вкл"),
    seasons={
        Season.SPRING: ("пролет", "пролетта"),
        Season.SUMMER: ("лято", "лятото"),
        Season.AUTUMN: ("есен", "есента"),
        Season.WINTER: ("зима", "зимата"),
    },
    season_links=("на",),
    half_words=("полугодие", "полугодието", "шестмесечие", "шестмесечието"),
    year_alone=("годината", "година", "текущата година", "календарната година"),
    whole_period=(
        "през целия период", "за целия период", "в целия период", "през периода на действие",
        "през целия срок", "за срока на плана", "за целия срок", "през целия програмен период",
    ),
)

PL = Vocabulary(
    months={
        1: ("styczeń", "stycznia", "styczniu", "sty"),
        2: ("luty", "lutego", "lutym", "lut"),
        3: ("marzec", "marca", "marcu", "mar"),
        4: ("kwiecień", "kwietnia", "kwietniu", "kwi"),
        5: ("maj", "maja", "maju"),
        6: ("czerwiec", "czerwca", "czerwcu", "cze"),
        7: ("lipiec", "lipca", "lipcu", "lip"),
        8: ("sierpień", "sierpnia", "sierpniu", "sie"),
        9: ("wrzesień", "września", "wrześniu", "wrz"),
        10: ("październik", "października", "październiku", "paź"),
        11: ("listopad", "listopada", "listopadzie", "lis"),
        12: ("grudzień", "grudnia", "grudniu", "gru"),
    },
    quarter_words=("kwartał", "kwartału", "kwartale", "kw"),
    ordinals={
        1: ("pierwszy", "pierwszego", "pierwszym", "pierwsze"),
        2: ("drugi", "drugiego", "drugim", "drugie"),
        3: ("trzeci", "trzeciego", "trzecim"),
        4: ("czwarty", "czwartego", "czwartym"),
    },
    keywords={
        DeadlineKind.PERMANENT: ("stałe", "stały", "stała", "na stałe", "stale", "ciągłe", "w sposób ciągły"),
        DeadlineKind.ONGOING: (
            "na bieżąco", "bieżąco", "bieżące", "w trybie bieżącym", "przez cały rok", "cały rok", "całorocznie",
        ),
        DeadlineKind.ON_UPDATE: ("przy aktualizacji", "przy każdej aktualizacji", "w razie aktualizacji"),
        DeadlineKind.PER_SCHEDULE: (
            "według planu", "wg planu", "zgodnie z planem", "zgodnie z harmonogramem",
            "według harmonogramu", "wg harmonogramu",
        ),
    },
    recurring={
        Recurrence.MONTHLY: ("miesięcznie", "comiesięcznie", "co miesiąc", "raz w miesiącu"),
        Recurrence.QUARTERLY: ("kwartalnie", "co kwartał", "raz na kwartał", "w każdym kwartale"),
        Recurrence.YEARLY: ("corocznie", "rocznie", "co roku", "co rok", "raz w roku", "raz na rok"),
    },
    working_day_units=("dni roboczych", "dni robocze", "dzień roboczy", "dni rob"),
    day_units=("dni", "dzień", "dnia"),
    prefixes=(
        "termin", "termin realizacji", "w terminie", "w terminie do", "w ciągu", "do", "do końca",
        "końca", "na koniec", "koniec", "w", "we", "nie później niż", "najpóźniej do",
        "w latach", "latach", "w roku",
    ),
    suffixes=("włącznie",),
    seasons={
        Season.SPRING: ("wiosna", "wiosny", "wiośnie", "wiosnę", "wiosną"),
        Season.SUMMER: ("lato", "lata", "lecie", "latem"),
        Season.AUTUMN: ("jesień", "jesieni", "jesienią"),
        Season.WINTER: ("zima", "zimy", "zimie", "zimę", "zimą"),
    },
    half_words=("półrocze", "półrocza", "półroczu", "półroczem", "półr"),
    year_alone=("roku", "rok", "bieżącego roku", "roku kalendarzowego"),
    whole_period=(
        "w całym okresie", "przez cały okres", "realizacja w całym okresie", "w okresie obowiązywania",
        "w całym okresie realizacji", "przez cały czas", "przez cały okres obowiązywania",
    ),
)

UK = Vocabulary(
    months={
        1: ("січень", "січня", "січні", "січ"),
        2: ("лютий", "лютого", "лютому", "лют"),
        3: ("березень", "березня", "березні", "бер"),
        4: ("квітень", "квітня", "квітні", "квіт"),
        5: ("травень", "травня", "травні", "трав"),
        6: ("червень", "червня", "червні", "черв"),
        7: ("липень", "липня", "липні", "лип"),
        8: ("серпень", "серпня", "серпні", "серп"),
        9: ("вересень", "вересня", "вересні", "вер"),
        10: ("жовтень", "жовтня", "жовтні", "жовт"),
        11: ("листопад", "листопада", "листопаді", "лист"),
        12: ("грудень", "грудня", "грудні", "груд"),
    },
    quarter_words=("квартал", "кварталу", "кварталі", "кв"),
    ordinals={
        1: ("перший", "першого", "першому", "перше"),
        2: ("другий", "другого", "другому", "друге"),
        3: ("третій", "третього", "третьому"),
        4: ("четвертий", "четвертого", "четвертому"),
    },
    keywords={
        DeadlineKind.PERMANENT: ("постійно", "постійний", "на постійній основі"),
        # "протягом року" describes work carried on through the plan year, not a
        # single date: it is read as ongoing (see parser.py).
        DeadlineKind.ONGOING: ("поточно", "поточний", "протягом року", "упродовж року", "протягом усього року"),
        DeadlineKind.ON_UPDATE: ("при оновленні", "у разі оновлення", "при кожному оновленні", "при актуалізації"),
        DeadlineKind.PER_SCHEDULE: (
            "за планом", "згідно з планом", "згідно плану", "відповідно до плану",
            "за графіком", "згідно з графіком", "згідно графіку", "відповідно до графіка",
        ),
    },
    recurring={
        Recurrence.MONTHLY: ("щомісяця", "щомісячно", "кожного місяця"),
        Recurrence.QUARTERLY: ("щокварталу", "щоквартально", "щоквартал", "кожного кварталу"),
        Recurrence.YEARLY: ("щороку", "щорічно", "кожного року", "раз на рік"),
    },
    working_day_units=("робочих днів", "робочі дні", "робочий день", "робочих дні", "роб днів"),
    day_units=("днів", "дні", "день", "дня"),
    prefixes=(
        "термін", "термін виконання", "до", "до кінця", "кінця", "наприкінці", "в кінці", "у кінці",
        "у", "в", "протягом", "упродовж", "не пізніше", "не пізніше ніж", "у термін",
    ),
    suffixes=("включно",),
    seasons={
        Season.SPRING: ("весна", "весни", "весні", "весною", "навесні"),
        Season.SUMMER: ("літо", "літа", "літі", "літом", "влітку"),
        Season.AUTUMN: ("осінь", "осені", "восени", "осінню"),
        Season.WINTER: ("зима", "зими", "зимі", "зимою", "взимку"),
    },
    half_words=("півріччя", "півріччі", "півр"),
    year_alone=("року", "рік", "поточного року"),
    whole_period=(
        "протягом усього періоду", "протягом всього періоду", "протягом періоду", "упродовж усього періоду",
        "упродовж періоду", "весь період", "протягом дії", "протягом терміну дії", "впродовж періоду",
    ),
)

EN = Vocabulary(
    months={
        1: ("january", "jan"), 2: ("february", "feb"), 3: ("march", "mar"), 4: ("april", "apr"),
        5: ("may",), 6: ("june", "jun"), 7: ("july", "jul"), 8: ("august", "aug"),
        9: ("september", "sep", "sept"), 10: ("october", "oct"), 11: ("november", "nov"),
        12: ("december", "dec"),
    },
    quarter_words=("quarter", "qtr"),
    ordinals={1: ("first",), 2: ("second",), 3: ("third",), 4: ("fourth",)},
    keywords={
        DeadlineKind.PERMANENT: ("permanent", "permanently", "continuous", "continuously", "continual"),
        DeadlineKind.ONGOING: ("ongoing", "on-going", "continuing", "throughout the year"),
        DeadlineKind.ON_UPDATE: ("on each update", "on every update", "on update", "upon update", "when updated"),
        DeadlineKind.PER_SCHEDULE: (
            "per plan", "as per plan", "as planned", "as scheduled", "per schedule",
            "according to plan", "according to the plan", "according to schedule", "according to the schedule",
        ),
    },
    recurring={
        Recurrence.MONTHLY: ("monthly", "every month", "each month"),
        Recurrence.QUARTERLY: ("quarterly", "every quarter", "each quarter"),
        Recurrence.YEARLY: ("yearly", "annually", "annual", "every year", "each year"),
    },
    working_day_units=("working days", "working day", "business days", "business day", "work days", "workdays"),
    day_units=("days", "day"),
    prefixes=(
        "deadline", "due", "due by", "by", "until", "till", "end of", "by end of", "by the end of",
        "the end of", "at the end of", "the", "in", "within", "no later than", "not later than",
    ),
    suffixes=("inclusive", "incl"),
    seasons={
        Season.SPRING: ("spring",),
        Season.SUMMER: ("summer",),
        Season.AUTUMN: ("autumn", "fall"),
        Season.WINTER: ("winter",),
    },
    season_links=("of",),
    half_words=("half", "half-year", "half year", "h"),
    year_alone=("year", "the year"),
    whole_period=(
        "throughout the period", "for the whole period", "for the entire period", "during the whole period",
        "over the whole period", "whole period", "throughout the plan", "throughout the plan period",
    ),
)

VOCABULARIES: dict[str, Vocabulary] = {"bg": BG, "pl": PL, "uk": UK, "en": EN}

# Language-neutral pieces.
ROMAN_QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4,
                  # Cyrillic "і" (Ukrainian) typed for a Roman numeral
                  "і": 1, "іі": 2, "ііі": 3, "іv": 4}
NEUTRAL_QUARTER_WORDS = ("q",)
# Roman-numeral months ("XII 2020 r."), Cyrillic look-alikes read as Latin (see parser._roman).
ROMAN_MONTHS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10,
                "xi": 11, "xii": 12}
# Words written after a year: "2026 г.", "2026 r.", "2026 р.", "2026 року", "2025-2026 роки".
YEAR_WORDS = ("г", "год", "година", "годината", "години", "гг", "r", "rok", "roku", "lata", "lat", "rr", "р", "рік",
              "року", "роки", "років", "рр", "year", "years")
# Endings written after a number: "1-во", "1st", "1-й".
ORDINAL_SUFFIXES = ("во", "ро", "то", "ти", "ми", "st", "nd", "rd", "th", "й", "ий", "го", "szy", "gi", "ci", "ше", "ге",
                    "e", "ie")
