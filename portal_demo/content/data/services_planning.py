"""Demo service cards: urban planning and construction."""

from portal_demo.content.data.common import (
    APPEAL_PLANNING,
    COUNCIL,
    MINISTRY_REGIONAL,
    NATIONAL_ASSEMBLY,
    ORDINANCES_URL,
    PLANNING_DESK,
    act,
    legal,
)
from portal_demo.content.data.services_planning_parts import (
    CADASTRE_ACT,
    ONLINE,
    PAYMENT,
    _application,
    _fee,
    _minimum,
    _ownership,
    _power_of_attorney,
)
from portal_demo.content.text import T

PLANNING = [
    {
        "slug": "property-sketch",
        "category": "urban_planning",
        "title": T(bg="Скица на поземлен имот и виза за проектиране", pl="Szkic działki z planu i wytyczne do projektu",
                   uk="Викопіювання (схема) земельної ділянки та містобудівні умови",
                   en="Site plan (sketch) of a plot and design brief"),
        "summary": T(
            bg="Скицата показва границите на имота, съседите и какво предвижда подробният устройствен план (ПУП) — "
               "например къде може да се строи. Нужна е при продажба, проектиране или данъчна оценка. Визата за "
               "проектиране е скица с изискванията какво и как може да строите. Където има кадастрална карта, "
               "кадастралната скица издава Службата по геодезия, картография и кадастър, а общината — скицата от ПУП.",
            pl="Szkic (wyrys) pokazuje granice działki, sąsiadów i ustalenia szczegółowego planu zagospodarowania — np. "
               "gdzie wolno budować. Jest potrzebny przy sprzedaży, projektowaniu lub wycenie podatkowej. Wytyczne do "
               "projektu to szkic z warunkami zabudowy: co i jak można zbudować. Tam, gdzie jest mapa katastralna, "
               "wyrys z katastru wydaje urząd katastralny, a gmina — szkic z planu.",
            uk="Схема (викопіювання) показує межі ділянки, сусідів і що передбачає детальний план території — наприклад, "
               "де можна будувати. Вона потрібна для продажу, проєктування чи податкової оцінки. Містобудівні умови — це "
               "схема з вимогами, що і як можна будувати. Де є кадастрова карта, кадастрову схему видає служба кадастру, "
               "а община — викопіювання з плану території.",
            en="The sketch (site plan) shows a plot's boundaries, its neighbours and what the detailed development plan "
               "allows, such as where you may build. You need it to sell, to design a building or for a tax valuation. "
               "A design brief is a sketch with the rules for what and how you may build. Where there is a cadastral "
               "map, the cadastral sketch comes from the Cadastre Office; the municipality issues the plan sketch.",
        ),
        "who_may_apply": T(
            bg="Собствениците на имота, лицата с право на строеж, наследниците или упълномощени от тях лица.",
            pl="Właściciele działki, osoby z prawem zabudowy, spadkobiercy lub ich pełnomocnicy.",
            uk="Власники ділянки, особи з правом забудови, спадкоємці або уповноважені ними особи.",
            en="Owners of the plot, holders of a right to build, heirs, or people they authorise.",
        ),
        "legal_basis": legal("spatial_planning_act", "fees_ordinance",
                             extra=(act(CADASTRE_ACT, "", "2000-04-25", NATIONAL_ASSEMBLY),)),
        "documents": [
            _application("Заявление за издаване на скица или на виза за проектиране",
                         "Wniosek o wydanie szkicu lub wytycznych do projektu",
                         "Заява про видачу викопіювання або містобудівних умов",
                         "Application for a site plan or a design brief"),
            _ownership(),
            {"name": T(bg="Актуална кадастрална скица", pl="Aktualny wyrys z mapy katastralnej",
                       uk="Актуальна кадастрова схема", en="Up-to-date cadastral sketch"),
             "note": T(bg="Само за виза за проектиране в район с одобрена кадастрална карта.",
                       pl="Tylko przy wytycznych do projektu na terenie z zatwierdzoną mapą katastralną.",
                       uk="Лише для містобудівних умов у районі з затвердженою кадастровою картою.",
                       en="Only for a design brief in an area with an approved cadastral map."),
             "form": False},
            _power_of_attorney(),
        ],
        "fees": [
            _fee("Скица — обикновена", "Szkic — tryb zwykły", "Схема — звичайний термін", "Sketch, standard", "15.00"),
            _fee("Скица — бърза", "Szkic — tryb przyspieszony", "Схема — прискорений термін", "Sketch, fast", "30.00"),
            _fee("Виза за проектиране", "Wytyczne do projektu", "Містобудівні умови", "Design brief", "40.00"),
        ],
        "processing": [
            {"variant": T(bg="Скица — обикновена", pl="Szkic — tryb zwykły", uk="Схема — звичайний термін",
                          en="Sketch, standard"), "days": 7, "working_days": True, "note": None},
            {"variant": T(bg="Скица — бърза", pl="Szkic — tryb przyspieszony", uk="Схема — прискорений термін",
                          en="Sketch, fast"), "days": 3, "working_days": True, "note": None},
            {"variant": T(bg="Виза за проектиране", pl="Wytyczne do projektu", uk="Містобудівні умови", en="Design brief"),
             "days": 14, "working_days": False, "note": None},
        ],
        "in_person": PLANNING_DESK,
        "department": "urban_planning",
        "contact": "chief_architect",
        "online_url": ONLINE + "skitsa",
        "payment_url": PAYMENT,
        "by_post": None,
        "result": T(
            bg="Скица на имота от подробния устройствен план или виза за проектиране, подписана от главния архитект.",
            pl="Szkic działki z planu szczegółowego lub wytyczne do projektu podpisane przez architekta miejskiego.",
            uk="Викопіювання ділянки з детального плану або містобудівні умови за підписом головного архітектора.",
            en="A sketch of the plot from the development plan, or a design brief, signed by the chief architect.",
        ),
        "appeal": APPEAL_PLANNING,
        "related": ["investment-project-approval", "building-permit", "property-tax-assessment"],
    },
    {
        "slug": "investment-project-approval",
        "category": "urban_planning",
        "title": T(bg="Одобряване на инвестиционен проект", pl="Zatwierdzenie projektu budowlanego",
                   uk="Погодження проєкту будівництва", en="Approval of building plans"),
        "summary": T(
            bg="Преди разрешението за строеж проектът на сградата (архитектура, конструкция, инсталации) се одобрява от "
               "главния архитект. Проверява се дали отговаря на подробния устройствен план, визата и строителните норми, "
               "а по-големите проекти се разглеждат и от общинския експертен съвет. Искането за одобряване може да "
               "подадете заедно с искането за разрешение за строеж.",
            pl="Przed wydaniem pozwolenia na budowę projekt budynku (architektura, konstrukcja, instalacje) zatwierdza "
               "architekt miejski. Sprawdza, czy jest zgodny z planem miejscowym, wytycznymi i przepisami budowlanymi; "
               "większe projekty opiniuje też gminna rada ekspertów. Wniosek o zatwierdzenie projektu można złożyć razem "
               "z wnioskiem o pozwolenie na budowę.",
            uk="Перед видачею дозволу на будівництво проєкт будівлі (архітектура, конструкції, інженерні мережі) погоджує "
               "головний архітектор. Перевіряється відповідність детальному плану, містобудівним умовам і будівельним "
               "нормам; більші проєкти розглядає ще й експертна рада общини. Заяву про погодження можна подати разом із "
               "заявою на дозвіл на будівництво.",
            en="Before a building permit is issued, the building's design (architecture, structure, services) is approved "
               "by the chief architect, who checks it against the development plan, the design brief and building "
               "regulations; larger projects also go to the municipal expert council. You can apply for design "
               "approval and for the building permit at the same time.",
        ),
        "who_may_apply": T(
            bg="Собственикът на имота или лицето с право да строи в него.",
            pl="Właściciel działki lub osoba mająca prawo do zabudowy.",
            uk="Власник ділянки або особа, що має право на ній будувати.",
            en="The owner of the plot or whoever holds the right to build on it.",
        ),
        "legal_basis": legal("spatial_planning_act", "fees_ordinance", extra=(
            act(T(bg="Наредба за обхвата и съдържанието на инвестиционните проекти",
                  pl="Rozporządzenie w sprawie zakresu i zawartości projektów budowlanych",
                  uk="Порядок щодо обсягу та змісту проєктів будівництва",
                  en="Ordinance on the scope and content of building designs"),
                "4", "2001-05-21", MINISTRY_REGIONAL),
        )),
        "documents": [
            _application("Заявление за одобряване на инвестиционен проект", "Wniosek o zatwierdzenie projektu budowlanego",
                         "Заява про погодження проєкту будівництва", "Application for approval of building plans"),
            _ownership(),
            {"name": T(bg="Инвестиционен проект", pl="Projekt budowlany", uk="Проєкт будівництва", en="The building design"),
             "note": T(bg="В 2 екземпляра на хартия и в електронен вид, подписан от проектанти с пълна проектантска "
                          "правоспособност.",
                       pl="W 2 egzemplarzach papierowych i w wersji elektronicznej, podpisany przez projektantów "
                          "z pełnymi uprawnieniami.",
                       uk="У 2 паперових примірниках і в електронному вигляді, підписаний проєктувальниками з повною "
                          "кваліфікацією.",
                       en="Two paper copies and an electronic copy, signed by fully licensed designers."),
             "form": False},
            {"name": T(bg="Виза за проектиране", pl="Wytyczne do projektu", uk="Містобудівні умови", en="Design brief"),
             "note": T(bg="Когато законът я изисква.", pl="Gdy wymaga ich prawo.", uk="Якщо їх вимагає закон.",
                       en="Where the law requires one."),
             "form": False},
            {"name": T(bg="Становища на дружествата за ток, вода и канализация",
                       pl="Warunki przyłączenia od dostawców prądu, wody i kanalizacji",
                       uk="Технічні умови від постачальників електроенергії, води та каналізації",
                       en="Connection terms from the electricity, water and sewerage companies"),
             "note": None, "form": False},
            _power_of_attorney(),
        ],
        "fees": [
            _fee("Жилищни сгради", "Budynki mieszkalne", "Житлові будівлі", "Residential buildings", "1.00", _minimum(100)),
            _fee("Нежилищни сгради", "Budynki niemieszkalne", "Нежитлові будівлі", "Non-residential buildings", "2.00",
                 _minimum(200)),
            _fee("Преустройство без промяна на площта", "Przebudowa bez zmiany powierzchni",
                 "Перепланування без зміни площі", "Alterations without extra floor area", "50.00"),
        ],
        "processing": [
            {"variant": T(bg="Одобряване на проекта", pl="Zatwierdzenie projektu", uk="Погодження проєкту",
                          en="Design approval"), "days": 14, "working_days": False, "note": None},
            {"variant": T(bg="Комплексен проект за инвестиционна инициатива", pl="Projekt kompleksowy (inwestycja złożona)",
                          uk="Комплексний інвестиційний проєкт", en="Comprehensive project for a larger development"),
             "days": 30, "working_days": False, "note": None},
        ],
        "in_person": PLANNING_DESK,
        "department": "urban_planning",
        "contact": "chief_architect",
        "online_url": ONLINE + "odobryavane-proekt",
        "payment_url": PAYMENT,
        "by_post": None,
        "result": T(
            bg="Одобрен инвестиционен проект с печат и подпис на главния архитект; един екземпляр се връща на вас.",
            pl="Zatwierdzony projekt budowlany z pieczęcią i podpisem architekta miejskiego; jeden egzemplarz wraca do ciebie.",
            uk="Погоджений проєкт із печаткою та підписом головного архітектора; один примірник повертається вам.",
            en="Approved plans stamped and signed by the chief architect; one copy is returned to you.",
        ),
        "appeal": APPEAL_PLANNING,
        "related": ["building-permit", "property-sketch", "completion-certificate"],
    },
    {
        "slug": "building-permit",
        "category": "urban_planning",
        "title": T(bg="Разрешение за строеж", pl="Pozwolenie na budowę", uk="Дозвіл на будівництво", en="Building permit"),
        "summary": T(
            bg="Разрешението за строеж ви позволява законно да започнете нов строеж, пристройка, надстройка или основен "
               "ремонт. Издава го главният архитект въз основа на одобрения инвестиционен проект — обикновено заедно с "
               "одобряването му. За дребни обекти като ограда, гараж или навес стига одобрена скица, без пълен проект.",
            pl="Pozwolenie na budowę pozwala legalnie rozpocząć budowę domu, rozbudowę, nadbudowę lub remont generalny. "
               "Wydaje je architekt miejski na podstawie zatwierdzonego projektu — zwykle razem z jego zatwierdzeniem. "
               "Przy drobnych obiektach, jak ogrodzenie, garaż czy wiata, wystarczy zatwierdzony szkic bez pełnego projektu.",
            uk="Дозвіл на будівництво дає змогу законно почати нове будівництво, прибудову, надбудову чи капітальний "
               "ремонт. Його видає головний архітектор на підставі погодженого проєкту — зазвичай разом із погодженням. "
               "Для дрібних об’єктів (паркан, гараж, навіс) достатньо погодженої схеми без повного проєкту.",
            en="A building permit lets you lawfully start building, extend, add a storey or carry out major renovation. "
               "The chief architect issues it on the basis of the approved plans, usually together with the approval. "
               "Small works such as a fence, garage or carport need only an approved sketch, not full plans.",
        ),
        "who_may_apply": T(
            bg="Собственикът на имота или лицето с право да строи в него.",
            pl="Właściciel działki lub osoba mająca prawo do zabudowy.",
            uk="Власник ділянки або особа, що має право на ній будувати.",
            en="The owner of the plot or whoever holds the right to build on it.",
        ),
        "legal_basis": legal("spatial_planning_act", "fees_ordinance"),
        "documents": [
            _application("Заявление за издаване на разрешение за строеж", "Wniosek o pozwolenie na budowę",
                         "Заява про видачу дозволу на будівництво", "Application for a building permit"),
            _ownership(),
            {"name": T(bg="Одобрен инвестиционен проект или одобрена скица", pl="Zatwierdzony projekt lub zatwierdzony szkic",
                       uk="Погоджений проєкт або погоджена схема", en="Approved plans or an approved sketch"),
             "note": T(bg="Ако проектът не се одобрява сега, заедно с разрешението.",
                       pl="Jeśli projekt nie jest zatwierdzany teraz, razem z pozwoleniem.",
                       uk="Якщо проєкт не погоджується зараз разом із дозволом.",
                       en="If the plans are not being approved now together with the permit."),
             "form": False},
            _power_of_attorney(),
        ],
        "fees": [
            _fee("Еднофамилна жилищна сграда", "Dom jednorodzinny", "Одноквартирний житловий будинок", "Single-family house",
                 "0.50", _minimum(50)),
            _fee("Други сгради", "Inne budynki", "Інші будівлі", "Other buildings", "1.00", _minimum(100)),
            _fee("Ограда, гараж, навес или друг дребен обект", "Ogrodzenie, garaż, wiata lub inny drobny obiekt",
                 "Паркан, гараж, навіс чи інший дрібний об’єкт", "Fence, garage, carport or other small works", "30.00"),
        ],
        "processing": [
            {"variant": T(bg="След одобряване на проекта", pl="Po zatwierdzeniu projektu", uk="Після погодження проєкту",
                          en="After the plans are approved"), "days": 7, "working_days": False, "note": None},
            {"variant": T(bg="Дребни обекти по одобрена скица", pl="Drobne obiekty według szkicu",
                          uk="Дрібні об’єкти за погодженою схемою", en="Small works on an approved sketch"),
             "days": 14, "working_days": False, "note": None},
        ],
        "in_person": PLANNING_DESK,
        "department": "urban_planning",
        "contact": "chief_architect",
        "online_url": ONLINE + "razreshenie-za-stroezh",
        "payment_url": PAYMENT,
        "by_post": None,
        "result": T(
            bg="Разрешение за строеж, което влиза в сила, ако не бъде обжалвано в 14 дни. То губи сила, ако строежът не "
               "започне до 3 години или не завърши до 5 години от влизането му в сила.",
            pl="Pozwolenie na budowę, które staje się prawomocne, jeśli nikt go nie zaskarży w ciągu 14 dni. Wygasa, jeśli "
               "budowa nie zacznie się w ciągu 3 lat lub nie skończy w ciągu 5 lat od uprawomocnienia.",
            uk="Дозвіл на будівництво, який набирає сили, якщо його не оскаржать протягом 14 днів. Він втрачає силу, "
               "якщо будівництво не почнеться протягом 3 років або не завершиться протягом 5 років.",
            en="A building permit that takes effect if nobody appeals within 14 days. It lapses if work does not start "
               "within 3 years or is not finished within 5 years of the permit taking effect.",
        ),
        "appeal": APPEAL_PLANNING,
        "related": ["investment-project-approval", "completion-certificate", "property-sketch"],
    },
    {
        "slug": "completion-certificate",
        "category": "urban_planning",
        "title": T(bg="Удостоверение за въвеждане в експлоатация на строеж", pl="Zaświadczenie o oddaniu budynku do użytkowania",
                   uk="Введення збудованого об’єкта в експлуатацію",
                   en="Completion certificate (putting a building into use)"),
        "summary": T(
            bg="Завършеният строеж трябва да бъде въведен в експлоатация, преди да го ползвате. За строежи от 4. и 5. "
               "категория — еднофамилни къщи, малки сгради, гаражи — удостоверение за въвеждане в експлоатация издава "
               "главният архитект на общината. За по-големите строежи разрешение за ползване издава Дирекцията за "
               "национален строителен контрол. Хората често наричат тази стъпка „акт 16“.",
            pl="Zakończoną budowę trzeba oddać do użytkowania, zanim zaczniesz z niej korzystać (odbiór budynku). Dla "
               "obiektów 4. i 5. kategorii — domów jednorodzinnych, małych budynków, garaży — zaświadczenie wydaje "
               "architekt miejski. Pozwolenie na użytkowanie większych budynków wydaje krajowy nadzór budowlany (DNSK).",
            uk="Завершене будівництво потрібно ввести в експлуатацію, перш ніж ним користуватися. Для об’єктів 4-ї та "
               "5-ї категорії — одноквартирних будинків, невеликих будівель, гаражів — документ про введення в "
               "експлуатацію видає головний архітектор общини. Для більших об’єктів дозвіл на експлуатацію видає "
               "Національний будівельний контроль (ДНСК).",
            en="A finished building must be put into use officially before you use it. For category 4 and 5 works, such "
               "as family houses, small buildings and garages, the municipality's chief architect issues the completion "
               "certificate (occupancy certificate). For larger buildings the National Construction Control "
               "Directorate issues the use permit.",
        ),
        "who_may_apply": T(
            bg="Възложителят на строежа — обикновено собственикът.",
            pl="Inwestor — zwykle właściciel.",
            uk="Замовник будівництва — зазвичай власник.",
            en="Whoever commissioned the works, usually the owner.",
        ),
        "legal_basis": legal("spatial_planning_act", "fees_ordinance", extra=(
            act(T(bg="Наредба за въвеждане в експлоатация на строежите в Република България",
                  pl="Rozporządzenie w sprawie oddawania obiektów budowlanych do użytkowania w Republice Bułgarii",
                  uk="Порядок введення в експлуатацію будівель у Республіці Болгарія",
                  en="Ordinance on putting completed buildings into use in Bulgaria"),
                "2", "2003-07-31", MINISTRY_REGIONAL),
        )),
        "documents": [
            _application("Заявление за въвеждане в експлоатация", "Wniosek o oddanie budynku do użytkowania",
                         "Заява про введення в експлуатацію", "Application for a completion certificate"),
            {"name": T(bg="Окончателен доклад на строителния надзор или на проектантите и техническия ръководител",
                       pl="Raport końcowy inspektora nadzoru albo projektantów i kierownika budowy",
                       uk="Остаточний звіт технічного нагляду або проєктувальників і виконроба",
                       en="Final report of the site supervisor, or of the designers and the site manager"),
             "note": None, "form": False},
            {"name": T(bg="Технически паспорт на строежа", pl="Paszport techniczny budynku", uk="Технічний паспорт об’єкта",
                       en="Technical passport of the building"),
             "note": None, "form": False},
            {"name": T(bg="Удостоверение, че сградата е нанесена в кадастъра", pl="Zaświadczenie o naniesieniu budynku do katastru",
                       uk="Довідка про внесення будівлі до кадастру", en="Certificate that the building is on the cadastral map"),
             "note": T(bg="Издава се от Службата по геодезия, картография и кадастър след геодезическо заснемане.",
                       pl="Wydaje je urząd katastralny po pomiarze geodezyjnym.",
                       uk="Видає служба кадастру після геодезичної зйомки.",
                       en="Issued by the Cadastre Office after a land survey."),
             "form": False},
        ],
        "fees": [
            _fee("Жилищна сграда", "Budynek mieszkalny", "Житлова будівля", "Residential building", "100.00"),
            _fee("Нежилищна сграда", "Budynek niemieszkalny", "Нежитлова будівля", "Non-residential building", "200.00"),
            _fee("Гараж или постройка до 50 кв. м", "Garaż lub budynek do 50 m²", "Гараж чи споруда до 50 м²",
                 "Garage or outbuilding up to 50 m²", "50.00"),
        ],
        "processing": [
            {"variant": T(bg="Издаване на удостоверението", pl="Wydanie zaświadczenia", uk="Видача документа",
                          en="Issuing the certificate"), "days": 7, "working_days": False, "note": None},
        ],
        "in_person": PLANNING_DESK,
        "department": "urban_planning",
        "contact": "chief_architect",
        "online_url": ONLINE + "vavezhdane-v-ekspluatatsia",
        "payment_url": PAYMENT,
        "by_post": None,
        "result": T(
            bg="Удостоверение за въвеждане в експлоатация. С него може да ползвате сградата, да я присъедините постоянно "
               "към тока и водата и да я декларирате за данък сгради.",
            pl="Zaświadczenie o oddaniu do użytkowania. Z nim możesz korzystać z budynku, podłączyć go na stałe do prądu "
               "i wody oraz zgłosić do podatku od nieruchomości.",
            uk="Документ про введення в експлуатацію. З ним можна користуватися будівлею, постійно під’єднати її до "
               "електрики й води та задекларувати для податку на нерухомість.",
            en="A completion certificate. With it you may use the building, connect it permanently to electricity and "
               "water, and declare it for property tax.",
        ),
        "appeal": APPEAL_PLANNING,
        "related": ["building-permit", "property-declaration", "investment-project-approval"],
    },
    {
        "slug": "temporary-structure-permit",
        "category": "urban_planning",
        "title": T(bg="Разрешение за поставяне на павилион, будка или друг преместваем обект",
                   pl="Zezwolenie na ustawienie kiosku, pawilonu lub innego obiektu tymczasowego",
                   uk="Дозвіл на встановлення кіоску, павільйону чи іншої тимчасової споруди",
                   en="Permit for a kiosk, stall or other temporary structure"),
        "summary": T(
            bg="Павилиони, будки, сергии, кафе-контейнери и други преместваеми обекти се поставят с разрешение, издадено "
               "по одобрена схема. На общинска земя — само на места от схемата, приета от общинския съвет, и след търг "
               "или конкурс; в частен имот — със съгласието на собственика.",
            pl="Kioski, pawilony, budki, stragany i kontenery gastronomiczne ustawia się na podstawie zezwolenia wydanego "
               "według zatwierdzonego szkicu. Na gruncie gminnym — tylko w miejscach ze schematu przyjętego przez radę "
               "i po przetargu lub konkursie; na działce prywatnej — za zgodą właściciela.",
            uk="Кіоски, павільйони, МАФи, торгові ятки та кавові контейнери встановлюють на підставі дозволу за погодженою "
               "схемою. На комунальній землі — лише в місцях зі схеми, затвердженої радою, і після торгів чи конкурсу; "
               "на приватній ділянці — за згодою власника.",
            en="Kiosks, booths, market stalls, coffee containers and other movable structures need a permit issued on "
               "an approved layout. On municipal land they may go only where the council's placement scheme allows and "
               "after an auction or competition; on private land, with the owner's consent.",
        ),
        "who_may_apply": T(
            bg="Фирми и граждани — собственикът на частния имот или спечелилият търга за общинското място.",
            pl="Firmy i osoby prywatne — właściciel działki prywatnej lub zwycięzca przetargu na miejsce gminne.",
            uk="Фірми та громадяни — власник приватної ділянки або переможець торгів на комунальне місце.",
            en="Businesses and individuals: the owner of the private plot, or the winner of the auction for a municipal site.",
        ),
        "legal_basis": legal("spatial_planning_act", "municipal_property_act", "fees_ordinance", extra=(
            act(T(bg="Наредба за поставяне на преместваеми обекти и рекламни съоръжения на територията на община Белоречие",
                  pl="Uchwała w sprawie ustawiania obiektów tymczasowych i nośników reklamy na terenie gminy Białorzecze",
                  uk="Положення про встановлення тимчасових споруд і рекламних конструкцій на території общини Білоріччя",
                  en="Ordinance on temporary structures and advertising signs in Belorechie Municipality"),
                "8", "2011-03-31", COUNCIL, ORDINANCES_URL + "premestvaemi-obekti"),
        )),
        "documents": [
            _application("Заявление за разрешение за поставяне", "Wniosek o zezwolenie na ustawienie obiektu",
                         "Заява про дозвіл на встановлення", "Application for a placement permit"),
            {"name": T(bg="Схема за поставяне и проект на обекта", pl="Szkic usytuowania i projekt obiektu",
                       uk="Схема розміщення та проєкт споруди", en="Placement layout and design of the structure"),
             "note": None, "form": False},
            {"name": T(bg="Договор с общината след търг или съгласие на собственика",
                       pl="Umowa z gminą po przetargu albo zgoda właściciela",
                       uk="Договір з общиною після торгів або згода власника",
                       en="Contract with the municipality after the auction, or the owner's consent"),
             "note": None, "form": False},
        ],
        "fees": [
            _fee("Одобряване на схемата", "Zatwierdzenie szkicu", "Погодження схеми", "Approving the layout", "50.00"),
            _fee("Разрешение за поставяне", "Zezwolenie na ustawienie", "Дозвіл на встановлення", "Placement permit", "30.00"),
            _fee("Място на общинска земя — месечно, на кв. м", "Miejsce na gruncie gminnym — miesięcznie, za m²",
                 "Місце на комунальній землі — щомісяця, за м²", "Municipal site, per square metre per month", "8.00",
                 T(bg="В централната зона; в другите зони е по-малко.", pl="W strefie centralnej; w innych strefach mniej.",
                   uk="У центральній зоні; в інших зонах менше.", en="In the central zone; less elsewhere.")),
        ],
        "processing": [
            {"variant": T(bg="Одобряване на схемата", pl="Zatwierdzenie szkicu", uk="Погодження схеми",
                          en="Approving the layout"), "days": 14, "working_days": False, "note": None},
            {"variant": T(bg="Разрешение за поставяне", pl="Zezwolenie na ustawienie", uk="Дозвіл на встановлення",
                          en="Placement permit"), "days": 7, "working_days": False, "note": None},
        ],
        "in_person": PLANNING_DESK,
        "department": "urban_planning",
        "contact": "chief_architect",
        "online_url": "",
        "payment_url": PAYMENT,
        "by_post": None,
        "result": T(
            bg="Разрешение за поставяне за срока на договора или на съгласието на собственика.",
            pl="Zezwolenie na ustawienie obiektu na czas trwania umowy lub zgody właściciela.",
            uk="Дозвіл на встановлення на строк дії договору чи згоди власника.",
            en="A placement permit valid for as long as the contract or the owner's consent.",
        ),
        "appeal": APPEAL_PLANNING,
        "related": ["cafe-tables-permit", "event-permit", "property-sketch"],
    },
]
