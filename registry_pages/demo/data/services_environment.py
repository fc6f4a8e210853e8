"""Demo service cards: environment, public spaces, transport and citizens' requests."""

from ..text import T
from .common import (
    APPEAL_APK, MINISTRY_FINANCE, MINISTRY_TRANSPORT, NATIONAL_ASSEMBLY, COUNCIL, ONE_STOP_SHOP, ORDINANCES_URL, act, legal,
)

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
MAYOR = T(bg="Кмет на общината", pl="Burmistrz", uk="Міський голова", en="Mayor")


def _application(bg, pl, uk, en, note=None):
    return {"name": T(bg=bg, pl=pl, uk=uk, en=en), "note": note, "form": True}


def _document(bg, pl, uk, en, note=None):
    return {"name": T(bg=bg, pl=pl, uk=uk, en=en), "note": note, "form": False}


def _fee(bg, pl, uk, en, amount, note=None):
    return {"variant": T(bg=bg, pl=pl, uk=uk, en=en), "amount": amount, "currency": "BGN", "note": note}


def _days(bg, pl, uk, en, days, working_days, note=None):
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
            _application("Заявление за отсичане или премахване на дърво", "Wniosek o zezwolenie na wycinkę drzewa",
                         "Заява про дозвіл на вирубку дерева", "Application to cut down a tree"),
            _document("Снимки на дървото", "Zdjęcia drzewa", "Фото дерева", "Photos of the tree"),
            _document("Протокол от общото събрание на етажната собственост", "Uchwała wspólnoty mieszkaniowej",
                      "Протокол загальних зборів співвласників", "Minutes of the residents' association meeting",
                      T(bg="Само за дърво в общ двор на жилищна сграда.", pl="Tylko dla drzewa na wspólnym podwórku bloku.",
                        uk="Лише для дерева у спільному дворі багатоквартирного будинку.",
                        en="Only for a tree in the shared yard of a block of flats.")),
        ],
        "fees": [
            _fee("Оглед и становище на комисията", "Oględziny i opinia komisji", "Огляд і висновок комісії",
                 "Inspection by the committee", "20.00"),
            _fee("Компенсация за всяко отсечено здраво дърво", "Opłata kompensacyjna za każde wycięte zdrowe drzewo",
                 "Компенсація за кожне зрубане здорове дерево", "Compensation for each healthy tree felled", "100.00",
                 T(bg="Не се плаща, ако засадите три нови дървета там, където посочи общината.",
                   pl="Nie płacisz, jeśli posadzisz trzy nowe drzewa w miejscu wskazanym przez gminę.",
                   uk="Не сплачується, якщо ви висадите три нові дерева там, де вкаже община.",
                   en="Not charged if you plant three new trees where the municipality says.")),
            _fee("Опасно, паднало или сухо дърво", "Drzewo niebezpieczne, przewrócone lub suche", "Небезпечне, повалене чи сухе дерево",
                 "Dangerous, fallen or dead tree", "0"),
        ],
        "processing": [
            _days("Оглед и разрешение", "Oględziny i zezwolenie", "Огляд і дозвіл", "Inspection and permit", 14, False),
            _days("Опасно дърво", "Drzewo niebezpieczne", "Небезпечне дерево", "Dangerous tree", 1, False,
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
            _application("Декларация за регистрация на куче", "Deklaracja rejestracji psa", "Декларація про реєстрацію собаки",
                         "Dog registration form"),
            _document("Ветеринарен паспорт с номера на микрочипа и ваксината против бяс",
                      "Paszport weterynaryjny z numerem czipa i szczepieniem przeciw wściekliźnie",
                      "Ветеринарний паспорт з номером мікрочипа та щепленням від сказу",
                      "Pet passport showing the microchip number and rabies vaccination"),
            _document("Документ за кастрация", "Zaświadczenie o kastracji", "Документ про стерилізацію",
                      "Proof of neutering",
                      T(bg="Само ако искате освобождаване от таксата.", pl="Tylko jeśli chcesz zwolnienia z opłaty.",
                        uk="Лише якщо хочете звільнення від збору.", en="Only if you claim the exemption.")),
        ],
        "fees": [
            _fee("Годишна такса за куче", "Roczna opłata za psa", "Щорічний збір за собаку", "Yearly dog fee", "10.00"),
            _fee("Кастрирано куче, куче-водач или куче на човек с увреждане",
                 "Pies wykastrowany, przewodnik lub pies osoby z niepełnosprawnością",
                 "Стерилізований собака, собака-поводир або собака людини з інвалідністю",
                 "Neutered dog, guide dog or dog of a disabled person", "0"),
            _fee("Метална марка за нашийника", "Metalowy identyfikator na obrożę", "Металевий жетон на нашийник",
                 "Metal tag for the collar", "3.00"),
        ],
        "processing": [
            _days("Регистрация", "Rejestracja", "Реєстрація", "Registration", 1, True,
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
            _application("Заявление за разрешение за ползване на място", "Wniosek o zezwolenie na zajęcie terenu",
                         "Заява про дозвіл на користування місцем", "Application to use public space"),
            _document("Схема с разположението и размерите на масите", "Szkic z rozmieszczeniem i wymiarami ogródka",
                      "Схема з розміщенням і розмірами майданчика", "Layout showing where the tables go and their size"),
            _document("Удостоверение за категория на заведението", "Zaświadczenie o kategorii lokalu",
                      "Свідоцтво про категорію закладу", "Certificate of the restaurant's category"),
        ],
        "fees": [
            _fee("Разглеждане на схемата", "Rozpatrzenie szkicu", "Розгляд схеми", "Reviewing the layout", "30.00"),
            _fee("Централна зона — на кв. м на месец", "Strefa centralna — za m² miesięcznie", "Центральна зона — за м² на місяць",
                 "Central zone, per m² per month", "6.00"),
            _fee("Други зони — на кв. м на месец", "Pozostałe strefy — za m² miesięcznie", "Інші зони — за м² на місяць",
                 "Other zones, per m² per month", "3.00"),
        ],
        "processing": [
            _days("Разрешение", "Zezwolenie", "Дозвіл", "Permit", 14, False),
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
            _application("Заявление за издаване на разрешение за таксиметров превоз",
                         "Wniosek o zezwolenie na przewóz taksówką", "Заява про видачу дозволу на перевезення таксі",
                         "Application for a taxi permit"),
            _document("Копие от лиценза и от удостоверението за автомобила", "Kopia licencji i zaświadczenia dla pojazdu",
                      "Копія ліцензії та посвідчення на автомобіль", "Copy of the licence and of the vehicle certificate"),
            _document("Списък на водачите с удостоверенията им за таксиметров водач",
                      "Lista kierowców z ich zaświadczeniami kierowcy taksówki",
                      "Список водіїв із посвідченнями водія таксі", "List of drivers with their taxi driver certificates"),
        ],
        "fees": [
            _fee("Данък за таксиметров превоз — годишно, на автомобил", "Podatek od przewozu taksówką — rocznie, za samochód",
                 "Податок на таксі-перевезення — щороку, за авто", "Taxi tax, per car per year", "600.00",
                 T(bg="Плаща се преди издаването на разрешението.", pl="Płatny przed wydaniem zezwolenia.",
                   uk="Сплачується до видачі дозволу.", en="Paid before the permit is issued.")),
            _fee("Дубликат на стикер", "Duplikat naklejki", "Дублікат наліпки", "Replacement sticker", "20.00"),
        ],
        "processing": [
            _days("Разрешение и стикер", "Zezwolenie i naklejka", "Дозвіл і наліпка", "Permit and sticker", 14, False),
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
    {
        "slug": "noise-waste-complaint",
        "category": "environment_transport",
        "title": T(bg="Сигнал за шум, боклук или друга нередност", pl="Zgłoszenie hałasu, śmieci lub innego problemu",
                   uk="Скарга на шум, сміття чи інше порушення", en="Reporting noise, rubbish or another problem"),
        "summary": T(
            bg="Подайте сигнал за шумно заведение или ремонт в часовете за почивка, препълнени контейнери, незаконно "
               "сметище, изгоряла улична лампа, дупка на пътя или безстопанствено куче. Часовете за почивка в Белоречие са "
               "от 14:00 до 16:00 и от 22:00 до 8:00. Анонимни сигнали не се разглеждат, но не разкриваме данните ви на "
               "този, за когото сигнализирате.",
            pl="Zgłoś hałaśliwy lokal lub remont w godzinach ciszy, przepełnione kontenery, dzikie wysypisko śmieci, "
               "niedziałającą latarnię, dziurę w drodze albo bezpańskiego psa. Cisza nocna i popołudniowa w Białorzeczu "
               "obowiązuje od 14:00 do 16:00 i od 22:00 do 8:00. Zgłoszeń anonimowych nie rozpatrujemy, ale nie "
               "ujawniamy twoich danych osobie, której dotyczy skarga.",
            uk="Повідомте про гучний заклад чи ремонт у години тиші, переповнені контейнери, стихійне сміттєзвалище, "
               "непрацюючий ліхтар, яму на дорозі чи бездомного собаку. Години тиші в Білоріччі — з 14:00 до 16:00 і з "
               "22:00 до 8:00. Анонімні скарги не розглядаються, але ми не розкриваємо ваших даних тому, на кого ви "
               "скаржитеся.",
            en="Report a noisy bar or building work during quiet hours, overflowing bins, illegal dumping, a broken "
               "street light, a pothole or a stray dog. Quiet hours in Belorechie are 14:00 to 16:00 and 22:00 to 8:00. "
               "Anonymous complaints are not handled, but we never give your details to the person you report.",
        ),
        "who_may_apply": T(
            bg="Всеки — граждани, фирми и организации.",
            pl="Każdy — mieszkańcy, firmy i organizacje.",
            uk="Будь-хто — мешканці, фірми та організації.",
            en="Anyone: residents, businesses and organisations.",
        ),
        "legal_basis": legal("administrative_procedure_code", "public_order_ordinance", extra=(
            act(T(bg="Закон за управление на отпадъците", pl="Ustawa o gospodarce odpadami", uk="Закон про управління відходами",
                  en="Waste Management Act"), "", "2012-07-13", NATIONAL_ASSEMBLY),
            act(T(bg="Закон за защита от шума в околната среда", pl="Ustawa o ochronie środowiska przed hałasem",
                  uk="Закон про захист довкілля від шуму", en="Environmental Noise Protection Act"),
                "", "2005-09-13", NATIONAL_ASSEMBLY),
        )),
        "documents": [
            _application("Сигнал — свободен текст или формуляр", "Zgłoszenie — dowolny tekst lub formularz",
                         "Скарга — у довільній формі або за формою", "Your report, in your own words or on the form",
                         T(bg="Посочете адрес, кога и какво се случва; снимки помагат.",
                           pl="Podaj adres, kiedy i co się dzieje; zdjęcia pomagają.",
                           uk="Вкажіть адресу, коли і що відбувається; фото допоможуть.",
                           en="Say where, when and what is happening; photos help.")),
        ],
        "fees": [_fee("Подаване на сигнал", "Złożenie zgłoszenia", "Подання скарги", "Making a report", "0")],
        "processing": [
            _days("Отговор на сигнала", "Odpowiedź na zgłoszenie", "Відповідь на скаргу", "Answer to your report", 60, False,
                  T(bg="Законовият срок е два месеца; спешните случаи се проверяват веднага.",
                    pl="Termin ustawowy to dwa miesiące; pilne sprawy sprawdzamy od razu.",
                    uk="Законний строк — два місяці; термінові випадки перевіряємо одразу.",
                    en="The legal limit is two months; urgent cases are checked at once.")),
            _days("Препращане към компетентния орган", "Przekazanie właściwemu organowi", "Передача до компетентного органу",
                  "Forwarding to the right authority", 7, False,
                  T(bg="Ако въпросът не е от компетентността на общината, препращаме сигнала и ви уведомяваме.",
                    pl="Jeśli sprawa nie należy do gminy, przekazujemy zgłoszenie dalej i cię o tym informujemy.",
                    uk="Якщо питання не належить до компетенції общини, ми передаємо скаргу далі й повідомляємо вас.",
                    en="If the matter is not for the municipality, we pass it on and tell you who has it.")),
        ],
        "in_person": ONE_STOP_SHOP,
        "department": "environment",
        "contact": "secretary",
        "online_url": ONLINE + "signali",
        "payment_url": "",
        "by_post": T(
            bg="Изпратете писмото до Община Белоречие, пл. „Съединение“ 1; отговорът идва на адреса, който посочите.",
            pl="Wyślij list na adres: Gmina Białorzecze, pl. Zjednoczenia 1; odpowiedź przyjdzie na podany przez ciebie adres.",
            uk="Надішліть листа на адресу: Община Білоріччя, пл. Єднання 1; відповідь прийде на вказану вами адресу.",
            en="Post your letter to Belorechie Municipality, 1 Union Square; the answer goes to the address you give.",
        ),
        "result": T(
            bg="Писмен отговор какво е установено и какви мерки са взети — например предписание, глоба или почистване.",
            pl="Pisemna odpowiedź, co ustalono i jakie podjęto działania — np. nakaz, mandat lub sprzątanie.",
            uk="Письмова відповідь про те, що встановлено і які вжито заходів — наприклад, припис, штраф чи прибирання.",
            en="A written answer on what was found and what was done, such as an order, a fine or a clean-up.",
        ),
        "appeal": T(
            bg="Ако не сте доволни от отговора, може да се обърнете към кмета, към областния управител или към "
               "омбудсмана на Република България.",
            pl="Jeśli odpowiedź cię nie zadowala, możesz zwrócić się do burmistrza, do wojewody (gubernatora obwodu) "
               "lub do bułgarskiego Rzecznika Praw Obywatelskich.",
            uk="Якщо відповідь вас не задовольняє, можна звернутися до міського голови, до губернатора області або до "
               "омбудсмана Болгарії.",
            en="If you are not satisfied with the answer, you can turn to the mayor, the regional governor or the "
               "Bulgarian Ombudsman.",
        ),
        "related": ["public-information-request", "tree-felling-permit", "dog-registration"],
    },
    {
        "slug": "public-information-request",
        "category": "environment_transport",
        "title": T(bg="Заявление за достъп до обществена информация", pl="Wniosek o dostęp do informacji publicznej",
                   uk="Запит на доступ до публічної інформації", en="Request for public information (freedom of information)"),
        "summary": T(
            bg="Всеки може да поиска информация, която общината има — договори, разходи, решения, заповеди, протоколи — без "
               "да обяснява защо. Отговорът е в 14-дневен срок; ако информацията е много, срокът може да се удължи с до "
               "10 дни. Ако общината няма исканата информация, ви казваме това също в 14-дневен срок.",
            pl="Każdy może poprosić o informacje, które ma gmina — umowy, wydatki, decyzje, zarządzenia, protokoły — bez "
               "podawania powodu. Odpowiedź przychodzi w ciągu 14 dni; przy dużej ilości informacji termin można "
               "przedłużyć o 10 dni. Jeśli gmina nie ma tych informacji, również poinformujemy o tym w ciągu 14 dni.",
            uk="Кожен може запитати інформацію, яка є в общини, — договори, витрати, рішення, розпорядження, протоколи — "
               "не пояснюючи, навіщо. Відповідь надається протягом 14 днів; якщо інформації багато, строк можна "
               "продовжити до 10 днів. Якщо община не має такої інформації, ми повідомимо про це теж протягом 14 днів.",
            en="Anyone can ask for information the municipality holds, such as contracts, spending, decisions, orders and "
               "minutes, without saying why. You get an answer within 14 days, which can be extended by up to 10 days for "
               "large requests. If we do not hold the information, we tell you so within 14 days as well.",
        ),
        "who_may_apply": T(
            bg="Всеки — български и чужди граждани, фирми и организации.",
            pl="Każdy — obywatele Bułgarii i cudzoziemcy, firmy i organizacje.",
            uk="Будь-хто — громадяни Болгарії та іноземці, фірми й організації.",
            en="Anyone: Bulgarian or foreign citizens, businesses and organisations.",
        ),
        "legal_basis": [
            act(T(bg="Закон за достъп до обществена информация", pl="Ustawa o dostępie do informacji publicznej",
                  uk="Закон про доступ до публічної інформації", en="Access to Public Information Act"),
                "", "2000-07-07", NATIONAL_ASSEMBLY),
            act(T(bg="Заповед за нормативите за разходите при предоставяне на обществена информация",
                  pl="Zarządzenie w sprawie stawek kosztów udostępniania informacji publicznej",
                  uk="Наказ про нормативи витрат на надання публічної інформації",
                  en="Order on the standard costs of providing public information"),
                "ЗМФ-1472", "2011-11-29", MINISTRY_FINANCE),
            act(T(bg="Вътрешни правила за достъп до обществена информация в Община Белоречие",
                  pl="Wewnętrzny regulamin dostępu do informacji publicznej w Gminie Białorzecze",
                  uk="Внутрішні правила доступу до публічної інформації в общині Білоріччя",
                  en="Internal rules on access to public information at Belorechie Municipality"),
                "", "2019-04-15", MAYOR, "https://www.belorechie.example/prozrachnost/dostap-do-informatsia"),
        ],
        "documents": [
            _application("Заявление за достъп до обществена информация", "Wniosek o dostęp do informacji publicznej",
                         "Запит на доступ до публічної інформації", "Request for public information",
                         T(bg="Име, адрес за отговор, какво търсите и в каква форма — копие, имейл или преглед на място. "
                              "Може и устно: служителят записва искането ви в протокол.",
                           pl="Imię i nazwisko, adres do odpowiedzi, czego szukasz i w jakiej formie — kopia, e-mail lub "
                              "wgląd na miejscu. Można też ustnie: urzędnik spisuje wniosek w protokole.",
                           uk="Ім’я, адреса для відповіді, що саме шукаєте і в якій формі — копія, e-mail чи перегляд на "
                              "місці. Можна й усно: працівник записує запит у протокол.",
                           en="Your name, an address for the reply, what you are looking for and in what form: a copy, "
                              "an e-mail or a look at the documents here. You may also ask orally; the officer writes it "
                              "down.")),
        ],
        "fees": [
            _fee("Подаване и разглеждане", "Złożenie i rozpatrzenie", "Подання та розгляд", "Making and handling the request", "0"),
            _fee("Копие на хартия — на страница А4", "Kopia papierowa — za stronę A4", "Паперова копія — за сторінку А4",
                 "Paper copy, per A4 page", "0.12"),
            _fee("Запис на CD", "Nagranie na płytę CD", "Копія на CD-диску", "Copy on CD", "0.50"),
            _fee("По имейл", "E-mailem", "Електронною поштою", "By e-mail", "0"),
        ],
        "processing": [
            _days("Отговор", "Odpowiedź", "Відповідь", "Answer", 14, False),
            _days("При голям обем информация", "Przy dużej ilości informacji", "Якщо інформації багато", "Large requests",
                  24, False,
                  T(bg="Удължаване с до 10 дни, за което ви уведомяваме.", pl="Przedłużenie o maks. 10 dni, o którym cię informujemy.",
                    uk="Продовження до 10 днів, про яке ми вас повідомляємо.", en="Up to 10 extra days; we let you know.")),
        ],
        "in_person": T(
            bg="Деловодство, стая 310, пл. „Съединение“ 1, или гише 1 в Центъра за административно обслужване, от "
               "понеделник до петък, 8:30 – 17:00.",
            pl="Kancelaria, pokój 310, pl. Zjednoczenia 1, albo okienko 1 w Biurze Obsługi Mieszkańców, od poniedziałku do "
               "piątku w godz. 8:30 – 17:00.",
            uk="Канцелярія, кімната 310, пл. Єднання 1, або вікно 1 у Центрі надання адміністративних послуг, з понеділка "
               "по п’ятницю, 8:30 – 17:00.",
            en="Registry office, room 310, 1 Union Square, or desk 1 at the one-stop shop, Monday to Friday, 8:30 to 17:00.",
        ),
        "department": "administration",
        "contact": "secretary",
        "online_url": ONLINE + "dostap-do-informatsia",
        "payment_url": PAYMENT,
        "by_post": T(
            bg="Заявлението може да изпратите по пощата или на deloviodstvo@belorechie.example; отговорът идва по начина, "
               "който посочите.",
            pl="Wniosek można wysłać pocztą lub na adres deloviodstvo@belorechie.example; odpowiedź przyjdzie w wybrany "
               "przez ciebie sposób.",
            uk="Запит можна надіслати поштою або на deloviodstvo@belorechie.example; відповідь надійде обраним вами "
               "способом.",
            en="You can post the request or e-mail it to deloviodstvo@belorechie.example; the answer comes the way you ask.",
        ),
        "result": T(
            bg="Решение за предоставяне на информацията — заедно със самата информация в поисканата форма — или "
               "мотивиран отказ.",
            pl="Decyzja o udostępnieniu informacji — wraz z samą informacją w wybranej formie — albo odmowa "
               "z uzasadnieniem.",
            uk="Рішення про надання інформації — разом із самою інформацією в потрібній формі — або вмотивована відмова.",
            en="A decision to provide the information, with the information itself in the form you asked for, or a "
               "refusal with reasons.",
        ),
        "appeal": T(
            bg="Отказът, както и липсата на отговор в срок, се обжалват пред Административния съд в 14-дневен срок.",
            pl="Odmowę, a także brak odpowiedzi w terminie, można zaskarżyć do sądu administracyjnego w ciągu 14 dni.",
            uk="Відмову, а також відсутність відповіді вчасно, можна оскаржити до адміністративного суду протягом 14 днів.",
            en="A refusal, or no answer in time, can be appealed to the Administrative Court within 14 days.",
        ),
        "related": ["noise-waste-complaint"],
    },
]
