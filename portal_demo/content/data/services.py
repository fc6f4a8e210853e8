"""The demo municipality's catalogue of administrative services, as pure data.

Six categories and their service cards, in the four content languages. The
loader (`portal_demo/content/services.py`) turns these into pages; this module
only holds text and numbers, so it can be checked without a database.
The cards themselves are split by category across `services_*.py`.
"""

from portal_demo.content.data.services_civil import CIVIL
from portal_demo.content.data.services_education import EDUCATION
from portal_demo.content.data.services_environment import ENVIRONMENT
from portal_demo.content.data.services_planning import PLANNING
from portal_demo.content.data.services_population import POPULATION
from portal_demo.content.data.services_requests import REQUESTS
from portal_demo.content.data.services_social import SOCIAL
from portal_demo.content.data.services_taxes import TAXES
from portal_demo.content.text import T

INDEX = {
    "title": T(bg="Административни услуги", pl="Usługi administracyjne", uk="Адміністративні послуги",
               en="Administrative services"),
    "intro": T(
        bg="Тук са описани услугите, които Община Белоречие извършва за граждани и фирми: какво да подадете, колко "
           "струва, колко време отнема и кой отговаря. Повечето заявления може да подадете и по електронен път, а "
           "местните данъци и такси — да платите онлайн.",
        pl="Tu znajdziesz usługi, które Gmina Białorzecze świadczy mieszkańcom i firmom: co złożyć, ile to kosztuje, ile "
           "trwa i kto za to odpowiada. Większość wniosków można złożyć także przez internet, a podatki i opłaty lokalne "
           "zapłacić online.",
        uk="Тут описано послуги, які Община Білоріччя надає мешканцям і підприємствам: що подати, скільки це коштує, "
           "скільки триває і хто відповідає. Більшість заяв можна подати й онлайн, а місцеві податки та збори — "
           "сплатити через інтернет.",
        en="These are the services Belorechie Municipality provides to residents and businesses: what to submit, what it "
           "costs, how long it takes and who is responsible. Most applications can also be made online, and local taxes "
           "and fees can be paid online.",
    ),
    "slug": "services",
}

CATEGORIES = {
    "civil_status": {
        "name": T(bg="Гражданско състояние и адресна регистрация", pl="Stan cywilny i meldunek",
                  uk="Цивільний стан і реєстрація місця проживання", en="Civil status and address registration"),
        "description": T(
            bg="Раждане, граждански брак, смърт, наследници и адресна регистрация: удостоверения от регистрите за "
               "гражданско състояние и от регистъра на населението.",
            pl="Urodzenie, ślub cywilny, zgon, spadkobiercy i meldunek: zaświadczenia i odpisy z rejestrów stanu "
               "cywilnego i rejestru ludności.",
            uk="Народження, шлюб, смерть, спадкоємці та реєстрація місця проживання: довідки й свідоцтва з реєстрів "
               "цивільного стану та реєстру населення.",
            en="Births, civil weddings, deaths, heirs and address registration: certificates from the civil status "
               "registers and the population register.",
        ),
    },
    "local_taxes": {
        "name": T(bg="Местни данъци и такси", pl="Podatki i opłaty lokalne", uk="Місцеві податки і збори",
                  en="Local taxes and fees"),
        "description": T(
            bg="Данък върху недвижимите имоти, такса за битови отпадъци, данък върху превозните средства, данъчни "
               "оценки и удостоверения, че нямате задължения.",
            pl="Podatek od nieruchomości, opłata za wywóz śmieci, podatek od środków transportu, wyceny podatkowe "
               "i zaświadczenia o niezaleganiu.",
            uk="Податок на нерухомість, збір за вивезення сміття, податок на транспортні засоби, податкова оцінка "
               "та довідки про відсутність боргів.",
            en="Property tax, the household waste fee, vehicle tax, tax valuations and certificates showing you owe "
               "nothing.",
        ),
    },
    "urban_planning": {
        "name": T(bg="Устройство на територията и строителство", pl="Architektura i budownictwo",
                  uk="Містобудування та будівництво", en="Planning and building"),
        "description": T(
            bg="Скици на имоти, одобряване на инвестиционни проекти, разрешения за строеж, въвеждане в експлоатация "
               "и поставяне на павилиони и други преместваеми обекти.",
            pl="Wypisy i mapy z planu, zatwierdzanie projektów, pozwolenia na budowę, odbiór budynków do użytkowania "
               "oraz ustawianie kiosków i innych obiektów tymczasowych.",
            uk="Викопіювання з плану, погодження проєктів, дозволи на будівництво, введення в експлуатацію та "
               "встановлення кіосків і інших тимчасових споруд.",
            en="Site plans, approval of building designs, building permits, completion certificates and permits "
               "for kiosks and other temporary structures.",
        ),
    },
    "social_health": {
        "name": T(bg="Социални услуги и здраве", pl="Pomoc społeczna i zdrowie", uk="Соціальні послуги та здоров’я",
                  en="Social care and health"),
        "description": T(
            bg="Еднократна помощ от общината, домашен социален патронаж, личен асистент и карта за паркиране за "
               "хора с увреждания.",
            pl="Jednorazowa pomoc finansowa z gminy, pomoc w domu, asystent osobisty i karta parkingowa dla osób "
               "z niepełnosprawnościami.",
            uk="Одноразова допомога від общини, соціальний патронаж удома, особистий асистент і паркувальна картка "
               "для людей з інвалідністю.",
            en="One-off financial help from the municipality, home care, personal assistants and parking cards for "
               "disabled people.",
        ),
    },
    "education_culture_sport": {
        "name": T(bg="Образование, култура и спорт", pl="Oświata, kultura i sport", uk="Освіта, культура і спорт",
                  en="Education, culture and sport"),
        "description": T(
            bg="Прием в детски градини и ясли, наемане на спортни и културни зали и разрешения за концерти, "
               "фестивали и други събития на открито.",
            pl="Zapisy do przedszkoli i żłobków, wynajem hal sportowych i sal kulturalnych oraz zgody na koncerty, "
               "festyny i inne imprezy plenerowe.",
            uk="Зарахування до дитсадків і ясел, оренда спортивних і культурних залів, дозволи на концерти, "
               "фестивалі та інші заходи просто неба.",
            en="Kindergarten and nursery places, hiring sports and culture halls, and permits for concerts, "
               "festivals and other outdoor events.",
        ),
    },
    "environment_transport": {
        "name": T(bg="Околна среда и транспорт", pl="Środowisko i transport", uk="Довкілля і транспорт",
                  en="Environment and transport"),
        "description": T(
            bg="Дървета и зелени площи, кучета, маси на открито върху тротоари и площади и такси превоз.",
            pl="Drzewa i zieleń, psy, ogródki gastronomiczne na chodnikach i placach oraz taksówki.",
            uk="Дерева й зелені зони, собаки, літні майданчики на тротуарах і площах та таксі.",
            en="Trees and green spaces, dogs, café tables on pavements and squares, and taxis.",
        ),
    },
    "requests_information": {
        "name": T(bg="Сигнали и достъп до информация", pl="Zgłoszenia i informacja publiczna",
                  uk="Звернення та доступ до інформації", en="Reports and public information"),
        "description": T(
            bg="Сигнали за шум, отпадъци и други проблеми и заявления за достъп до обществена информация: договори, "
               "разходи, решения и заповеди на общината.",
            pl="Zgłoszenia hałasu, śmieci i innych problemów oraz wnioski o dostęp do informacji publicznej: umowy, "
               "wydatki, uchwały i zarządzenia gminy.",
            uk="Скарги на шум, сміття та інші проблеми і запити на доступ до публічної інформації: договори, витрати, "
               "рішення та розпорядження громади.",
            en="Reports of noise, rubbish and other problems, and requests for public information: the municipality's "
               "contracts, spending, decisions and orders.",
        ),
    },
}

SERVICES = CIVIL + POPULATION + TAXES + PLANNING + SOCIAL + EDUCATION + ENVIRONMENT + REQUESTS
