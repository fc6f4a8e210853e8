"""Demo service cards: environment, public spaces and transport."""

from portal_demo.content.data.common import (
    APPEAL_APK,
    COUNCIL,
    MINISTRY_TRANSPORT,
    NATIONAL_ASSEMBLY,
    ONE_STOP_SHOP,
    ORDINANCES_URL,
    act,
    eur,
    legal,
)
from portal_demo.content.text import T

ONLINE = "https://e-uslugi.belorechie.example/"
PAYMENT = "https://plashtane.belorechie.example/"

ENVIRONMENT_OFFICE = T(
    bg="Отдел „Екология и комунални дейности“, стая 214, пл. „Съединение“ 1, или гише 2 в Центъра за административно "
       "обслужване, от понеделник до петък, 8:30 – 17:00.",
    pl="Referat Ochrony Środowiska i Gospodarki Komunalnej, pokój 214, pl. Zjednoczenia 1, albo okienko 2 w Biurze "
       "Obsługi Mieszkańców, od poniedziałku do piątku w godz. 8:30 – 17:00.",
    uk="Відділ екології та комунального господарства, кімната 214, пл. Єднання 1, або вікно 2 у Центрі надання "
       "адміністративних послуг, з понеділка по п’ятницю, 8:30 – 17:00.",
    en="Environment and Municipal Services Office, room 214, 1 Union Square, or desk 2 at the one-stop shop, Monday to "
       "Friday, 8:30 to 17:00.",
)


def application_item(bg, pl, uk, en, note=None):
    return {"name": T(bg=bg, pl=pl, uk=uk, en=en), "note": note, "form": True}


def document_item(bg, pl, uk, en, note=None):
    return {"name": T(bg=bg, pl=pl, uk=uk, en=en), "note": note, "form": False}


def fee_item(bg, pl, uk, en, amount, note=None):
    return {"variant": T(bg=bg, pl=pl, uk=uk, en=en), "amount": eur(amount), "currency": "EUR", "note": note}


def processing_item(bg, pl, uk, en, days, working_days, note=None):
    return {"variant": T(bg=bg, pl=pl, uk=uk, en=en), "days": days, "working_days": working_days, "note": note}


GREEN_ORDINANCE = T(
    bg="Наредба за изграждане и опазване на зелената система на територията на община Белоречие",
    pl="Uchwała w sprawie urządzania i ochrony terenów zieleni w gminie Białorzecze",
    uk="Положення про створення та охорону зелених насаджень на території общини Білоріччя",
    en="Ordinance on creating and protecting green spaces in Belorechie Municipality",
)

ENVIRONMENT = [
    {
        "slug": "tree-felling-permit",
        "category": "environment_transport",
        "title": T(bg="Разрешение за отсичане на дърво", pl="Zezwolenie na wycinkę drzewa",
                   uk="Дозвіл на вирубку дерева", en="Permit to cut down a tree"),
        "summary": T(
            bg="За отсичане, премахване или силна резитба на дърво — на улица, в парк или в двора ви в населено място — е "
               "нужно разрешение от кмета. Комисия оглежда дървото и решава дали може да бъде премахнато и дали трябва да "
               "засадите нови дървета. Опасни, паднали или изсъхнали дървета се премахват спешно и безплатно — обадете се "
               "на +359 301 600 24.",
            pl="Na wycinkę, usunięcie lub silne przycięcie drzewa — przy ulicy, w parku albo na własnym podwórku w "
               "miejscowości — potrzebne jest zezwolenie burmistrza. Komisja ogląda drzewo i decyduje, czy można je usunąć "
               "i czy trzeba posadzić nowe. Drzewa niebezpieczne, przewrócone lub suche usuwamy pilnie i bezpłatnie — "
               "zadzwoń pod +359 301 600 24.",
            uk="Щоб зрубати, прибрати чи сильно обрізати дерево — на вулиці, в парку чи у своєму дворі в населеному "
               "пункті, — потрібен дозвіл міського голови. Комісія оглядає дерево й вирішує, чи можна його прибрати і чи "
               "треба висадити нові. Небезпечні, повалені чи сухі дерева прибирають терміново й безкоштовно — "
               "телефонуйте +359 301 600 24.",
            en="Cutting down, removing or heavily pruning a tree, whether in a street, a park or your own garden in "
               "town, needs the mayor's permit. A committee inspects the tree and decides whether it may go and whether "
               "you must plant new ones. Dangerous, fallen or dead trees are removed urgently and free of charge: call "
               "+359 301 600 24.",
        ),
        "who_may_apply": T(
            bg="Собствениците на имоти, етажната собственост чрез управителя си, както и всеки, пред чийто имот има "
               "опасно дърво на общинска площ.",
            pl="Właściciele nieruchomości, wspólnoty mieszkaniowe przez zarządcę oraz każdy, przed czyją posesją rośnie "
               "niebezpieczne drzewo na gruncie gminy.",
            uk="Власники нерухомості, об’єднання співвласників через управителя, а також будь-хто, перед чиїм будинком "
               "на комунальній землі росте небезпечне дерево.",
            en="Property owners, residents' associations through their manager, and anyone with a dangerous tree on "
               "municipal land outside their property.",
        ),
        "legal_basis": legal("spatial_planning_act", "fees_ordinance", extra=(
            act(GREEN_ORDINANCE, "9", "2009-05-28", COUNCIL, ORDINANCES_URL + "zelena-sistema"),
        )),
        "documents": [
            application_item("Заявление за отсичане или премахване на дърво", "Wniosek o zezwolenie na wycinkę drzewa",
                         "Заява про дозвіл на вирубку дерева", "Application to cut down a tree"),
            document_item("Снимки на дървото", "Zdjęcia drzewa", "Фото дерева", "Photos of the tree"),
            document_item("Протокол от общото събрание на етажната собственост", "Uchwała wspólnoty mieszkaniowej",
                      "Протокол загальних зборів співвласників", "Minutes of the residents' association meeting",
                      T(bg="Само за дърво в общ двор на жилищна сграда.", pl="Tylko dla drzewa na wspólnym podwórku bloku.",
                        uk="Лише для дерева у спільному дворі багатоквартирного будинку.",
                        en="Only for a tree in the shared yard of a block of flats.")),
        ],
        "fees": [
            fee_item("Оглед и становище на комисията", "Oględziny i opinia komisji", "Огляд і висновок комісії",
                 "Inspection by the committee", "20.00"),
            fee_item("Компенсация за всяко отсечено здраво дърво", "Opłata kompensacyjna za każde wycięte zdrowe drzewo",
                 "Компенсація за кожне зрубане здорове дерево", "Compensation for each healthy tree felled", "100.00",
                 T(bg="Не се плаща, ако засадите три нови дървета там, където посочи общината.",
                   pl="Nie płacisz, jeśli posadzisz trzy nowe drzewa w miejscu wskazanym przez gminę.",
                   uk="Не сплачується, якщо ви висадите три нові дерева там, де вкаже община.",
                   en="Not charged if you plant three new trees where the municipality says.")),
            fee_item("Опасно, паднало или сухо дърво", "Drzewo niebezpieczne, przewrócone lub suche", "Небезпечне, повалене чи сухе дерево",
                 "Dangerous, fallen or dead tree", "0"),
        ],
        "processing": [
            processing_item("Оглед и разрешение", "Oględziny i zezwolenie", "Огляд і дозвіл", "Inspection and permit", 14, False),
            processing_item("Опасно дърво", "Drzewo niebezpieczne", "Небезпечне дерево", "Dangerous tree", 1, False,
                  T(bg="При опасност за хора или имущество екипът идва веднага.",
                    pl="Gdy zagraża ludziom lub mieniu, ekipa przyjeżdża od razu.",
                    uk="Якщо є загроза людям чи майну, бригада виїжджає одразу.",
                    en="If people or property are at risk, a crew comes straight away.")),
        ],
        "in_person": ENVIRONMENT_OFFICE,
        "department": "environment",
        "contact": "head_one_stop_shop",
        "online_url": ONLINE + "otsichane-darvo",
        "payment_url": PAYMENT,
        "by_post": None,
        "result": T(
            bg="Разрешение за отсичане с условията — срок, начин на работа и задължение за ново засаждане — или отказ.",
            pl="Zezwolenie na wycinkę z warunkami — termin, sposób prac i obowiązek nowych nasadzeń — albo odmowa.",
            uk="Дозвіл на вирубку з умовами — строк, спосіб робіт і обов’язок нових насаджень — або відмова.",
            en="A felling permit with its conditions (deadline, how the work is done, replanting), or a refusal.",
        ),
        "appeal": APPEAL_APK,
        "related": ["noise-waste-complaint", "building-permit"],
    },
    {
        "slug": "dog-registration",
        "category": "environment_transport",
        "title": T(bg="Регистрация на куче и такса за куче", pl="Rejestracja psa i opłata za psa",
                   uk="Реєстрація собаки та збір за собаку", en="Registering a dog and paying the dog fee"),
        "summary": T(
            bg="Всяко домашно куче в Белоречие трябва да бъде регистрирано в общината до 7 дни след като навърши 4 месеца. "
               "Кучето трябва да има микрочип и ветеринарен паспорт, а собственикът плаща годишна такса. Кастрираните "
               "кучета, кучетата-водачи и кучетата на хора с увреждания са освободени от таксата.",
            pl="Każdego psa w Białorzeczu trzeba zarejestrować w gminie w ciągu 7 dni od ukończenia przez niego 4 miesięcy. "
               "Pies musi mieć czip i paszport weterynaryjny, a właściciel płaci roczną opłatę. Psy wykastrowane, psy "
               "przewodniki i psy osób z niepełnosprawnościami są z niej zwolnione.",
            uk="Кожного собаку в Білоріччі треба зареєструвати в общині протягом 7 днів після того, як йому виповниться "
               "4 місяці. Собака повинен мати мікрочип і ветеринарний паспорт, а власник сплачує щорічний збір. "
               "Стерилізовані (кастровані) собаки, собаки-поводирі та собаки людей з інвалідністю звільнені від збору.",
            en="Every pet dog in Belorechie must be registered with the municipality within 7 days of turning 4 months "
               "old. The dog needs a microchip and a pet passport, and the owner pays a yearly fee. Neutered dogs, guide "
               "dogs and dogs of disabled people are exempt.",
        ),
        "who_may_apply": T(
            bg="Собствениците на кучета — граждани и фирми — с адрес в общината.",
            pl="Właściciele psów — osoby prywatne i firmy — z adresem w gminie.",
            uk="Власники собак — громадяни та фірми — з адресою в общині.",
            en="Dog owners, people or companies, with an address in the municipality.",
        ),
        "legal_basis": legal("local_taxes_act", "fees_ordinance", extra=(
            act(T(bg="Закон за ветеринарномедицинската дейност", pl="Ustawa o działalności weterynaryjnej",
                  uk="Закон про ветеринарно-медичну діяльність", en="Veterinary Medicine Act"),
                "", "2005-11-01", NATIONAL_ASSEMBLY),
            act(T(bg="Закон за защита на животните", pl="Ustawa o ochronie zwierząt", uk="Закон про захист тварин",
                  en="Animal Protection Act"), "", "2008-02-08", NATIONAL_ASSEMBLY),
        )),
        "documents": [
            application_item("Декларация за регистрация на куче", "Deklaracja rejestracji psa", "Декларація про реєстрацію собаки",
                         "Dog registration form"),
            document_item("Ветеринарен паспорт с номера на микрочипа и ваксината против бяс",
                      "Paszport weterynaryjny z numerem czipa i szczepieniem przeciw wściekliźnie",
                      "Ветеринарний паспорт з номером мікрочипа та щепленням від сказу",
                      "Pet passport showing the microchip number and rabies vaccination"),
            document_item("Документ за кастрация", "Zaświadczenie o kastracji", "Документ про стерилізацію",
                      "Proof of neutering",
                      T(bg="Само ако искате освобождаване от таксата.", pl="Tylko jeśli chcesz zwolnienia z opłaty.",
                        uk="Лише якщо хочете звільнення від збору.", en="Only if you claim the exemption.")),
        ],
        "fees": [
            fee_item("Годишна такса за куче", "Roczna opłata za psa", "Щорічний збір за собаку", "Yearly dog fee", "10.00"),
            fee_item("Кастрирано куче, куче-водач или куче на човек с увреждане",
                 "Pies wykastrowany, przewodnik lub pies osoby z niepełnosprawnością",
                 "Стерилізований собака, собака-поводир або собака людини з інвалідністю",
                 "Neutered dog, guide dog or dog of a disabled person", "0"),
            fee_item("Метална марка за нашийника", "Metalowy identyfikator na obrożę", "Металевий жетон на нашийник",
                 "Metal tag for the collar", "3.00"),
        ],
        "processing": [
            processing_item("Регистрация", "Rejestracja", "Реєстрація", "Registration", 1, True,
                  T(bg="На място, при подаване на декларацията.", pl="Od ręki, przy składaniu deklaracji.",
                    uk="На місці, під час подання декларації.", en="On the spot when you hand in the form.")),
        ],
        "in_person": ONE_STOP_SHOP,
        "department": "environment",
        "contact": "head_one_stop_shop",
        "online_url": ONLINE + "registratsia-kuche",
        "payment_url": PAYMENT,
        "by_post": None,
        "result": T(
            bg="Кучето е вписано в регистъра на общината; получавате регистрационен номер и марка за нашийника.",
            pl="Pies zostaje wpisany do rejestru gminy; dostajesz numer rejestracyjny i identyfikator na obrożę.",
            uk="Собаку внесено до реєстру общини; ви отримуєте реєстраційний номер і жетон на нашийник.",
            en="The dog is entered in the municipal register; you receive a registration number and a collar tag.",
        ),
        "appeal": APPEAL_APK,
        "related": ["noise-waste-complaint", "property-tax-payment"],
    },
    {
        "slug": "cafe-tables-permit",
        "category": "environment_transport",
        "title": T(bg="Разрешение за маси на открито пред заведение", pl="Zezwolenie na ogródek gastronomiczny",
                   uk="Дозвіл на літній майданчик біля закладу", en="Permit for outdoor café tables"),
        "summary": T(
            bg="Кафенета и ресторанти могат да поставят маси, столове, чадъри и сенници върху тротоар, площад или друго "
               "общинско място по одобрена схема. Разрешението е за сезона или за година, а таксата за ползване на "
               "тротоара се плаща месечно на квадратен метър. За пешеходци и детски и инвалидни колички трябва да остане "
               "свободна ивица от поне 1,5 м.",
            pl="Kawiarnie i restauracje mogą ustawić stoliki, krzesła, parasole i markizy na chodniku, placu lub innym "
               "terenie gminnym (ogródek gastronomiczny, ogródek letni) według zatwierdzonego szkicu. Zezwolenie wydaje się "
               "na sezon lub na rok, a opłatę za zajęcie chodnika płaci się co miesiąc za metr kwadratowy. Dla pieszych, "
               "wózków dziecięcych i wózków inwalidzkich musi zostać wolne przejście szerokości co najmniej 1,5 m.",
            uk="Кав’ярні й ресторани можуть ставити столики, стільці, парасолі та навіси на тротуарі, площі чи іншому "
               "комунальному місці (літній майданчик) за погодженою схемою. Дозвіл видають на сезон або на рік, а плату "
               "за користування тротуаром вносять щомісяця за квадратний метр. Для пішоходів, дитячих візків і крісел "
               "колісних має залишатися вільна смуга щонайменше 1,5 м.",
            en="Cafés and restaurants may put tables, chairs, umbrellas and awnings on a pavement, square or other "
               "municipal space (outdoor seating, a terrace) according to an approved layout. The permit is for the "
               "season or the year, and the charge for using the pavement is paid monthly per square metre. A clear "
               "strip at least 1.5 m wide must stay free for pedestrians, prams and wheelchairs.",
        ),
        "who_may_apply": T(
            bg="Фирми и еднолични търговци със заведение за хранене в съседната сграда.",
            pl="Firmy i przedsiębiorcy prowadzący lokal gastronomiczny w przylegającym budynku.",
            uk="Фірми та підприємці, що мають заклад харчування в сусідній будівлі.",
            en="Businesses running a café or restaurant in the adjoining building.",
        ),
        "legal_basis": legal("spatial_planning_act", "municipal_property_act", "local_taxes_act", "fees_ordinance"),
        "documents": [
            application_item("Заявление за разрешение за ползване на място", "Wniosek o zezwolenie na zajęcie terenu",
                         "Заява про дозвіл на користування місцем", "Application to use public space"),
            document_item("Схема с разположението и размерите на масите", "Szkic z rozmieszczeniem i wymiarami ogródka",
                      "Схема з розміщенням і розмірами майданчика", "Layout showing where the tables go and their size"),
            document_item("Удостоверение за категория на заведението", "Zaświadczenie o kategorii lokalu",
                      "Свідоцтво про категорію закладу", "Certificate of the restaurant's category"),
        ],
        "fees": [
            fee_item("Разглеждане на схемата", "Rozpatrzenie szkicu", "Розгляд схеми", "Reviewing the layout", "30.00"),
            fee_item("Централна зона — на кв. м на месец", "Strefa centralna — za m² miesięcznie", "Центральна зона — за м² на місяць",
                 "Central zone, per m² per month", "6.00"),
            fee_item("Други зони — на кв. м на месец", "Pozostałe strefy — za m² miesięcznie", "Інші зони — за м² на місяць",
                 "Other zones, per m² per month", "3.00"),
        ],
        "processing": [
            processing_item("Разрешение", "Zezwolenie", "Дозвіл", "Permit", 14, False),
        ],
        "in_person": ONE_STOP_SHOP,
        "department": "urban_planning",
        "contact": "chief_architect",
        "online_url": ONLINE + "masi-na-otkrito",
        "payment_url": PAYMENT,
        "by_post": None,
        "result": T(
            bg="Разрешение за ползване на място с площта и срока; държите копие в заведението за проверка.",
            pl="Zezwolenie na zajęcie terenu z powierzchnią i terminem; kopię trzeba mieć w lokalu do kontroli.",
            uk="Дозвіл на користування місцем із площею та строком; копію тримаєте в закладі для перевірок.",
            en="A permit stating the area and period; keep a copy at the café for inspections.",
        ),
        "appeal": APPEAL_APK,
        "related": ["temporary-structure-permit", "event-permit"],
    },
    {
        "slug": "taxi-permit",
        "category": "environment_transport",
        "title": T(bg="Разрешение за таксиметров превоз", pl="Zezwolenie na przewóz osób taksówką",
                   uk="Дозвіл на перевезення пасажирів таксі", en="Taxi permit"),
        "summary": T(
            bg="За да работи като такси в Белоречие, всеки автомобил трябва да има разрешение от общината и стикер на "
               "предното стъкло. Разрешение получават превозвачи с лиценз за таксиметров превоз от Автомобилна "
               "администрация — за всеки автомобил поотделно, за една година, след платен годишен данък за "
               "таксиметров превоз.",
            pl="Aby jeździć jako taksówka w Białorzeczu, każdy samochód musi mieć zezwolenie gminy i naklejkę na przedniej "
               "szybie. Zezwolenie dostają przewoźnicy z licencją na przewóz taksówką wydaną przez bułgarski urząd "
               "transportu drogowego — na każdy samochód osobno, na rok, po zapłaceniu rocznego podatku od przewozu "
               "taksówką.",
            uk="Щоб працювати таксі в Білоріччі, кожен автомобіль повинен мати дозвіл общини та наліпку на лобовому склі. "
               "Дозвіл отримують перевізники з ліцензією на перевезення таксі від Автомобільної адміністрації — на кожне "
               "авто окремо, на один рік, після сплати річного податку на таксі-перевезення.",
            en="To work as a taxi in Belorechie, each car needs a municipal permit and a windscreen sticker. Permits go to "
               "operators holding a taxi licence from the Road Transport Administration, one per car, for a year, once "
               "the yearly taxi tax has been paid.",
        ),
        "who_may_apply": T(
            bg="Превозвачи — фирми и еднолични търговци — с лиценз за таксиметров превоз.",
            pl="Przewoźnicy — firmy i przedsiębiorcy — z licencją na przewóz taksówką.",
            uk="Перевізники — фірми та підприємці — з ліцензією на перевезення таксі.",
            en="Operators, companies or sole traders, holding a taxi licence.",
        ),
        "legal_basis": legal("local_taxes_act", extra=(
            act(T(bg="Закон за автомобилните превози", pl="Ustawa o transporcie drogowym", uk="Закон про автомобільні перевезення",
                  en="Road Transport Act"), "", "1999-09-17", NATIONAL_ASSEMBLY),
            act(T(bg="Наредба за таксиметров превоз на пътници", pl="Rozporządzenie w sprawie przewozu osób taksówkami",
                  uk="Порядок перевезення пасажирів таксі", en="Ordinance on taxi passenger transport"),
                "34", "1999-12-06", MINISTRY_TRANSPORT),
            act(T(bg="Наредба за обществения и таксиметровия превоз на пътници на територията на община Белоречие",
                  pl="Uchwała w sprawie publicznego przewozu osób i taksówek na terenie gminy Białorzecze",
                  uk="Положення про громадський транспорт і таксі на території общини Білоріччя",
                  en="Ordinance on public transport and taxis in Belorechie Municipality"),
                "11", "2017-03-30", COUNCIL, ORDINANCES_URL + "taksimetrov-prevoz"),
        )),
        "documents": [
            application_item("Заявление за издаване на разрешение за таксиметров превоз",
                         "Wniosek o zezwolenie na przewóz taksówką", "Заява про видачу дозволу на перевезення таксі",
                         "Application for a taxi permit"),
            document_item("Копие от лиценза и от удостоверението за автомобила", "Kopia licencji i zaświadczenia dla pojazdu",
                      "Копія ліцензії та посвідчення на автомобіль", "Copy of the licence and of the vehicle certificate"),
            document_item("Списък на водачите с удостоверенията им за таксиметров водач",
                      "Lista kierowców z ich zaświadczeniami kierowcy taksówki",
                      "Список водіїв із посвідченнями водія таксі", "List of drivers with their taxi driver certificates"),
        ],
        "fees": [
            fee_item("Данък за таксиметров превоз — годишно, на автомобил", "Podatek od przewozu taksówką — rocznie, za samochód",
                 "Податок на таксі-перевезення — щороку, за авто", "Taxi tax, per car per year", "600.00",
                 T(bg="Плаща се преди издаването на разрешението.", pl="Płatny przed wydaniem zezwolenia.",
                   uk="Сплачується до видачі дозволу.", en="Paid before the permit is issued.")),
            fee_item("Дубликат на стикер", "Duplikat naklejki", "Дублікат наліпки", "Replacement sticker", "20.00"),
        ],
        "processing": [
            processing_item("Разрешение и стикер", "Zezwolenie i naklejka", "Дозвіл і наліпка", "Permit and sticker", 14, False),
        ],
        "in_person": ONE_STOP_SHOP,
        "department": "environment",
        "contact": "head_one_stop_shop",
        "online_url": ONLINE + "taksi",
        "payment_url": PAYMENT,
        "by_post": None,
        "result": T(
            bg="Разрешение за таксиметров превоз за всеки автомобил, валидно една година, и стикер за предното стъкло.",
            pl="Zezwolenie na przewóz taksówką dla każdego samochodu, ważne rok, i naklejka na przednią szybę.",
            uk="Дозвіл на перевезення таксі для кожного авто, дійсний рік, і наліпка на лобове скло.",
            en="A taxi permit for each car, valid for one year, and a windscreen sticker.",
        ),
        "appeal": APPEAL_APK,
        "related": ["vehicle-tax", "no-tax-debts-certificate"],
    },
]
