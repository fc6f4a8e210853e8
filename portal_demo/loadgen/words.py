"""Vocabulary of the generated municipality, in the four content languages.

Parallel lists of `T` texts: a generated card picks the same entries in every
language, so its translations say the same thing. Combined, the lists give
well over 10,000 distinct service titles. Written for the load generator;
nothing here is copied from the seed documents.
"""

from portal_demo.content.text import T

ACTIONS = [
    T(bg="Удостоверение за", pl="Zaświadczenie dotyczące", uk="Довідка щодо", en="Certificate of"),
    T(bg="Разрешение за", pl="Zezwolenie w sprawie", uk="Дозвіл щодо", en="Permit for"),
    T(bg="Регистрация на", pl="Rejestracja", uk="Реєстрація", en="Registration of"),
    T(bg="Справка за", pl="Informacja o", uk="Інформація щодо", en="Statement of"),
    T(bg="Промяна на", pl="Zmiana", uk="Зміна", en="Change of"),
    T(bg="Прекратяване на", pl="Wygaszenie", uk="Припинення", en="Termination of"),
    T(bg="Заверка на", pl="Poświadczenie", uk="Засвідчення", en="Certification of"),
    T(bg="Становище за", pl="Opinia w sprawie", uk="Висновок щодо", en="Opinion on"),
    T(bg="Издаване на дубликат за", pl="Wydanie duplikatu dla", uk="Видача дубліката для", en="Duplicate for"),
    T(bg="Вписване на", pl="Wpis", uk="Внесення запису щодо", en="Entry of"),
    T(bg="Одобряване на", pl="Zatwierdzenie", uk="Погодження", en="Approval of"),
    T(bg="Отсрочване на", pl="Odroczenie", uk="Відстрочення", en="Deferral of"),
]

SUBJECTS = [
    T(bg="търговски обект", pl="obiektu handlowego", uk="торговельного об'єкта", en="a shop"),
    T(bg="временно съоръжение на тротоар", pl="tymczasowego obiektu na chodniku", uk="тимчасової споруди на тротуарі", en="a temporary stall on the pavement"),
    T(bg="ползване на общинска земя", pl="korzystania z gruntu gminnego", uk="користування комунальною землею", en="use of municipal land"),
    T(bg="работно време на заведение", pl="godzin otwarcia lokalu", uk="режиму роботи закладу", en="opening hours of a venue"),
    T(bg="таксиметров превоз", pl="przewozu taksówką", uk="перевезення таксі", en="taxi transport"),
    T(bg="домашен любимец", pl="zwierzęcia domowego", uk="домашньої тварини", en="a pet"),
    T(bg="пчелин", pl="pasieki", uk="пасіки", en="an apiary"),
    T(bg="реклама на фасада", pl="reklamy na elewacji", uk="реклами на фасаді", en="an advertisement on a façade"),
    T(bg="изкопни работи на улица", pl="robót ziemnych w pasie drogowym", uk="земляних робіт на вулиці", en="digging works in a street"),
    T(bg="сеч на дърво в двор", pl="wycinki drzewa na posesji", uk="зрізання дерева на подвір'ї", en="felling a tree in a yard"),
    T(bg="гробно място", pl="miejsca pochówku", uk="місця поховання", en="a burial plot"),
    T(bg="пазарно място", pl="stoiska targowego", uk="місця на ринку", en="a market pitch"),
    T(bg="спортна зала за събитие", pl="hali sportowej na wydarzenie", uk="спортивної зали для заходу", en="a sports hall for an event"),
    T(bg="паркомясто за живущи", pl="miejsca parkingowego dla mieszkańców", uk="паркомісця для мешканців", en="a residents' parking space"),
    T(bg="достъп на товарен автомобил", pl="wjazdu samochodu ciężarowego", uk="в'їзду вантажівки", en="access for a lorry"),
    T(bg="концерт на открито", pl="koncertu plenerowego", uk="концерту просто неба", en="an open-air concert"),
    T(bg="водовземане от кладенец", pl="poboru wody ze studni", uk="забору води з криниці", en="drawing water from a well"),
    T(bg="ремонт на покрив", pl="remontu dachu", uk="ремонту даху", en="roof repairs"),
    T(bg="ограда между имоти", pl="ogrodzenia między działkami", uk="паркану між ділянками", en="a fence between plots"),
    T(bg="жилищна сграда с етажна собственост", pl="wspólnoty mieszkaniowej", uk="об'єднання співвласників багатоквартирного будинку", en="a block of flats' owners' association"),
    T(bg="социална помощ за отопление", pl="dodatku na ogrzewanie", uk="допомоги на опалення", en="heating allowance"),
    T(bg="място в детска ясла", pl="miejsca w żłobku", uk="місця в яслах", en="a place in a nursery"),
    T(bg="ученически транспорт", pl="dowozu uczniów", uk="підвезення учнів", en="school transport"),
    T(bg="лична помощ", pl="asystencji osobistej", uk="особистої допомоги", en="personal assistance"),
    T(bg="пътна връзка към имот", pl="zjazdu z drogi na działkę", uk="з'їзду з дороги до ділянки", en="a driveway to a plot"),
    T(bg="улично осветление", pl="oświetlenia ulicznego", uk="вуличного освітлення", en="street lighting"),
    T(bg="адрес на нова сграда", pl="adresu nowego budynku", uk="адреси нової будівлі", en="the address of a new building"),
    T(bg="туристически обект", pl="obiektu turystycznego", uk="туристичного об'єкта", en="a tourist accommodation"),
    T(bg="земеделски земи", pl="gruntów rolnych", uk="сільськогосподарських земель", en="farmland"),
    T(bg="читалищна дейност", pl="działalności domu kultury", uk="діяльності будинку культури", en="a community culture centre"),
]

PLACES = [
    T(bg="в центъра", pl="w centrum", uk="у центрі", en="in the town centre"),
    T(bg="в кв. Изгрев", pl="na osiedlu Izgrew", uk="у кварталі Ізгрев", en="in the Izgrev quarter"),
    T(bg="в кв. Младост", pl="na osiedlu Młodost", uk="у кварталі Младост", en="in the Mladost quarter"),
    T(bg="в с. Бяла вода", pl="we wsi Biała Woda", uk="у селі Бяла Вода", en="in the village of Byala Voda"),
    T(bg="в с. Дъбово", pl="we wsi Dębowo", uk="у селі Дибово", en="in the village of Dabovo"),
    T(bg="в с. Горно поле", pl="we wsi Górne Pole", uk="у селі Горно Поле", en="in the village of Gorno Pole"),
    T(bg="в с. Каменица", pl="we wsi Kamienica", uk="у селі Камениця", en="in the village of Kamenitsa"),
    T(bg="в с. Ливада", pl="we wsi Łąka", uk="у селі Лівада", en="in the village of Livada"),
    T(bg="в индустриалната зона", pl="w strefie przemysłowej", uk="у промисловій зоні", en="in the industrial zone"),
    T(bg="в защитена зона", pl="na obszarze chronionym", uk="у заповідній зоні", en="in a protected area"),
    T(bg="в зона за паркиране", pl="w strefie płatnego parkowania", uk="у зоні платного паркування", en="in a paid parking zone"),
    T(bg="край реката", pl="nad rzeką", uk="біля річки", en="by the river"),
    T(bg="в старата част на града", pl="na starym mieście", uk="у старій частині міста", en="in the old town"),
    T(bg="на пешеходната улица", pl="na deptaku", uk="на пішохідній вулиці", en="on the pedestrian street"),
    T(bg="в парка", pl="w parku", uk="у парку", en="in the park"),
    T(bg="до училище", pl="przy szkole", uk="біля школи", en="next to a school"),
    T(bg="в курортната зона", pl="w strefie uzdrowiskowej", uk="у курортній зоні", en="in the resort area"),
    T(bg="за юридически лица", pl="dla osób prawnych", uk="для юридичних осіб", en="for legal entities"),
    T(bg="за граждани над 70 години", pl="dla osób po 70. roku życia", uk="для громадян від 70 років", en="for citizens over 70"),
    T(bg="за хора с увреждания", pl="dla osób z niepełnosprawnościami", uk="для людей з інвалідністю", en="for people with disabilities"),
    T(bg="за земеделски производители", pl="dla rolników", uk="для сільгоспвиробників", en="for farmers"),
    T(bg="за многодетни семейства", pl="dla rodzin wielodzietnych", uk="для багатодітних сімей", en="for large families"),
    T(bg="за сдружения", pl="dla stowarzyszeń", uk="для громадських об'єднань", en="for associations"),
    T(bg="за едноличен търговец", pl="dla jednoosobowej działalności", uk="для фізичної особи-підприємця", en="for sole traders"),
    T(bg="през летния сезон", pl="w sezonie letnim", uk="у літній сезон", en="in the summer season"),
    T(bg="за празнични дни", pl="na dni świąteczne", uk="на святкові дні", en="for public holidays"),
    T(bg="за една година", pl="na jeden rok", uk="на один рік", en="for one year"),
    T(bg="за срок до 30 дни", pl="na okres do 30 dni", uk="на строк до 30 днів", en="for up to 30 days"),
    T(bg="по електронен път", pl="drogą elektroniczną", uk="в електронній формі", en="online"),
    T(bg="чрез пълномощник", pl="przez pełnomocnika", uk="через представника", en="through a representative"),
]

WHO = [
    T(bg="Собственикът или упълномощено от него лице.", pl="Właściciel lub osoba przez niego upoważniona.",
      uk="Власник або уповноважена ним особа.", en="The owner or a person they authorise."),
    T(bg="Всяко пълнолетно лице с постоянен адрес в общината.", pl="Każda pełnoletnia osoba zameldowana w gminie.",
      uk="Будь-яка повнолітня особа, зареєстрована в громаді.", en="Any adult registered as living in the municipality."),
    T(bg="Фирми и еднолични търговци, регистрирани в Търговския регистър.", pl="Firmy i przedsiębiorcy wpisani do rejestru.",
      uk="Підприємства та ФОП, внесені до реєстру.", en="Companies and sole traders in the commercial register."),
    T(bg="Родител, настойник или попечител.", pl="Rodzic lub opiekun prawny.", uk="Батьки, опікун або піклувальник.",
      en="A parent or legal guardian."),
    T(bg="Наследниците или техен пълномощник.", pl="Spadkobiercy lub ich pełnomocnik.", uk="Спадкоємці або їхній представник.",
      en="The heirs or their representative."),
    T(bg="Сдружения с нестопанска цел, вписани в регистъра.", pl="Organizacje pozarządowe wpisane do rejestru.",
      uk="Громадські організації, внесені до реєстру.", en="Non-profit associations entered in the register."),
]

SUMMARIES = [
    T(bg="Подавате заявление и получавате документа, без да носите справки, които общината може да събере сама.",
      pl="Składasz wniosek i otrzymujesz dokument bez przynoszenia zaświadczeń, które gmina może zebrać sama.",
      uk="Ви подаєте заяву й отримуєте документ, не приносячи довідок, які громада може зібрати сама.",
      en="You apply and receive the document without bringing papers the municipality can collect itself."),
    T(bg="Общината проверява данните в своите регистри и ви отговаря писмено в срока по-долу.",
      pl="Gmina sprawdza dane we własnych rejestrach i odpowiada na piśmie w terminie podanym niżej.",
      uk="Громада перевіряє дані у своїх реєстрах і відповідає письмово у строк, зазначений нижче.",
      en="The municipality checks its own registers and replies in writing within the time below."),
    T(bg="Услугата може да заявите на гишето, по пощата или онлайн с електронен подпис.",
      pl="Usługę można zamówić w okienku, pocztą lub online z podpisem elektronicznym.",
      uk="Послугу можна замовити у віконці, поштою або онлайн з електронним підписом.",
      en="You can request the service at the desk, by post or online with an electronic signature."),
    T(bg="След проверка на място служител на общината издава решение и го изпраща на посочения от вас адрес.",
      pl="Po kontroli na miejscu pracownik gminy wydaje decyzję i wysyła ją na wskazany adres.",
      uk="Після перевірки на місці працівник громади ухвалює рішення й надсилає його на вказану адресу.",
      en="After an on-site check, an official issues a decision and sends it to the address you give."),
]

RESULTS = [
    T(bg="Удостоверение на хартия или в електронен вид.", pl="Zaświadczenie papierowe lub elektroniczne.",
      uk="Довідка в паперовому або електронному вигляді.", en="A certificate on paper or in electronic form."),
    T(bg="Разрешение със срок на валидност.", pl="Zezwolenie z terminem ważności.", uk="Дозвіл зі строком дії.",
      en="A permit with an expiry date."),
    T(bg="Писмено решение на кмета.", pl="Pisemna decyzja burmistrza.", uk="Письмове рішення міського голови.",
      en="A written decision of the mayor."),
    T(bg="Вписване в регистъра и уведомление по имейл.", pl="Wpis do rejestru i powiadomienie e-mailem.",
      uk="Запис у реєстрі та повідомлення електронною поштою.", en="An entry in the register and an e-mail notice."),
]

APPEAL = T(
    bg="Отказът може да се обжалва пред Административния съд в 14-дневен срок от съобщаването му.",
    pl="Od odmowy przysługuje skarga do sądu administracyjnego w terminie 14 dni od doręczenia.",
    uk="Відмову можна оскаржити до адміністративного суду протягом 14 днів з дня її отримання.",
    en="A refusal can be appealed to the Administrative Court within 14 days of notification.",
)
BY_POST = T(
    bg="Изпратете заявлението и копията на документите до Центъра за услуги с обратна разписка.",
    pl="Wyślij wniosek i kopie dokumentów do Biura Obsługi listem poleconym za potwierdzeniem odbioru.",
    uk="Надішліть заяву та копії документів до Центру надання послуг рекомендованим листом.",
    en="Send the application and copies of the documents to the Service Centre by recorded delivery.",
)

# (title, number, date, issuer): laws of Bulgaria, where the generated municipality is.
LEGAL_ACTS = [
    (T(bg="Закон за местните данъци и такси", pl="Ustawa o podatkach i opłatach lokalnych",
       uk="Закон про місцеві податки і збори", en="Local Taxes and Fees Act"), "ДВ, бр. 117/1997", "1998-01-01",
     T(bg="Народно събрание", pl="Zgromadzenie Narodowe", uk="Народні збори", en="National Assembly")),
    (T(bg="Закон за устройство на територията", pl="Ustawa o zagospodarowaniu terytorium",
       uk="Закон про облаштування території", en="Spatial Development Act"), "ДВ, бр. 1/2001", "2001-03-31",
     T(bg="Народно събрание", pl="Zgromadzenie Narodowe", uk="Народні збори", en="National Assembly")),
    (T(bg="Закон за гражданската регистрация", pl="Ustawa o rejestracji cywilnej",
       uk="Закон про цивільну реєстрацію", en="Civil Registration Act"), "ДВ, бр. 67/1999", "2000-01-01",
     T(bg="Народно събрание", pl="Zgromadzenie Narodowe", uk="Народні збори", en="National Assembly")),
    (T(bg="Административнопроцесуален кодекс", pl="Kodeks postępowania administracyjnego",
       uk="Адміністративно-процесуальний кодекс", en="Administrative Procedure Code"), "ДВ, бр. 30/2006", "2006-07-12",
     T(bg="Народно събрание", pl="Zgromadzenie Narodowe", uk="Народні збори", en="National Assembly")),
    (T(bg="Наредба за определянето и администрирането на местните такси", pl="Uchwała o ustalaniu i pobieraniu opłat lokalnych",
       uk="Положення про встановлення та адміністрування місцевих зборів", en="Ordinance on local fees"),
     "Решение № 412", "2024-12-19",
     T(bg="Общински съвет", pl="Rada Gminy", uk="Місцева рада", en="Municipal Council")),
    (T(bg="Наредба за реда за придобиване и управление на общинско имущество", pl="Uchwała o gospodarowaniu mieniem gminnym",
       uk="Положення про порядок управління комунальним майном", en="Ordinance on municipal property"),
     "Решение № 87", "2023-03-30",
     T(bg="Общински съвет", pl="Rada Gminy", uk="Місцева рада", en="Municipal Council")),
]

DOCUMENTS = [
    T(bg="заявление по образец", pl="wniosek według wzoru", uk="заява за зразком", en="application form"),
    T(bg="лична карта", pl="dowód osobisty", uk="паспорт громадянина", en="identity card"),
    T(bg="нотариално заверено пълномощно", pl="pełnomocnictwo poświadczone notarialnie", uk="нотаріально засвідчена довіреність",
      en="notarised power of attorney"),
    T(bg="документ за собственост", pl="dokument własności", uk="документ про право власності", en="proof of ownership"),
    T(bg="скица на имота", pl="mapa działki", uk="викопіювання з кадастрової карти", en="cadastral sketch of the property"),
    T(bg="документ за платена такса", pl="dowód uiszczenia opłaty", uk="квитанція про сплату збору", en="receipt for the fee"),
    T(bg="удостоверение за наследници", pl="zaświadczenie o spadkobiercach", uk="довідка про спадкоємців", en="certificate of heirs"),
    T(bg="декларация за липса на задължения", pl="oświadczenie o niezaleganiu", uk="декларація про відсутність заборгованості",
      en="declaration of no outstanding debts"),
    T(bg="проект, одобрен от главния архитект", pl="projekt zatwierdzony przez architekta miejskiego",
      uk="проєкт, погоджений головним архітектором", en="design approved by the chief architect"),
    T(bg="снимки на обекта", pl="zdjęcia obiektu", uk="фотографії об'єкта", en="photographs of the site"),
]

VARIANTS = [
    T(bg="обикновена", pl="zwykła", uk="звичайна", en="ordinary"),
    T(bg="бърза", pl="przyspieszona", uk="термінова", en="fast"),
    T(bg="експресна", pl="ekspresowa", uk="експрес", en="express"),
]
FEE_NOTE = T(bg="плаща се на гишето или онлайн", pl="płatna w okienku lub online", uk="сплачується у віконці або онлайн",
             en="paid at the desk or online")

CATEGORIES = [
    T(bg="Търговия и услуги", pl="Handel i usługi", uk="Торгівля і послуги", en="Trade and services"),
    T(bg="Строителство и ремонти", pl="Budownictwo i remonty", uk="Будівництво і ремонти", en="Building and repairs"),
    T(bg="Улици и паркиране", pl="Drogi i parkowanie", uk="Вулиці й паркування", en="Streets and parking"),
    T(bg="Околна среда и животни", pl="Środowisko i zwierzęta", uk="Довкілля і тварини", en="Environment and animals"),
    T(bg="Социални услуги", pl="Usługi społeczne", uk="Соціальні послуги", en="Social services"),
    T(bg="Образование и деца", pl="Edukacja i dzieci", uk="Освіта і діти", en="Education and children"),
    T(bg="Култура и спорт", pl="Kultura i sport", uk="Культура і спорт", en="Culture and sport"),
    T(bg="Общинска собственост", pl="Mienie gminne", uk="Комунальне майно", en="Municipal property"),
    T(bg="Земеделие и гори", pl="Rolnictwo i lasy", uk="Сільське господарство і ліси", en="Farming and forests"),
    T(bg="Туризъм", pl="Turystyka", uk="Туризм", en="Tourism"),
]

DEPARTMENTS = [
    T(bg="Център за административно обслужване", pl="Biuro Obsługi Mieszkańców", uk="Центр надання адміністративних послуг",
      en="Service Centre"),
    T(bg="Дирекция „Местни приходи“", pl="Wydział Podatków i Opłat", uk="Управління місцевих доходів", en="Local Revenue Directorate"),
    T(bg="Дирекция „Устройство на територията“", pl="Wydział Architektury", uk="Управління містобудування", en="Planning Directorate"),
    T(bg="Отдел „Екология“", pl="Wydział Ochrony Środowiska", uk="Відділ екології", en="Environment Department"),
    T(bg="Отдел „Социални дейности“", pl="Ośrodek Pomocy Społecznej", uk="Відділ соціального захисту", en="Social Affairs Department"),
    T(bg="Отдел „Образование“", pl="Wydział Edukacji", uk="Відділ освіти", en="Education Department"),
]
ADDRESS = T(bg="пл. „Съединение“ 1", pl="pl. Zjednoczenia 1", uk="пл. Єднання, 1", en="1 Unification Square")
HOURS = T(bg="понеделник – петък, 8:30 – 17:00", pl="poniedziałek – piątek, 8:30 – 17:00", uk="понеділок – п'ятниця, 8:30 – 17:00",
          en="Monday to Friday, 8:30 to 17:00")
POSITIONS = [
    T(bg="Главен експерт", pl="Główny specjalista", uk="Головний спеціаліст", en="Chief expert"),
    T(bg="Старши специалист", pl="Starszy inspektor", uk="Провідний спеціаліст", en="Senior specialist"),
    T(bg="Началник на отдел", pl="Kierownik wydziału", uk="Начальник відділу", en="Head of department"),
]
INDEX_TITLE = T(bg="Услуги (генерирани)", pl="Usługi (wygenerowane)", uk="Послуги (згенеровані)", en="Services (generated)")
