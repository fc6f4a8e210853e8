"""Pieces shared by several demo service cards: issuing bodies, legal acts,
places to apply and standard appeal routes.

Pure data: `legal(...)` returns fresh dictionaries, so a loader that changes
one service's legal basis never changes another's.
"""

from decimal import ROUND_HALF_UP, Decimal

from portal_demo.content.text import T

# --- Issuing bodies -----------------------------------------------------------

NATIONAL_ASSEMBLY = T(
    bg="Народно събрание",
    pl="Zgromadzenie Narodowe Republiki Bułgarii",
    uk="Народні збори Республіки Болгарія",
    en="National Assembly of Bulgaria",
)
COUNCIL = T(
    bg="Общински съвет – Белоречие",
    pl="Rada Miejska w Białorzeczu",
    uk="Рада общини Білоріччя",
    en="Belorechie Municipal Council",
)
COUNCIL_OF_MINISTERS = T(
    bg="Министерски съвет",
    pl="Rada Ministrów Republiki Bułgarii",
    uk="Рада Міністрів Республіки Болгарія",
    en="Council of Ministers of Bulgaria",
)
MINISTRY_REGIONAL = T(
    bg="Министерство на регионалното развитие и благоустройството",
    pl="Ministerstwo Rozwoju Regionalnego i Robót Publicznych",
    uk="Міністерство регіонального розвитку та благоустрою",
    en="Ministry of Regional Development and Public Works",
)
MINISTRY_TRANSPORT = T(
    bg="Министерство на транспорта",
    pl="Ministerstwo Transportu",
    uk="Міністерство транспорту",
    en="Ministry of Transport",
)
MINISTRY_FINANCE = T(
    bg="Министър на финансите",
    pl="Minister Finansów",
    uk="Міністр фінансів",
    en="Minister of Finance",
)


def act(title: T, number: str = "", date: str = "", issuer: T | None = None, url: str = "") -> dict:
    """One legal act in the shape of the service schema."""
    return {"title": title, "number": number, "date": date, "issuer": issuer, "url": url}


ORDINANCES_URL = "https://www.belorechie.example/obshtinski-savet/naredbi/"

# --- Legal acts used by more than one service --------------------------------

_ACTS = {
    "civil_registration_act": lambda: act(
        T(bg="Закон за гражданската регистрация", pl="Ustawa o rejestracji cywilnej",
          uk="Закон про цивільну реєстрацію", en="Civil Registration Act"),
        "", "1999-07-27", NATIONAL_ASSEMBLY),
    "civil_status_ordinance": lambda: act(
        T(bg="Наредба за функционирането на Единната система за гражданска регистрация",
          pl="Rozporządzenie w sprawie funkcjonowania Jednolitego Systemu Rejestracji Cywilnej",
          uk="Порядок функціонування Єдиної системи цивільної реєстрації",
          en="Ordinance on the Unified Civil Registration System"),
        "РД-02-20-9", "2012-05-21", MINISTRY_REGIONAL),
    "population_register_ordinance": lambda: act(
        T(bg="Наредба за издаване на удостоверения въз основа на регистъра на населението",
          pl="Rozporządzenie w sprawie wydawania zaświadczeń na podstawie rejestru ludności",
          uk="Порядок видачі довідок на підставі реєстру населення",
          en="Ordinance on certificates issued from the population register"),
        "РД-02-20-6", "2012-04-24", MINISTRY_REGIONAL),
    "local_taxes_act": lambda: act(
        T(bg="Закон за местните данъци и такси", pl="Ustawa o podatkach i opłatach lokalnych",
          uk="Закон про місцеві податки і збори", en="Local Taxes and Fees Act"),
        "", "1997-12-10", NATIONAL_ASSEMBLY),
    "tax_procedure_code": lambda: act(
        T(bg="Данъчно-осигурителен процесуален кодекс", pl="Ordynacja podatkowa i ubezpieczeniowa",
          uk="Податково-страховий процесуальний кодекс", en="Tax and Social Insurance Procedure Code"),
        "", "2005-12-29", NATIONAL_ASSEMBLY),
    "local_tax_ordinance": lambda: act(
        T(bg="Наредба за определяне размера на местните данъци на територията на община Белоречие",
          pl="Uchwała w sprawie wysokości podatków lokalnych na terenie gminy Białorzecze",
          uk="Положення про розміри місцевих податків на території общини Білоріччя",
          en="Ordinance on the rates of local taxes in Belorechie Municipality"),
        "1", "2008-01-31", COUNCIL, ORDINANCES_URL + "mestni-danatsi"),
    "fees_ordinance": lambda: act(
        T(bg="Наредба за определянето и администрирането на местните такси и цени на услуги на територията на община Белоречие",
          pl="Uchwała w sprawie ustalania i pobierania opłat lokalnych oraz cen usług na terenie gminy Białorzecze",
          uk="Положення про встановлення та адміністрування місцевих зборів і цін на послуги на території общини Білоріччя",
          en="Ordinance on setting and administering local fees and prices of services in Belorechie Municipality"),
        "2", "2008-01-31", COUNCIL, ORDINANCES_URL + "mestni-taksi"),
    "spatial_planning_act": lambda: act(
        T(bg="Закон за устройство на територията", pl="Ustawa o zagospodarowaniu przestrzennym",
          uk="Закон про облаштування території", en="Spatial Development Act"),
        "", "2001-01-02", NATIONAL_ASSEMBLY),
    "administrative_procedure_code": lambda: act(
        T(bg="Административнопроцесуален кодекс", pl="Kodeks postępowania administracyjnego",
          uk="Адміністративно-процесуальний кодекс", en="Administrative Procedure Code"),
        "", "2006-04-11", NATIONAL_ASSEMBLY),
    "social_services_act": lambda: act(
        T(bg="Закон за социалните услуги", pl="Ustawa o usługach społecznych",
          uk="Закон про соціальні послуги", en="Social Services Act"),
        "", "2019-03-22", NATIONAL_ASSEMBLY),
    "disabilities_act": lambda: act(
        T(bg="Закон за хората с увреждания", pl="Ustawa o osobach z niepełnosprawnościami",
          uk="Закон про осіб з інвалідністю", en="Persons with Disabilities Act"),
        "", "2018-12-30", NATIONAL_ASSEMBLY),
    "public_order_ordinance": lambda: act(
        T(bg="Наредба за обществения ред на територията на община Белоречие",
          pl="Uchwała w sprawie porządku publicznego na terenie gminy Białorzecze",
          uk="Положення про громадський порядок на території общини Білоріччя",
          en="Ordinance on public order in Belorechie Municipality"),
        "5", "2010-06-24", COUNCIL, ORDINANCES_URL + "obshtestven-red"),
    "municipal_property_act": lambda: act(
        T(bg="Закон за общинската собственост", pl="Ustawa o mieniu komunalnym",
          uk="Закон про комунальну власність", en="Municipal Property Act"),
        "", "1996-05-21", NATIONAL_ASSEMBLY),
    "road_traffic_act": lambda: act(
        T(bg="Закон за движението по пътищата", pl="Ustawa o ruchu drogowym",
          uk="Закон про дорожній рух", en="Road Traffic Act"),
        "", "1999-03-05", NATIONAL_ASSEMBLY),
}


def legal(*keys: str, extra: tuple = ()) -> list[dict]:
    """Fresh copies of the named shared acts, followed by service-specific ones."""
    return [_ACTS[key]() for key in keys] + list(extra)


# --- Where to apply -------------------------------------------------------------

ONE_STOP_SHOP = T(
    bg="Център за административно обслужване, пл. „Съединение“ 1, партер, от понеделник до петък, 8:30 – 17:00.",
    pl="Biuro Obsługi Mieszkańców, pl. Zjednoczenia 1, parter, od poniedziałku do piątku w godz. 8:30 – 17:00.",
    uk="Центр надання адміністративних послуг, пл. Єднання 1, перший поверх, з понеділка по п’ятницю, 8:30 – 17:00.",
    en="One-stop shop, 1 Union Square, ground floor, Monday to Friday, 8:30 to 17:00.",
)
CIVIL_STATUS_DESK = T(
    bg="Гишета 3 и 4 в Центъра за административно обслужване, пл. „Съединение“ 1, от понеделник до петък, 8:30 – 17:00. "
       "Заявление може да подадете и в кметството на вашето село.",
    pl="Okienka 3 i 4 w Biurze Obsługi Mieszkańców, pl. Zjednoczenia 1, od poniedziałku do piątku w godz. 8:30 – 17:00. "
       "Wniosek można złożyć także w urzędzie swojej wsi (tzw. kmetstwie).",
    uk="Вікна 3 і 4 у Центрі надання адміністративних послуг, пл. Єднання 1, з понеділка по п’ятницю, 8:30 – 17:00. "
       "Заяву можна подати також у старостаті свого села.",
    en="Desks 3 and 4 at the one-stop shop, 1 Union Square, Monday to Friday, 8:30 to 17:00. "
       "You can also apply at the mayor's office of your village.",
)
TAX_DESK = T(
    bg="Гишета 7 – 10 в Центъра за административно обслужване, пл. „Съединение“ 1, от понеделник до петък, 8:30 – 17:00.",
    pl="Okienka 7–10 w Biurze Obsługi Mieszkańców, pl. Zjednoczenia 1, od poniedziałku do piątku w godz. 8:30 – 17:00.",
    uk="Вікна 7–10 у Центрі надання адміністративних послуг, пл. Єднання 1, з понеділка по п’ятницю, 8:30 – 17:00.",
    en="Desks 7 to 10 at the one-stop shop, 1 Union Square, Monday to Friday, 8:30 to 17:00.",
)
PLANNING_DESK = T(
    bg="Гише 12 в Центъра за административно обслужване, пл. „Съединение“ 1. Консултации с главния архитект: вторник, 14:00 – 16:00, стая 305.",
    pl="Okienko 12 w Biurze Obsługi Mieszkańców, pl. Zjednoczenia 1. Konsultacje z architektem miejskim: wtorek, 14:00 – 16:00, pokój 305.",
    uk="Вікно 12 у Центрі надання адміністративних послуг, пл. Єднання 1. Консультації з головним архітектором: вівторок, 14:00 – 16:00, кімната 305.",
    en="Desk 12 at the one-stop shop, 1 Union Square. The chief architect sees citizens on Tuesdays, 14:00 to 16:00, room 305.",
)
SOCIAL_DESK = T(
    bg="Отдел „Социални дейности и здравеопазване“, стая 208, пл. „Съединение“ 1, от понеделник до петък, 8:30 – 17:00, "
       "или гише 2 в Центъра за административно обслужване.",
    pl="Referat Spraw Społecznych i Zdrowia, pokój 208, pl. Zjednoczenia 1, od poniedziałku do piątku w godz. 8:30 – 17:00, "
       "albo okienko 2 w Biurze Obsługi Mieszkańców.",
    uk="Відділ соціального захисту та охорони здоров’я, кімната 208, пл. Єднання 1, з понеділка по п’ятницю, 8:30 – 17:00, "
       "або вікно 2 у Центрі надання адміністративних послуг.",
    en="Social Affairs and Health Office, room 208, 1 Union Square, Monday to Friday, 8:30 to 17:00, "
       "or desk 2 at the one-stop shop.",
)
BY_POST = T(
    bg="Можете да изпратите заявлението по пощата до Община Белоречие, пл. „Съединение“ 1, с приложени копия на документите; "
       "готовият документ се връща с обратна препоръчана пратка за ваша сметка.",
    pl="Wniosek z kopiami dokumentów można wysłać pocztą na adres: Gmina Białorzecze, pl. Zjednoczenia 1; "
       "gotowy dokument odsyłamy listem poleconym za zaliczeniem kosztów przesyłki.",
    uk="Заяву з копіями документів можна надіслати поштою на адресу: Община Білоріччя, пл. Єднання 1; "
       "готовий документ надішлемо рекомендованим листом, пересилання оплачуєте ви.",
    en="You can post the application with copies of the documents to Belorechie Municipality, 1 Union Square; "
       "we send the result back by registered mail, with postage paid by you.",
)

# --- Appeal routes ------------------------------------------------------------------

APPEAL_APK = T(
    bg="Отказът се обжалва по Административнопроцесуалния кодекс: в 14-дневен срок от съобщаването му пред кмета на общината "
       "или пред Административния съд, чрез органа, който го е издал.",
    pl="Od odmowy przysługuje odwołanie na zasadach kodeksu postępowania administracyjnego: w terminie 14 dni od jej doręczenia "
       "do burmistrza albo skarga do sądu administracyjnego, składana za pośrednictwem organu, który wydał odmowę.",
    uk="Відмову можна оскаржити за Адміністративно-процесуальним кодексом: протягом 14 днів від її отримання до міського голови "
       "або до адміністративного суду через орган, який її видав.",
    en="A refusal can be appealed under the Administrative Procedure Code within 14 days of receiving it, either to the mayor "
       "or to the Administrative Court, lodged through the office that issued it.",
)
APPEAL_CIVIL = T(
    bg="Ако длъжностното лице по гражданско състояние откаже да издаде документа, отказът е писмен и мотивиран. Той се обжалва "
       "в 14-дневен срок пред Административния съд чрез кмета на общината.",
    pl="Jeśli urzędnik stanu cywilnego odmówi wydania dokumentu, robi to na piśmie z uzasadnieniem. Odmowę można zaskarżyć "
       "w ciągu 14 dni do sądu administracyjnego za pośrednictwem burmistrza.",
    uk="Якщо посадова особа з цивільного стану відмовляє у видачі документа, відмова має бути письмовою та вмотивованою. "
       "Її можна оскаржити протягом 14 днів до адміністративного суду через міського голову.",
    en="If the civil status officer refuses to issue the document, the refusal is given in writing with reasons. "
       "You can appeal it within 14 days to the Administrative Court, through the mayor.",
)
APPEAL_TAX = T(
    bg="Ако не сте съгласни с документа или с изчисленото задължение, подайте писмено възражение до началника на отдел "
       "„Местни данъци и такси“. Актовете на отдела се обжалват по Данъчно-осигурителния процесуален кодекс пред кмета в 14-дневен срок.",
    pl="Jeśli nie zgadzasz się z dokumentem lub z naliczoną kwotą, złóż pisemne zastrzeżenie do kierownika Referatu Podatków. "
       "Decyzje referatu można zaskarżyć do burmistrza w ciągu 14 dni na podstawie bułgarskiej ordynacji podatkowej.",
    uk="Якщо ви не згодні з документом чи нарахованою сумою, подайте письмове заперечення начальнику відділу місцевих податків. "
       "Акти відділу оскаржуються до міського голови протягом 14 днів за Податково-страховим процесуальним кодексом.",
    en="If you disagree with the document or the amount charged, send a written objection to the head of the Local Taxes Office. "
       "The office's decisions can be appealed to the mayor within 14 days under the Tax and Social Insurance Procedure Code.",
)
APPEAL_PLANNING = T(
    bg="Отказът, както и издаденото разрешение, могат да се обжалват от заинтересованите лица по реда на Закона за устройство "
       "на територията: в 14-дневен срок от съобщаването пред Административния съд чрез главния архитект.",
    pl="Odmowę, a także wydane pozwolenie, mogą zaskarżyć zainteresowane osoby na zasadach ustawy o zagospodarowaniu przestrzennym: "
       "w ciągu 14 dni od doręczenia do sądu administracyjnego za pośrednictwem architekta miejskiego.",
    uk="Відмову, а також виданий дозвіл зацікавлені особи можуть оскаржити за Законом про облаштування території: "
       "протягом 14 днів від повідомлення до адміністративного суду через головного архітектора.",
    en="Both a refusal and an issued permit can be challenged by interested parties under the Spatial Development Act: "
       "within 14 days of notice, to the Administrative Court, lodged through the chief architect.",
)


# Bulgaria has used the euro since 1 January 2026; fees set in leva were
# converted at the fixed rate and rounded to the cent.
LEV_PER_EURO = Decimal("1.95583")


def eur(leva) -> str:
    """An amount set in leva, in euro (as a string with two decimals)."""
    return str((Decimal(str(leva)) / LEV_PER_EURO).quantize(Decimal("0.01"), ROUND_HALF_UP))
